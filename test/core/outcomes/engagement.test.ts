import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { outcomesFilter, type OutcomesFilter } from '../../../shared/domain/outcomes';
import type { Db } from '../../../electron/core/db/open';
import { todayOf } from '../../../electron/core/db/write';
import { buildDemoFacility } from '../../../electron/core/demo/build';
import { generateHistory } from '../../../electron/core/generate/history';
import { engagement } from '../../../electron/core/outcomes/engagement';
import { ROSTER_PATH, testDb } from '../../helpers/db';
import { straightforwardEngagement } from './engagement-reference';

/** Filters that narrow in every way the dashboard can: program, cohort, unit, date range. */
function filters(db: Db): OutcomesFilter[] {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number | string;
  const program = one('SELECT id FROM programs ORDER BY id DESC LIMIT 1') as number;
  const cohort = one(
    'SELECT cohort_id FROM pairings GROUP BY cohort_id ORDER BY count(*) DESC LIMIT 1',
  ) as number;
  const unit = one(
    'SELECT s.unit FROM staff s WHERE s.unit IS NOT NULL GROUP BY s.unit ORDER BY count(*) DESC LIMIT 1',
  ) as string;
  return [
    outcomesFilter.parse({}),
    outcomesFilter.parse({ programId: program }),
    outcomesFilter.parse({ cohortId: cohort }),
    outcomesFilter.parse({ unit }),
    outcomesFilter.parse({ from: '2025-02-14', to: '2026-03-31' }),
    outcomesFilter.parse({ from: '2026-01-01' }),
  ];
}

/**
 * A few goals the generator does not write: a decrease goal, a dip below the target and back,
 * an entry after "today", an entry on the due day, and two entries on one day.
 */
function addAwkwardGoals(db: Db): void {
  const pairing = db
    .prepare('SELECT id, start_date AS s FROM pairings WHERE start_date IS NOT NULL LIMIT 3')
    .all() as { id: number; s: string }[];
  const goal = db.prepare(
    `INSERT INTO goals (pairing_id, title, metric, unit, baseline, target, start_date, due_date, created_at, updated_at)
     VALUES (?, 'g', 'm', 'u', ?, ?, ?, ?, 'x', 'x')`,
  );
  const entry = db.prepare(
    `INSERT INTO goal_progress (goal_id, date, value, recorded_by, recorded_at) VALUES (?, ?, ?, 'test', 'x')`,
  );
  const add = (
    p: number,
    baseline: number,
    target: number,
    due: string,
    entries: [string, number][],
  ) => {
    const id = goal.run(p, baseline, target, '2025-01-01', due).lastInsertRowid;
    for (const [day, value] of entries) entry.run(id, day, value);
  };
  for (const p of pairing) {
    add(p.id, 10, 4, '2025-06-30', [
      ['2025-03-01', 6],
      ['2025-05-01', 4],
      ['2025-06-01', 3.5],
    ]);
    add(p.id, 10, 4, '2025-06-30', [
      ['2025-03-01', 4],
      ['2025-05-01', 5],
      ['2025-08-01', 4],
    ]);
    add(p.id, 1, 4, '2025-06-30', [
      ['2025-06-30', 4],
      ['2025-06-30', 3],
    ]);
    add(p.id, 1, 4, '2025-06-29', [
      ['2025-06-30', 3],
      ['2025-06-30', 4],
    ]);
    add(p.id, 1, 4, '2025-06-30', [
      ['2025-02-01', 4],
      ['2027-01-01', 2],
    ]);
    add(p.id, 4, 5, '2025-06-30', []);
  }
}

/**
 * Periods with nothing recorded (the generator records every expected meeting): some owed and
 * overdue, some still running on "today", whose period ends that very day or later.
 */
function dropSomeMeetings(db: Db): void {
  db.prepare('DELETE FROM meetings WHERE id % 5 = 0').run();
}

describe('engagement: the set-based path equals the straightforward per-pairing computation', () => {
  it('on a small generated facility, for every kind of filter and several days', () => {
    const ctx = testDb();
    generateHistory(ctx, { staff: 600, years: 4, seed: 3 });
    addAwkwardGoals(ctx.db);
    dropSomeMeetings(ctx.db);
    const today = todayOf(ctx);
    let compared = 0;
    const week = [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(today, -n));
    for (const day of [...week, '2025-07-01', '2024-02-29']) {
      for (const f of filters(ctx.db)) {
        const fast = engagement(ctx.db, f, day);
        expect(fast).toEqual(straightforwardEngagement(ctx.db, f, day));
        compared += fast.expected + fast.goals.due;
      }
    }
    // The comparison is over real figures, not empty ones.
    expect(compared).toBeGreaterThan(1000);
    const all = engagement(ctx.db, outcomesFilter.parse({}), today);
    expect(all.held).toBeGreaterThan(0);
    expect(all.held).toBeLessThan(all.expected);
    expect(all.goals.achievedOnTime + all.goals.achievedLate).toBeGreaterThan(0);
  });

  it(
    'on the demo facility (pauses, resumptions, corrections, marks)',
    { timeout: 180_000 },
    async () => {
      const ctx = testDb();
      await buildDemoFacility(ctx, ROSTER_PATH);
      const today = todayOf(ctx);
      for (const f of filters(ctx.db)) {
        expect(engagement(ctx.db, f, today)).toEqual(straightforwardEngagement(ctx.db, f, today));
      }
      expect(engagement(ctx.db, outcomesFilter.parse({}), today).expected).toBeGreaterThan(0);
    },
  );
});
