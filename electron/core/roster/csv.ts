import type { RosterDelimiter } from '../../../shared/domain/roster';
import { ROSTER_LIMITS } from './limits';

/**
 * Thrown when a file passes a limit of ROSTER_LIMITS while being read, so it stops there
 * instead of holding millions of cells; read.ts names the file in the refusal.
 */
export class CsvLimitExceeded extends Error {
  constructor(
    readonly limit: 'rows' | 'columns',
    /** The record (spreadsheet row) where the limit was passed. */
    readonly row: number,
  ) {
    super(`CSV ${limit} limit passed at row ${row}`);
  }
}

/** One record of a CSV file, numbered as a spreadsheet numbers rows. */
export interface CsvRecord {
  row: number;
  /**
   * Trimmed cell texts. Cells of columns nobody asked for (see `ColumnFilter`) are '' or left
   * as holes, which read as undefined: read a cell as `cells[i] ?? ''`.
   */
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

/** Distinct values a column may have before it is taken for unique values (ids, e-mails). */
const POOL_LIMIT = 512;

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
  /** Given, every record after the header goes here instead of into the result. */
  onRow?: (record: CsvRecord) => void,
): CsvRecord[] | null {
  const d = delimiter.charCodeAt(0);
  const tabIsBlank = d !== TAB;
  const n = text.length;
  const records: CsvRecord[] = [];
  /** 1 for a column whose text is kept; null keeps every column. */
  let mask: Uint8Array | null = null;
  let width = 0;
  let dataRows = -1; // -1 until the header row has been read
  let recordNo = 0;
  let pos = 0;
  const pools = new Pools();
  // Where the next quote and carriage return are: a line with neither (most of them) is cut at
  // its delimiters by indexOf, without looking at every character.
  let nextQuote = -1;
  let nextCr = -1;

  while (pos < n) {
    recordNo += 1;
    let cells: string[] = [];
    let nonEmpty = false;
    const keepAll = mask === null || dataRows < FULL_ROWS;
    let lf = text.indexOf('\n', pos);
    if (lf < 0) lf = n;
    if (nextQuote < pos) nextQuote = indexOrEnd(text, '"', pos);
    if (nextCr < pos) nextCr = indexOrEnd(text, '\r', pos);
    const end = nextCr === lf - 1 && lf < n ? lf - 1 : lf;
    if (nextQuote >= end && nextCr >= end && !keepAll && mask !== null) {
      // One allocation per row, the header's width, and only the wanted cells filled in: the
      // others stay holes (read as undefined, i.e. empty). 100,000 rows of 35 pushes each
      // spent more time growing arrays than reading the file.
      cells = new Array<string>(width);
      let p = pos;
      let column = 0;
      for (; ; column += 1) {
        if (column >= ROSTER_LIMITS.columns) throw new CsvLimitExceeded('columns', recordNo);
        let e = text.indexOf(delimiter, p);
        if (e < 0 || e > end) e = end;
        const wanted = column >= width || mask[column] === 1;
        if (wanted || !nonEmpty) {
          const cell = e > p ? text.slice(p, e).trim() : '';
          if (cell !== '') nonEmpty = true;
          if (wanted) cells[column] = pools.intern(column, cell);
        }
        if (e === end) break;
        p = e + 1;
      }
      if (column + 1 < width) cells.length = column + 1;
      pos = lf + 1;
    } else {
      const read = readRecord(pos);
      if (read === null) return null;
      cells = read.cells;
      nonEmpty = read.nonEmpty;
      pos = read.pos;
    }
    if (!nonEmpty) continue;
    if (dataRows < 0) {
      width = withoutTrailingEmpty(cells).length;
      const keep = filter ? filter(cells.slice(0, width)) : null;
      if (keep) {
        mask = new Uint8Array(width);
        for (const column of keep) if (column < width) mask[column] = 1;
      }
    }
    dataRows += 1;
    if (dataRows > ROSTER_LIMITS.rows) throw new CsvLimitExceeded('rows', recordNo);
    if (onRow && dataRows > 0) onRow({ row: recordNo, cells });
    else records.push({ row: recordNo, cells });
  }
  return records;

  /** One record character by character: quoted values, lone CR line ends. Null to hand over. */
  function readRecord(start: number): { cells: string[]; nonEmpty: boolean; pos: number } | null {
    let pos = start;
    const cells: string[] = [];
    let nonEmpty = false;
    const keepAll = mask === null || dataRows < FULL_ROWS;
    for (;;) {
      let p = pos;
      let c = p < n ? text.charCodeAt(p) : -1;
      while (c === SPACE || c === FORM_FEED || (c === TAB && tabIsBlank)) {
        p += 1;
        c = p < n ? text.charCodeAt(p) : -1;
      }
      const column = cells.length;
      const wanted = keepAll || column >= width || mask?.[column] === 1;
      let cell = '';
      if (c === QUOTE) {
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
        c = p < n ? text.charCodeAt(p) : -1;
        while (c === SPACE || c === FORM_FEED || (c === TAB && tabIsBlank)) {
          p += 1;
          c = p < n ? text.charCodeAt(p) : -1;
        }
        if (c !== d && c !== CR && c !== LF && c !== -1) return null;
        cell = value.trim();
      } else {
        let e = p;
        while (c !== d && c !== CR && c !== LF && c !== -1) {
          if (c === QUOTE) return null;
          e += 1;
          c = e < n ? text.charCodeAt(e) : -1;
        }
        // Cells of unwanted columns are only looked at while the row still seems empty.
        if (e > p && (wanted || !nonEmpty)) cell = text.slice(p, e).trim();
        p = e;
      }
      if (cell !== '') nonEmpty = true;
      if (column >= ROSTER_LIMITS.columns) throw new CsvLimitExceeded('columns', recordNo);
      cells.push(!wanted ? '' : keepAll ? cell : pools.intern(column, cell));
      if (c === d) {
        pos = p + 1;
        continue;
      }
      if (c === CR) {
        p += 1;
        if (p < n && text.charCodeAt(p) === LF) p += 1;
      } else if (c === LF) {
        p += 1;
      }
      pos = p;
      break;
    }
    return { cells, nonEmpty, pos };
  }
}

