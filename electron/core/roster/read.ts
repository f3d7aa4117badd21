import { CsvError, parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import type {
  RosterDelimiter,
  RosterEncoding,
  RosterFileInfo,
  RosterFormat,
} from '../../../shared/domain/roster';
import { TandemError } from '../../../shared/result';
import { checkCsvShape, CsvLimitExceeded, parseCsvFast, type ColumnFilter } from './csv';
import { decodeText, detectDelimiter, sniffContent } from './detect';
import { ROSTER_LIMITS, tooLarge } from './limits';
import { checkXlsxZip } from './zip';

export type { ColumnFilter } from './csv';

export interface RosterRow {
  /** Row as a spreadsheet shows it: the header is row 1, the first staff row is row 2. */
  row: number;
  /** Trimmed cell texts. */
  cells: string[];
}

/**
 * A roster file as a grid of text. Header names are trimmed, non-empty and unique. A row may
 * have a different number of cells than there are headers (a stray delimiter or line break in
 * a CSV); the table keeps such rows as they are and `toRosterRecords` reports them, so one bad
 * line never stops an import. Fully empty rows are left out, but row numbers still count them,
 * as a spreadsheet would.
 */
export interface RosterTable {
  info: RosterFileInfo;
  headers: string[];
  rows: RosterRow[];
}

const TRY_AGAIN =
  'Export the roster from your HR system as CSV or Excel (.xlsx) and import that file.';

function rejected(message: string): TandemError {
  return new TandemError('import_rejected', message);
}

/** Takes each staff row as it is read, with the file's headers; see readRosterTable. */
export interface RowSink {
  row(row: RosterRow, headers: readonly string[]): void;
  /**
   * The rows handed over so far are to be forgotten: they come again. A CSV file the fast
   * reader took for well formed can turn out not to be (a stray quote on row 80,000), and is
   * then read again from its first row by csv-parse.
   */
  restart(): void;
}

/**
 * Reads a roster file. With a `filter`, only the columns it names (and every column of the
 * first rows, the samples) keep their text in a CSV file; the others read as empty cells.
 * With `onRow`, each staff row is handed over as it is read and not kept: the table comes back
 * with its headers and row count but no rows (a 100,000-row import never holds them all).
 */
export async function readRosterTable(
  fileName: string,
  bytes: Uint8Array,
  filter?: ColumnFilter,
  onRow?: RowSink,
): Promise<RosterTable> {
  if (bytes.length === 0) throw rejected('The file is empty.');
  if (bytes.length > ROSTER_LIMITS.fileBytes) {
    throw tooLarge(fileName, 'fileBytes', bytes.length);
  }
  switch (sniffContent(bytes)) {
    case 'xlsx':
      return handOver(await readXlsx(fileName, bytes), onRow);
    case 'legacy-office':
      throw rejected(
        `"${fileName}" is an Excel 97–2003 (.xls) file or a password-protected workbook, which Tandem cannot open. ` +
          'In Excel, remove any password and use Save As → Excel Workbook (.xlsx) or CSV, then import that file.',
      );
    case 'utf-16':
      throw rejected(
        `"${fileName}" is saved as "Unicode Text" (UTF-16), which Tandem cannot read. ` +
          'In Excel, use Save As → CSV UTF-8 (comma delimited), then import that file.',
      );
    case 'binary':
      throw rejected(
        `"${fileName}" is not a CSV or Excel file: it contains binary data (perhaps an image or a document renamed). ${TRY_AGAIN}`,
      );
    case 'text':
      try {
        return readCsv(fileName, bytes, filter, onRow);
      } catch (error) {
        if (!(error instanceof CsvLimitExceeded)) throw error;
        const row = error.row;
        throw error.limit === 'rows'
          ? tooLarge(fileName, 'rows', ROSTER_LIMITS.rows + 1, { atLeast: true })
          : tooLarge(fileName, 'columns', ROSTER_LIMITS.columns + 1, { atLeast: true, row });
      }
  }
}

/** For readers that build the whole table anyway: its rows go to `onRow` afterwards. */
function handOver(table: RosterTable, onRow: RowSink | undefined): RosterTable {
  if (!onRow) return table;
  for (const row of table.rows) onRow.row(row, table.headers);
  return { ...table, rows: [] };
}

// ---------------------------------------------------------------- CSV

function readCsv(
  fileName: string,
  bytes: Uint8Array,
  filter: ColumnFilter | undefined,
  onRow: RowSink | undefined,
): RosterTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const kind: FileKind = { format: 'csv', encoding, delimiter };
  // The fast reader covers well-formed files; csv-parse reads the rest leniently or says where
  // the file is broken.
  let headers: readonly string[] = [];
  let handed = 0;
  const fast = parseCsvFast(
    text,
    delimiter,
    (h) => {
      headers = h;
      return filter ? filter(h) : null;
    },
    onRow &&
      ((record) => {
        handed += 1;
        record.cells = shapeCells(record.cells, headers.length, 'csv');
        onRow.row(record, headers);
      }),
  );
  if (fast) return buildTable(fileName, fast, kind, handed);
  if (handed > 0) onRow?.restart();
  checkCsvShape(text, delimiter);
  const table = buildTable(
    fileName,
    nonEmptyTrimmed(parseCsvLeniently(fileName, text, delimiter)),
    kind,
  );
  return handOver(table, onRow);
}

