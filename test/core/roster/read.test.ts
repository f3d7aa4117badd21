import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRosterTable } from '../../../electron/core/roster/read';
import { TandemError } from '../../../shared/result';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function readCsv(text: string, fileName = 'roster.csv') {
  return readRosterTable(fileName, utf8(text));
}

async function rejection(promise: Promise<unknown>): Promise<TandemError> {
  const err: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof TandemError)) throw new Error(`expected a TandemError, got ${String(err)}`);
  expect(err.code).toBe('import_rejected');
  return err;
}

async function xlsxBytes(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Staff'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readRosterTable: CSV text', () => {
  it('reads a comma file with row numbers as a spreadsheet shows them', async () => {
    const table = await readCsv('Employee_ID,Department\n100,Cardiology\n101,Maternity\n');
    expect(table.info).toEqual({
      name: 'roster.csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      rowCount: 2,
    });
    expect(table.headers).toEqual(['Employee_ID', 'Department']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['100', 'Cardiology'] },
      { row: 3, cells: ['101', 'Maternity'] },
    ]);
  });

  it('detects a semicolon file whose values contain decimal commas', async () => {
    const table = await readCsv('Employee_ID;Department;FTE\n100;Cardiology;0,8\n101;ICU;1,0\n');
    expect(table.info.delimiter).toBe(';');
    expect(table.headers).toEqual(['Employee_ID', 'Department', 'FTE']);
    expect(table.rows[0]?.cells).toEqual(['100', 'Cardiology', '0,8']);
  });

  it('detects a tab file', async () => {
    const table = await readCsv('Employee_ID\tDepartment\tJobRole\n100\tCardiology, East\tNurse\n');
    expect(table.info.delimiter).toBe('\t');
    expect(table.rows[0]?.cells).toEqual(['100', 'Cardiology, East', 'Nurse']);
  });

  it('keeps quoted commas and quoted line breaks inside one cell, numbering rows by record', async () => {
    const text = [
      'Employee_ID,Department,CareerGoals',
      '100,"Cardiology, East","Charge nurse',
      'then educator"',
      '101,Maternity,"She said ""yes"""',
    ].join('\n');
    const table = await readCsv(text);
    expect(table.rows).toEqual([
      { row: 2, cells: ['100', 'Cardiology, East', 'Charge nurse\nthen educator'] },
      { row: 3, cells: ['101', 'Maternity', 'She said "yes"'] },
    ]);
  });

  it('reads CRLF line ends and trims header and cell whitespace', async () => {
    const table = await readCsv('  Employee_ID , Department \r\n100 , Cardiology\r\n101,ICU\r\n');
    expect(table.headers).toEqual(['Employee_ID', 'Department']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['100', 'Cardiology'],
      ['101', 'ICU'],
    ]);
  });

  it('strips a UTF-8 byte order mark from the first header', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Employee_ID,First name\n100,Zoë\n')]);
    const table = await readRosterTable('roster.csv', bytes);
    expect(table.info.encoding).toBe('utf-8-bom');
    expect(table.headers).toEqual(['Employee_ID', 'First name']);
    expect(table.rows[0]?.cells).toEqual(['100', 'Zoë']);
  });

  it('reads Windows-1252 names (é = 0xE9, ñ = 0xF1)', async () => {
    const bytes = new Uint8Array([
      ...utf8('Employee_ID,First name,Last name\n100,Ren'),
      0xe9,
      ...utf8(',Pe'),
      0xf1,
      ...utf8('a\n'),
    ]);
    const table = await readRosterTable('roster.csv', bytes);
    expect(table.info.encoding).toBe('windows-1252');
    expect(table.rows[0]?.cells).toEqual(['100', 'René', 'Peña']);
  });

  it('skips fully empty lines but keeps counting them as rows', async () => {
    const table = await readCsv('Employee_ID,Unit\n100,ICU\n\n,\n101,ER\n');
    expect(table.rows).toEqual([
      { row: 2, cells: ['100', 'ICU'] },
      { row: 5, cells: ['101', 'ER'] },
    ]);
  });

  it('accepts a delimiter at the end of every line', async () => {
    const table = await readCsv('Employee_ID,Unit,\n100,ICU,\n');
    expect(table.headers).toEqual(['Employee_ID', 'Unit']);
    expect(table.rows[0]?.cells).toEqual(['100', 'ICU']);
  });

  it('keeps a row with the wrong number of cells for the record step to report', async () => {
    const table = await readCsv('Employee_ID,Unit,Shift\n100,ICU,0\n101,Cardiology, East,1\n102\n');
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['100', 'ICU', '0'],
      ['101', 'Cardiology', 'East', '1'],
      ['102'],
    ]);
  });
});

