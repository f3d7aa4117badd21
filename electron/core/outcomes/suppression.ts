import { MIN_CELL, type Cell } from '../../../shared/domain/outcomes';

/**
 * Small-cell suppression for a table of counts whose line totals are published.
 *
 * Primary: every cell under MIN_CELL (zero included) is hidden. Complementary: a line (row or
 * column) whose total is shown must never have exactly one hidden cell, or the hidden one is
 * its total minus the others; so the smallest visible cell of that line is hidden too, and the
 * check runs again until nothing changes (hiding a cell can leave another line with one).
 * A line of one cell only, or whose total is itself under MIN_CELL, has its total hidden instead.
 */
export interface SuppressedTable {
  cells: Cell[][];
  rowTotals: Cell[] | null;
  columnTotals: Cell[] | null;
}

export function suppress(
  counts: readonly (readonly number[])[],
  options: { rowTotals: boolean; columnTotals: boolean },
): SuppressedTable {
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  const hidden = counts.map((row) => row.map((n) => n < MIN_CELL));
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const rowTotal = counts.map((row) => sum(row));
  const colTotal = Array.from({ length: cols }, (_, j) => sum(counts.map((row) => row[j] ?? 0)));
  const rowTotalHidden = rowTotal.map((t) => t < MIN_CELL);
  const colTotalHidden = colTotal.map((t) => t < MIN_CELL);

  type Line = { cells: [number, number][]; totalHidden: () => boolean; hideTotal: () => void };
  const lines: Line[] = [];
  if (options.rowTotals) {
    for (let i = 0; i < rows; i += 1) {
      lines.push({
        cells: Array.from({ length: cols }, (_, j) => [i, j] as [number, number]),
        totalHidden: () => rowTotalHidden[i] === true,
        hideTotal: () => (rowTotalHidden[i] = true),
      });
    }
  }
  if (options.columnTotals) {
    for (let j = 0; j < cols; j += 1) {
      lines.push({
        cells: Array.from({ length: rows }, (_, i) => [i, j] as [number, number]),
        totalHidden: () => colTotalHidden[j] === true,
        hideTotal: () => (colTotalHidden[j] = true),
      });
    }
  }
  const isHidden = ([i, j]: [number, number]) => hidden[i]?.[j] === true;
  const count = ([i, j]: [number, number]) => counts[i]?.[j] ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.totalHidden()) continue;
      const hiddenCells = line.cells.filter(isHidden);
      if (hiddenCells.length !== 1) continue;
      const visible = line.cells.filter((c) => !isHidden(c)).sort((a, b) => count(a) - count(b));
      const next = visible[0];
      if (next) {
        const row = hidden[next[0]];
        if (row) row[next[1]] = true;
      } else {
        line.hideTotal();
      }
      changed = true;
    }
  }
  const cell = (n: number, h: boolean): Cell =>
    h ? { suppressed: true } : { suppressed: false, count: n };
  return {
    cells: counts.map((row, i) => row.map((n, j) => cell(n, hidden[i]?.[j] === true))),
    rowTotals: options.rowTotals
      ? rowTotal.map((t, i) => cell(t, rowTotalHidden[i] === true))
      : null,
    columnTotals: options.columnTotals
      ? colTotal.map((t, j) => cell(t, colTotalHidden[j] === true))
      : null,
  };
}