function parseCsvLeniently(
  fileName: string,
  text: string,
  delimiter: RosterDelimiter,
): RosterRow[] {
  try {
    const records = parse(text, {
      delimiter,
      // Files pasted together from several exports mix Windows and Unix line ends.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      // Keeping empty lines means no record is skipped, so a record's ordinal is its spreadsheet
      // row (quoted line breaks included); buildTable drops the empty ones afterwards.
      skip_empty_lines: false,
      trim: true,
    });
    return records.map((cells, index) => ({ row: index + 1, cells }));
  } catch (err) {
    if (err instanceof CsvError) throw rejected(csvErrorMessage(fileName, err));
    throw err;
  }
}

/** `records` counts the records read before the failing one, so the failing row is one more. */
function csvErrorMessage(fileName: string, err: CsvError): string {
  const where = typeof err.records === 'number' ? ` at row ${err.records + 1}` : '';
  const hint =
    err.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a value starts with a quote mark (") that is never closed'
      : 'a quoted value is followed by other text before the next delimiter';
  return `"${fileName}" could not be read${where}: ${hint}. Check that row in a text editor, or export the file again.`;
}

// ---------------------------------------------------------------- XLSX

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<RosterTable> {
  const sheet = await firstWorksheet(fileName, bytes);
  const grid: RosterRow[] = [];
  // The zip was checked before loading, so the sheet fits in memory; these stop at the limits.
  if (sheet.actualRowCount > ROSTER_LIMITS.rows + 1) {
    throw tooLarge(fileName, 'rows', sheet.actualRowCount - 1);
  }
  if (sheet.actualColumnCount > ROSTER_LIMITS.columns) {
    throw tooLarge(fileName, 'columns', sheet.actualColumnCount);
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    grid.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  const rows = nonEmptyTrimmed(grid);
  if (rows.length === 0) {
    throw rejected(`The first worksheet ("${sheet.name}") in "${fileName}" is empty.`);
  }
  return buildTable(fileName, rows, { format: 'xlsx', encoding: null, delimiter: null });
}

async function firstWorksheet(fileName: string, bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  // Before exceljs unzips the whole workbook into memory: refuse a zip that would not fit.
  checkXlsxZip(fileName, bytes);
  // Loaded only for a workbook: exceljs is large, and most rosters are CSV.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // A copy, because exceljs wants a whole ArrayBuffer and `bytes` may be a view into a larger one.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw unreadableWorkbook(fileName);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadableWorkbook(fileName);
  return sheet;
}

function unreadableWorkbook(fileName: string): TandemError {
  return rejected(
    `"${fileName}" could not be read as an Excel workbook; it may be damaged, or a different kind of file (a .zip or Word document). ` +
      'Open it in Excel and save it again as Excel Workbook (.xlsx) or CSV.',
  );
}

/** What the cell shows: formulas by their last computed result, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  // A hyperlink's text may itself be rich text.
  return cellText(value.text as ExcelJS.CellValue);
}

/** 0.1 + 0.2 is stored as 0.30000000000000004; Excel shows 15 significant digits. */
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** exceljs gives dates at UTC midnight of the day the sheet shows. */
function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- header and rows

function isEmptyRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Rows with some text, each cell trimmed (what the fast CSV reader gives by itself). */
function nonEmptyTrimmed(grid: readonly RosterRow[]): RosterRow[] {
  return grid
    .filter((r) => !isEmptyRow(r.cells))
    .map((r) => ({ row: r.row, cells: r.cells.map((c) => c.trim()) }));
}

/** Trailing empty cells carry nothing (exports often end each line with a delimiter). */
function withoutTrailingEmpty(cells: string[], keep: number): string[] {
  let end = cells.length;
  while (end > keep && cells[end - 1] === '') end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

interface FileKind {
  format: RosterFormat;
  encoding: RosterEncoding | null;
  delimiter: RosterDelimiter | null;
}

/**
 * `grid`: the file's non-empty rows with trimmed cells, the header row first; `handed`: rows
 * already given to an onRow sink (shaped) rather than left in the grid.
 */
function buildTable(fileName: string, grid: RosterRow[], kind: FileKind, handed = 0): RosterTable {
  const [headerRow, ...rows] = grid;
  if (!headerRow) throw rejected('The file is empty.');
  const headers = withoutTrailingEmpty(headerRow.cells, 0);
  if (headers.length > ROSTER_LIMITS.columns) {
    throw tooLarge(fileName, 'columns', headers.length, { row: headerRow.row });
  }
  if (rows.length + handed > ROSTER_LIMITS.rows) {
    throw tooLarge(fileName, 'rows', rows.length + handed);
  }
  checkHeaders(fileName, headers);
  if (rows.length + handed === 0) {
    throw rejected(`The file "${fileName}" has a header row but no staff rows.`);
  }
  for (const r of rows) r.cells = shapeCells(r.cells, headers.length, kind.format);
  return { info: { name: fileName, ...kind, rowCount: rows.length + handed }, headers, rows };
}

/** Excel leaves empty trailing cells out of a row, so pad those; a short CSV row is a real problem. */
function shapeCells(cells: string[], width: number, format: RosterFormat): string[] {
  const trimmed = withoutTrailingEmpty(cells, width);
  if (format === 'xlsx' && trimmed.length < width) {
    return [...trimmed, ...Array<string>(width - trimmed.length).fill('')];
  }
  return trimmed;
}

/** Spreadsheet column letters: 1 → A, 28 → AB. */
function columnLetters(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnRef(index: number): string {
  return `${index + 1} (${columnLetters(index + 1)})`;
}

function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function checkHeaders(fileName: string, headers: readonly string[]): void {
  const unnamed = headers.flatMap((h, i) => (h === '' ? [columnRef(i)] : []));
  if (unnamed.length > 0) {
    const which =
      unnamed.length === 1 ? `Column ${unnamed[0] ?? ''} has` : `Columns ${listed(unnamed)} have`;
    throw rejected(
      `${which} no name in the header row of "${fileName}". Give every column a name (or delete empty columns), then import again.`,
    );
  }
  const positions = new Map<string, number[]>();
  headers.forEach((h, i) => positions.set(h, [...(positions.get(h) ?? []), i]));
  const repeated = [...positions].filter(([, at]) => at.length > 1);
  if (repeated.length > 0) {
    const described = repeated.map(([h, at]) => `"${h}" (columns ${listed(at.map(columnRef))})`);
    throw rejected(
      `The header row of "${fileName}" uses the same column name more than once: ${listed(described)}. ` +
        'Rename the columns so each name is unique, then import again.',
    );
  }
}
