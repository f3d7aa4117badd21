/** A chart's table as plain cells, for the table view and both exports. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading
 * apostrophe; a plain negative number stays a number since it cannot run anything.
 */
function escapeFormula(text: string): string {
  if (/^-?\d+(\.\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: CRLF lines, fields with a comma, quote or line break quoted, quotes doubled. */
export function csvField(value: string | number): string {
  const text = escapeFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark so Excel reads accents and non-Latin names correctly. */
export function toCsv(table: ChartTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}
