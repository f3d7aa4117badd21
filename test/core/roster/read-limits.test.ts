import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROSTER_LIMITS } from '../../../electron/core/roster/limits';
import { readRosterTable } from '../../../electron/core/roster/read';
import { TandemError } from '../../../shared/result';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<TandemError> {
  const err: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof TandemError)) throw new Error(`expected a TandemError, got ${String(err)}`);
  expect(err.code).toBe('too_large');
  return err;
}

interface ZipPart {
  name: string;
  /** The bytes as stored (deflated when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the zip declares the part unzips to. */
  declaredSize: number;
  crc: number;
}

/** A minimal zip written by hand, so a test can make it lie about its sizes. */
function zip(parts: ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, Buffer.from(part.data));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.declaredSize, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** A worksheet part of `size` bytes of spaces, deflated (about a thousandfold smaller). */
function bombPart(size: number, declaredSize: number): ZipPart {
  const content = Buffer.alloc(size, 0x20);
  return {
    name: 'xl/worksheets/sheet1.xml',
    data: deflateRawSync(content, { level: 9 }),
    method: 8,
    declaredSize,
    crc: crc32(content),
  };
}

describe('roster file limits', () => {
  it('refuses an XLSX "zip bomb" that declares more than the limit unzipped, before exceljs loads it', async () => {
    const declared = ROSTER_LIMITS.xlsxExpandedBytes + 1;
    const bytes = zip([bombPart(1024, declared)]);
    const err = await refusal(readRosterTable('bomb.xlsx', bytes));
    expect(err.message).toMatch(
      /^"bomb\.xlsx" is too large to import: it has more than 300 MB once unzipped/,
    );
    expect(err.message).toContain('Tandem reads at most 300 MB once unzipped');
    expect(err.details).toMatchObject({
      limit: 'xlsxExpandedBytes',
      max: ROSTER_LIMITS.xlsxExpandedBytes,
    });
  });

  it('refuses an XLSX zip whose part inflates to more than it declares (a lying zip bomb)', async () => {
    // 20 MB of spaces deflate to about 20 KB; the zip claims the part is 2 KB.
    const bytes = zip([bombPart(20 * 1024 * 1024, 2048)]);
    expect(bytes.length).toBeLessThan(100 * 1024);
    const err = await refusal(readRosterTable('lying.xlsx', bytes));
    expect(err.details).toMatchObject({ limit: 'xlsxExpandedBytes' });
  });

  it('still reads a real workbook (its zip passes the checks)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Staff');
    sheet.addRow(['Employee_ID', 'Department']);
    for (let i = 0; i < 2000; i += 1) sheet.addRow([`E${i}`, 'Cardiology']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readRosterTable('real.xlsx', bytes);
    expect(table.info.rowCount).toBe(2000);
  });

  it('refuses a CSV with more staff rows than the limit, naming the limit', async () => {
    const rows = ROSTER_LIMITS.rows + 1;
    const text = `Employee_ID,Department\n${'1,A\n'.repeat(rows)}`;
    const err = await refusal(readRosterTable('huge.csv', utf8(text)));
    expect(err.message).toMatch(
      /^"huge\.csv" is too large to import: it has more than 250,000 staff rows; Tandem reads at most 250,000 staff rows\./,
    );
    expect(err.details).toMatchObject({ limit: 'rows', max: ROSTER_LIMITS.rows });
  });

  it('refuses a CSV whose header has too many columns', async () => {
    const header = Array.from({ length: 501 }, (_, i) => `C${i}`).join(',');
    const err = await refusal(readRosterTable('wide.csv', utf8(`${header}\n1,2\n`)));
    expect(err.message).toContain('more than 500 columns (row 1)');
    expect(err.details).toMatchObject({ limit: 'columns', row: 1 });
  });

  it('refuses a CSV row with too many cells, also when csv-parse would read the file', async () => {
    const wide = ','.repeat(10_000);
    const plain = await refusal(readRosterTable('a.csv', utf8(`ID,Unit\n1,A\n2${wide}\n`)));
    expect(plain.details).toMatchObject({ limit: 'columns', row: 3 });
    // A stray quote sends the file to csv-parse; the count comes first, before it allocates.
    const odd = await refusal(readRosterTable('b.csv', utf8(`ID,Unit\n1,A "x" B\n2${wide}\n`)));
    expect(odd.details).toMatchObject({ limit: 'columns', row: 3 });
  });

  it('refuses a file larger than the size limit before reading it', async () => {
    const bytes = new Uint8Array(ROSTER_LIMITS.fileBytes + 1);
    const err = await refusal(readRosterTable('big.csv', bytes));
    expect(err.message).toContain('it has 150 MB; Tandem reads at most 150 MB');
    expect(err.details).toMatchObject({ limit: 'fileBytes', figure: ROSTER_LIMITS.fileBytes + 1 });
  });

  it('reads a generated 100,000-row roster: the limits leave room for a large facility', async () => {
    const lines = ['Employee_ID,First_Name,Last_Name,Department,Job_Title,Hire_Date'];
    for (let i = 0; i < 100_000; i += 1) {
      lines.push(`${2_000_000 + i},Ana,Ruiz,Cardiology,Registered Nurse,2019-04-01`);
    }
    const table = await readRosterTable('facility.csv', utf8(lines.join('\n')));
    expect(table.info.rowCount).toBe(100_000);
  });
});
