import type { RosterDelimiter } from '../../../shared/domain/roster';

/** One record of a CSV file, numbered as a spreadsheet numbers rows. */
export interface CsvRecord {
  row: number;
  /** Trimmed cell texts; cells of columns nobody asked for are '' (see `ColumnFilter`). */
  cells: string[];
}

/**
 * Which columns, by position in the header, to keep the text of. A 100,000-row HR export with
 * 35 columns of which Tandem stores 7 would otherwise hold 3.5 million strings at once.
 * Returning null keeps every column.
 */
export type ColumnFilter = (headers: readonly string[]) => ReadonlySet<number> | null;

/** The first data rows keep every cell whatever the filter: they are the preview's samples. */
export const FULL_ROWS = 20;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const FORM_FEED = 0x0c;

/**
 * A fast reader for the CSV files HR systems export: fields plain or in double quotes (with ""
 * for a quote), lines ending in CRLF, LF or CR. It returns the non-empty records, each with
 * its record number, and cells trimmed, exactly as csv-parse with Tandem's options followed by
 * trimming would. For anything unusual (a quote inside an unquoted value, text after a closing
 * quote, a quote never closed) it returns null, and the caller reads the file with csv-parse,
 * which handles those leniently or explains the error with its row.
 */
export function parseCsvFast(
  text: string,
  delimiter: RosterDelimiter,
  filter?: ColumnFilter,
): CsvRecord[] | null {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const isBlank = (c: number) => c === SPACE || c === FORM_FEED || (c === TAB && d !== TAB);
  const records: CsvRecord[] = [];
  let keep: ReadonlySet<number> | null = null;
  let width = 0;
  let dataRows = -1; // -1 until the header row has been read
  let recordNo = 0;
  let pos = 0;

  while (pos < n) {
    recordNo += 1;
    const cells: string[] = [];
    let nonEmpty = false;
    const keepAll = keep === null || dataRows < FULL_ROWS;
    for (;;) {
      let p = pos;
      while (p < n && isBlank(text.charCodeAt(p))) p += 1;
      const column = cells.length;
      const wanted = keepAll || column >= width || (keep?.has(column) ?? true);
      let cell = '';
      if (p < n && text.charCodeAt(p) === QUOTE) {
        let value = '';
        let start = p + 1;
        for (;;) {
          const q = text.indexOf('"', start);
          if (q < 0) return null;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          value += text.slice(start, q);
          p = q + 1;
          break;
        }
        while (p < n && isBlank(text.charCodeAt(p))) p += 1;
        const next = p < n ? text.charCodeAt(p) : -1;
        if (next !== d && next !== CR && next !== LF && next !== -1) return null;
        cell = value.trim();
      } else {
        let e = p;
        for (; e < n; e += 1) {
          const c = text.charCodeAt(e);
          if (c === d || c === CR || c === LF) break;
          if (c === QUOTE) return null;
        }
        // Cells of unwanted columns are only looked at while the row still seems empty.
        if (e > p && (wanted || !nonEmpty)) cell = text.slice(p, e).trim();
        p = e;
      }
      if (cell !== '') nonEmpty = true;
      cells.push(wanted ? cell : '');
      if (p < n && text.charCodeAt(p) === d) {
        pos = p + 1;
        continue;
      }
      const end = p < n ? text.charCodeAt(p) : -1;
      if (end === CR) {
        p += 1;
        if (p < n && text.charCodeAt(p) === LF) p += 1;
      } else if (end === LF) {
        p += 1;
      }
      pos = p;
      break;
    }
    if (!nonEmpty) continue;
    if (dataRows < 0) {
      width = withoutTrailingEmpty(cells).length;
      keep = filter ? filter(cells.slice(0, width)) : null;
    }
    dataRows += 1;
    records.push({ row: recordNo, cells });
  }
  return records;
}

function withoutTrailingEmpty(cells: readonly string[]): readonly string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}
