import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/domain/outcomes';
import { accessTables } from '../../../electron/core/outcomes/access';
import { suppress } from '../../../electron/core/outcomes/suppression';

const shown = (c: Cell | undefined) => (c && !c.suppressed ? c.count : null);

/** Every line with a shown total: no cell under 5 shown, and never exactly one hidden cell. */
function expectSafe(
  counts: number[][],
  t: ReturnType<typeof suppress>,
  lines: { rows: boolean; cols: boolean },
) {
  t.cells.flat().forEach((c) => {
    if (!c.suppressed) expect(c.count).toBeGreaterThanOrEqual(5);
  });
  [...(t.rowTotals ?? []), ...(t.columnTotals ?? [])].forEach((c) => {
    if (!c.suppressed) expect(c.count).toBeGreaterThanOrEqual(5);
  });
  const check = (cells: Cell[], total: Cell | undefined) => {
    if (!total || total.suppressed) return;
    const hidden = cells.filter((c) => c.suppressed).length;
    expect(hidden === 0 || hidden >= 2).toBe(true);
  };
  if (lines.rows) t.cells.forEach((row, i) => check(row, t.rowTotals?.[i]));
  if (lines.cols)
    counts[0]?.forEach((_, j) =>
      check(
        t.cells.map((row) => row[j] as Cell),
        t.columnTotals?.[j],
      ),
    );
}

describe('small-cell suppression', () => {
  it('hides every cell under 5, zero included', () => {
    const t = suppress([[0], [4], [5], [12]], { rowTotals: false, columnTotals: false });
    expect(t.cells.map((r) => shown(r[0]))).toEqual([null, null, 5, 12]);
  });

  it('hides the next smallest cell of a column whose total is shown, so the hidden one cannot be subtracted out', () => {
    const counts = [[3], [20], [8], [40]];
    const t = suppress(counts, { rowTotals: false, columnTotals: true });
    expect(t.cells.map((r) => shown(r[0]))).toEqual([null, 20, null, 40]);
    expect(shown(t.columnTotals?.[0])).toBe(71);
    expectSafe(counts, t, { rows: false, cols: true });
  });

  it('repeats until no row or column has a single hidden cell', () => {
    const counts = [
      [2, 10, 30],
      [9, 7, 25],
      [15, 6, 3],
      [20, 30, 40],
    ];
    const t = suppress(counts, { rowTotals: true, columnTotals: true });
    expectSafe(counts, t, { rows: true, cols: true });
    // The primary cells stay hidden whatever else moves.
    expect(t.cells[0]?.[0]?.suppressed).toBe(true);
    expect(t.cells[2]?.[2]?.suppressed).toBe(true);
  });

  it('hides a total that would equal its only cell', () => {
    const t = suppress([[3]], { rowTotals: false, columnTotals: true });
    expect(t.columnTotals?.[0]?.suppressed).toBe(true);
  });

  it('holds for many random tables', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 300; k += 1) {
      const rows = 1 + Math.floor(next() * 6);
      const cols = 1 + Math.floor(next() * 4);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => Math.floor(next() * 14)),
      );
      const both = next() < 0.5;
      const t = suppress(counts, { rowTotals: both, columnTotals: true });
      expectSafe(counts, t, { rows: both, cols: true });
    }
  });
});

describe('access tables', () => {
  it('never shows a group of fewer than five, in any column, nor one derivable from the totals', () => {
    const person = (gender: string, mentee: boolean) => ({
      groups: { gender },
      mentee,
      mentor: false,
      activeStaff: true,
    });
    const people = [
      ...Array.from({ length: 12 }, (_, i) => person('Woman', i < 6)),
      ...Array.from({ length: 9 }, (_, i) => person('Man', i < 5)),
      ...Array.from({ length: 2 }, () => person('Non-binary', true)),
    ];
    const gender = accessTables(people).find((t) => t.dimension === 'gender');
    const rows = Object.fromEntries((gender?.rows ?? []).map((r) => [r.group, r.cells]));
    expect(rows['Non-binary']?.mentees.suppressed).toBe(true);
    expect(rows['Non-binary']?.activeStaff.suppressed).toBe(true);
    // Mentees total 13 is shown; with Non-binary (2) hidden, the next smallest (Man, 5) hides too.
    expect(shown(gender?.totals.mentees)).toBe(13);
    expect(rows['Man']?.mentees.suppressed).toBe(true);
    expect(shown(rows['Woman']?.mentees)).toBe(6);
    for (const t of accessTables(people)) {
      for (const r of t.rows) {
        for (const c of Object.values(r.cells))
          if (!c.suppressed) expect(c.count).toBeGreaterThanOrEqual(5);
      }
    }
  });
});
