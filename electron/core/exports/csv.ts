/**
 * The one CSV writer of Tandem: every CSV a person may open in a spreadsheet goes through it.
 *
 * - UTF-8 with a byte-order mark, so Excel shows accented and non-Latin names correctly.
 * - RFC 4180: fields with a comma, a quote, CR or LF are quoted, quotes doubled, CRLF
 *   between records.
 * - Formula injection (CSV injection): a spreadsheet runs a text cell starting with `=`, `+`,
 *   `-` or `@` as a formula, and a leading tab or CR can hide one. Such text cells are written
 *   with a single quote `'` in front, which spreadsheets show as plain text (OWASP's advice).
 *   Only text is escaped: a number (even a negative one) stays a number.
 */
export type CsvCell = string | number | boolean | null | undefined | bigint;

export const CSV_BOM = '\uFEFF';
const RECORD_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as it appears between the commas. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ended by CRLF. */
export function csvRecord(cells: readonly CsvCell[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i += 1) {
    if (i > 0) out += ',';
    out += csvCell(cells[i]);
  }
  return out + RECORD_END;
}

/** A whole file in memory: BOM, header, rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let out = CSV_BOM + csvRecord(header);
  for (const row of rows) out += csvRecord(row);
  return out;
}
