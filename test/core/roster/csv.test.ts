import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FULL_ROWS, parseCsvFast } from '../../../electron/core/roster/csv';
import { readRosterTable } from '../../../electron/core/roster/read';
import type { RosterDelimiter } from '../../../shared/domain/roster';

/** What Tandem read before the fast reader: csv-parse, then empty rows dropped and cells trimmed. */
function viaCsvParse(text: string, delimiter: RosterDelimiter) {
  const records: string[][] = parse(text, {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
  });
  return records
    .map((cells, index) => ({ row: index + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
}

/** A small seeded generator, so a failure names an input that can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'Ana', 'José', ' ', '  ', '\t', '\f', '""', 'x y', '1,5', ';', '\u00a0', 'é'];
const ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n'];

function field(rand: () => number, delimiter: string): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const text = Array.from({ length: Math.floor(rand() * 3) }, () => pick(PIECES)).join('');
  const roll = rand();
  if (roll < 0.3) {
    // Quoted, with the delimiter, quotes and line breaks inside, maybe blanks around it.
    const inner = `${text}${rand() < 0.3 ? delimiter : ''}${rand() < 0.2 ? '""' : ''}${rand() < 0.2 ? '\n' : ''}`;
    return `${rand() < 0.3 ? ' ' : ''}"${inner}"${rand() < 0.3 ? ' ' : ''}`;
  }
  if (roll < 0.33) return `${text}"${text}`; // a stray quote: the fast reader hands over
  return text.replaceAll('"', '').replaceAll(delimiter, '');
}

function file(seed: number, delimiter: RosterDelimiter): string {
  const rand = random(seed);
  const lines: string[] = [];
  const rows = 1 + Math.floor(rand() * 6);
  for (let r = 0; r < rows; r += 1) {
    const cells = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => field(rand, delimiter));
    lines.push(cells.join(delimiter) + ENDS[Math.floor(rand() * ENDS.length)]);
  }
  return lines.join('').slice(0, rand() < 0.2 ? -1 : undefined);
}

describe('the fast CSV reader', () => {
  it('reads exactly what csv-parse reads, or hands the file over to it', () => {
    let fast = 0;
    for (const delimiter of [',', ';', '\t'] as const) {
      for (let seed = 1; seed <= 1500; seed += 1) {
        const text = file(seed, delimiter);
        const result = parseCsvFast(text, delimiter);
        if (result === null) continue;
        fast += 1;
        expect(result, `seed ${seed}, delimiter ${JSON.stringify(delimiter)}`).toEqual(
          viaCsvParse(text, delimiter),
        );
      }
    }
    // Most generated files are well formed and read by the fast reader itself.
    expect(fast).toBeGreaterThan(2000);
  });

  it('hands over files with a quote inside a value or a quote never closed', () => {
    expect(parseCsvFast('a,b\n1,5\'10"\n', ',')).toBeNull();
    expect(parseCsvFast('a,b\n1,"open\n', ',')).toBeNull();
    expect(parseCsvFast('a,b\n1,"x"y\n', ',')).toBeNull();
  });

  it('keeps only the columns asked for after the first rows, and every row with text', () => {
    const rows = Array.from(
      { length: FULL_ROWS + 2 },
      (_, i) => `${i},x${i},${i === FULL_ROWS + 1 ? '' : 'y'}`,
    );
    // The last row has text only in an unwanted column: it is still a row.
    rows.push(',,only here');
    const records = parseCsvFast(['id,kept,dropped', ...rows].join('\n'), ',', (headers) =>
      headers[0] === 'id' ? new Set([0, 1]) : null,
    );
    expect(records).not.toBeNull();
    const read = (r: { row: number; cells: string[] } | undefined) =>
      r && { row: r.row, cells: Array.from(r.cells, (c) => c ?? '') };
    expect(read(records?.[1])).toEqual({ row: 2, cells: ['0', 'x0', 'y'] });
    expect(read(records?.[FULL_ROWS + 1])).toEqual({
      row: FULL_ROWS + 2,
      cells: [String(FULL_ROWS), `x${FULL_ROWS}`, ''],
    });
    expect(read(records?.at(-1))).toEqual({ row: FULL_ROWS + 4, cells: ['', '', ''] });
  });

  it('still reports a broken file with its row through csv-parse', async () => {
    await expect(
      readRosterTable('broken.csv', new TextEncoder().encode('Employee_ID,Name\n1,"Ana\n2,Ben\n')),
    ).rejects.toThrow(/at row 2: a value starts with a quote mark/);
  });
});
