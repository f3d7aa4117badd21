import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../electron/core/exports/csv';

function readBack(csv: string): string[][] {
  return parse(csv.slice(1), { relax_column_count: false }) as string[][];
}

describe('the one CSV writer', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [[1, 'x']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('a,b\r\n1,x\r\n');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tA1', "'\tA1"],
    ['\r=1', "'\r=1"],
  ])('escapes the text cell %j against formula injection', (text, shown) => {
    expect(readBack(toCsv(['v'], [[text]]))[1]).toEqual([shown]);
  });

  it('leaves numbers as numbers, negative ones included, and empty cells empty', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('plain - dash inside')).toBe('plain - dash inside');
  });

  it('round-trips commas, quotes, newlines and non-Latin letters through csv-parse', () => {
    const names = [
      'Ruiz, Ana',
      'O"Brien "Bo"',
      'line one\nline two',
      'crlf\r\ninside',
      'Zoë Ångström',
      '王秀英',
      'Дмитрий Иванов',
      'محمد',
    ];
    const csv = toCsv(
      ['name', 'n'],
      names.map((n, i) => [n, i]),
    );
    const back = readBack(csv);
    expect(back[0]).toEqual(['name', 'n']);
    expect(back.slice(1)).toEqual(names.map((n, i) => [n, String(i)]));
  });
});
