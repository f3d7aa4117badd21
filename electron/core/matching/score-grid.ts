/**
 * A whole score matrix in one typed array (row-major, mentee i's score with mentor j at
 * `i × cols + j`, NO_SCORE where a hard rule forbids the pair): 2 bytes a cell instead of a boxed
 * array per mentee, so an 8,000 × 2,400 instance holds its scores in 37 MB.
 */
export interface ScoreGrid {
  readonly rows: number;
  readonly cols: number;
  readonly data: Int16Array;
}

/** A forbidden pair (the `null` of a nested score matrix). */
export const NO_SCORE = -1;

export type Scores = readonly (readonly (number | null)[])[] | ScoreGrid;

export function isGrid(scores: Scores): scores is ScoreGrid {
  return !Array.isArray(scores);
}

/** Copies a nested matrix (already checked: rows × cols of 0–100 or null) into a grid. */
export function gridOf(nested: readonly (readonly (number | null)[])[], cols: number): ScoreGrid {
  const rows = nested.length;
  const data = new Int16Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = nested[i] as readonly (number | null)[];
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const s = row[j];
      data[base + j] = s === null || s === undefined ? NO_SCORE : s;
    }
  }
  return { rows, cols, data };
}

/** One mentee's row as the nested form (for the few rows a message needs). */
export function gridRow(grid: ScoreGrid, i: number): (number | null)[] {
  const out = new Array<number | null>(grid.cols);
  const base = i * grid.cols;
  for (let j = 0; j < grid.cols; j++) {
    const s = grid.data[base + j] as number;
    out[j] = s === NO_SCORE ? null : s;
  }
  return out;
}

/** Score of mentee i with mentor j, or null when forbidden or out of range. */
export function scoreAt(scores: Scores, i: number, j: number): number | null {
  if (!isGrid(scores)) return scores[i]?.[j] ?? null;
  if (i < 0 || i >= scores.rows || j < 0 || j >= scores.cols) return null;
  const s = scores.data[i * scores.cols + j] as number;
  return s === NO_SCORE ? null : s;
}