describe('readRosterTable: refusals', () => {
  it('refuses an empty file', async () => {
    const err = await rejection(readRosterTable('roster.csv', new Uint8Array()));
    expect(err.message).toBe('The file is empty.');
  });

  it('refuses a file of blank lines as empty', async () => {
    const err = await rejection(readCsv(' \r\n\r\n'));
    expect(err.message).toBe('The file is empty.');
  });

  it('refuses a header without staff rows', async () => {
    const err = await rejection(readCsv('Employee_ID,Department\r\n\r\n', 'march.csv'));
    expect(err.message).toBe('The file "march.csv" has a header row but no staff rows.');
  });

  it('refuses random bytes with NULs renamed .csv', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const err = await rejection(readRosterTable('roster.csv', bytes));
    expect(err.message).toMatch(
      /^"roster\.csv" is not a CSV or Excel file: it contains binary data/,
    );
  });

  it('refuses a PNG image renamed .csv', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
      0x15, 0xc4,
    ]);
    const err = await rejection(readRosterTable('staff.csv', png));
    expect(err.message).toContain('"staff.csv" is not a CSV or Excel file');
    expect(err.message).toContain('Export the roster from your HR system as CSV or Excel (.xlsx)');
  });

  it('refuses text riddled with control characters', async () => {
    const bytes = utf8(
      'Employee_ID,Unit\n' + '1\u0001\u0002\u0003,\u0004\u0005\u0006\n'.repeat(20),
    );
    const err = await rejection(readRosterTable('roster.csv', bytes));
    expect(err.message).toContain('is not a CSV or Excel file');
  });

  it('explains a UTF-16 "Unicode Text" export', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00, 0x42, 0x00]);
    const err = await rejection(readRosterTable('roster.txt', bytes));
    expect(err.message).toContain('"roster.txt" is saved as "Unicode Text" (UTF-16)');
    expect(err.message).toContain('CSV UTF-8');
  });

  it('explains an old .xls workbook', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const err = await rejection(readRosterTable('roster.xls', bytes));
    expect(err.message).toContain('"roster.xls" is an Excel 97–2003 (.xls) file');
  });

  it('names the header columns that have no name', async () => {
    const err = await rejection(readCsv('Employee_ID,,Unit,\n100,x,ICU,\n'));
    expect(err.message).toBe(
      'Column 2 (B) has no name in the header row of "roster.csv". Give every column a name (or delete empty columns), then import again.',
    );
  });

  it('names a duplicated header and where it appears', async () => {
    const err = await rejection(readCsv('Employee_ID,Shift,Unit,Shift\n100,0,ICU,1\n'));
    expect(err.message).toBe(
      'The header row of "roster.csv" uses the same column name more than once: "Shift" (columns 2 (B) and 4 (D)). Rename the columns so each name is unique, then import again.',
    );
  });

  it('says which row has a quote that is never closed', async () => {
    const err = await rejection(readCsv('Employee_ID,Unit\n100,ICU\n101,"Cardiology\n102,ER\n'));
    expect(err.message).toBe(
      '"roster.csv" could not be read at row 3: a value starts with a quote mark (") that is never closed. Check that row in a text editor, or export the file again.',
    );
  });

  it('refuses a zip that is not a workbook', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('not really a zip archive')]);
    const err = await rejection(readRosterTable('roster.xlsx', bytes));
    expect(err.message).toMatch(/^"roster\.xlsx" could not be read as an Excel workbook/);
  });
});

describe('readRosterTable: Excel workbooks', () => {
  it('reads the first worksheet: formula results, dates, rich text, clean numbers', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['Employee_ID', 'Hire date', 'JobLevel', 'Last name', 'FTE', 'E-mail']);
      sheet.addRow([100, new Date(Date.UTC(2021, 2, 15)), 2, 'Nguyen', 0.1 + 0.2, 'a@b.org']);
      const row = sheet.addRow([
        101,
        new Date(Date.UTC(2019, 11, 31)),
        { formula: 'C2+1', result: 3 },
        { richText: [{ text: 'Pe' }, { text: 'ña', font: { bold: true } }] },
        1,
        { text: 'c@d.org', hyperlink: 'mailto:c@d.org' },
      ]);
      row.getCell(2).numFmt = 'dd/mm/yyyy';
      sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
      sheet.addRow([102, null, { formula: 'UPPER("x")', result: 'X' }]);
      sheet.addRow([]);
      sheet.getCell('A7').value = null;
    });
    const table = await readRosterTable('roster.xlsx', bytes);
    expect(table.info).toEqual({
      name: 'roster.xlsx',
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      rowCount: 3,
    });
    expect(table.headers).toEqual([
      'Employee_ID',
      'Hire date',
      'JobLevel',
      'Last name',
      'FTE',
      'E-mail',
    ]);
    expect(table.rows).toEqual([
      { row: 2, cells: ['100', '2021-03-15', '2', 'Nguyen', '0.3', 'a@b.org'] },
      { row: 3, cells: ['101', '2019-12-31', '3', 'Peña', '1', 'c@d.org'] },
      { row: 4, cells: ['102', '', 'X', '', '', ''] },
    ]);
  });

  it('keeps sheet row numbers across empty rows in the middle', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.getCell('A1').value = 'Employee_ID';
      sheet.getCell('A2').value = '100';
      sheet.getCell('A5').value = '101';
    });
    const table = await readRosterTable('roster.xlsx', bytes);
    expect(table.rows).toEqual([
      { row: 2, cells: ['100'] },
      { row: 5, cells: ['101'] },
    ]);
  });

  it('refuses a workbook whose first sheet is empty', async () => {
    const bytes = await xlsxBytes(() => undefined);
    const err = await rejection(readRosterTable('roster.xlsx', bytes));
    expect(err.message).toBe('The first worksheet ("Staff") in "roster.xlsx" is empty.');
  });

  it('refuses a workbook with only a header row', async () => {
    const bytes = await xlsxBytes((sheet) => sheet.addRow(['Employee_ID', 'Department']));
    const err = await rejection(readRosterTable('roster.xlsx', bytes));
    expect(err.message).toBe('The file "roster.xlsx" has a header row but no staff rows.');
  });
});

describe('mixed line ends', () => {
  it('reads a file whose lines end in a mix of CRLF, LF and CR as separate rows', async () => {
    const table = await readRosterTable(
      'mixed.csv',
      new Uint8Array(Buffer.from('Employee_ID,Unit\r\n1,A\n2,B\r3,C\r\n')),
    );
    expect(table.rows.map((r) => [r.row, r.cells])).toEqual([
      [2, ['1', 'A']],
      [3, ['2', 'B']],
      [4, ['3', 'C']],
    ]);
  });
});