/**
 * For files the fast reader hands over to csv-parse, which builds every record before anyone
 * can look at it: one pass that counts each record's cells (delimiters outside quotes) and the
 * records, without keeping anything, so a file past the limits is refused before csv-parse
 * allocates it. Blank lines count as records here; the row limit allows for them twice over.
 */
export function checkCsvShape(text: string, delimiter: RosterDelimiter): void {
  const d = delimiter.charCodeAt(0);
  let quoted = false;
  let cells = 1;
  let record = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === d) {
      cells += 1;
      if (cells > ROSTER_LIMITS.columns) throw new CsvLimitExceeded('columns', record);
    } else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      record += 1;
      cells = 1;
      if (record > 2 * ROSTER_LIMITS.rows + 1) throw new CsvLimitExceeded('rows', record);
    }
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/**
 * Units, roles, levels and shifts repeat on every row: one string per distinct value, not one
 * per row (100,000 rows × 6 such columns). A column past POOL_LIMIT values (employee numbers,
 * e-mails) is left be.
 */
class Pools {
  private readonly pools: (Map<string, string> | null | undefined)[] = [];

  intern(column: number, cell: string): string {
    let pool = this.pools[column];
    if (pool === null) return cell;
    if (pool === undefined) {
      pool = new Map();
      this.pools[column] = pool;
    }
    const known = pool.get(cell);
    if (known !== undefined) return known;
    if (pool.size >= POOL_LIMIT) this.pools[column] = null;
    else pool.set(cell, cell);
    return cell;
  }
}

function withoutTrailingEmpty(cells: readonly string[]): readonly string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}
