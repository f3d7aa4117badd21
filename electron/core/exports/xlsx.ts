import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestFile } from '../../../shared/domain/exports';

export const WORKBOOK_FILE = 'tables.xlsx';

/** Excel's limits: a sheet name of at most 31 characters, a cell of at most 32,767. */
const SHEET_NAME_MAX = 31;
const CELL_MAX = 32_767;

/**
 * The same tables as one workbook, a sheet per table, for people who live in Excel. exceljs
 * (loaded only when asked for) writes every text as a string cell, never as a formula, so a
 * name starting with '=' cannot run here: no quote prefix is needed or added.
 */
export async function writeWorkbook(
  folder: string,
  tables: readonly { table: string; columns: string[]; rows: unknown[][] }[],
): Promise<ManifestFile> {
  const { default: ExcelJS } = await import('exceljs');
  const path = join(folder, WORKBOOK_FILE);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: true,
  });
  let rows = 0;
  for (const { table, columns, rows: data } of tables) {
    const sheet = workbook.addWorksheet(table.slice(0, SHEET_NAME_MAX), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const header = sheet.addRow(columns);
    header.font = { bold: true };
    header.commit();
    for (const row of data) {
      sheet.addRow(row.map(cellValue)).commit();
      rows += 1;
    }
    sheet.commit();
  }
  await workbook.commit();
  return {
    path: WORKBOOK_FILE,
    table: null,
    format: 'xlsx',
    rows,
    bytes: statSync(path).size,
    sha256: await sha256File(path),
  };
}

function cellValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = String(value);
  return text.length > CELL_MAX ? text.slice(0, CELL_MAX) : text;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
