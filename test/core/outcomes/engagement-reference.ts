import type { Engagement, EngagementCohort, OutcomesFilter } from '../../../shared/domain/outcomes';
import type { Db } from '../../../electron/core/db/open';
import { goalViews } from '../../../electron/core/goals/rows';
import { scheduleOf } from '../../../electron/core/meetings/overview';
import {
  cohortCadence,
  listCohortRecords,
  statusChanges,
} from '../../../electron/core/meetings/rows';
import { listPairings } from '../../../electron/core/pairings/rows';
import { inRange, rangeSql, scopedPairingIds } from '../../../electron/core/outcomes/scope';

function percent(held: number, expected: number): number | null {
  return expected === 0 ? null : Math.round((held / expected) * 100);
}

/**
 * The engagement measure as first written (kept here as the reference the fast path must equal):
 * each cohort's pairings read one by one with the meetings module's own per-pairing schedule
 * and the goals module's goal views. Meetings held against expected, from the meetings module's own schedule (the program's
 * cadence over each pairing's active time), counting expected meetings whose day is in the
 * date range and has come. Goals: those due in the range by today, not dropped, and whether
 * each reached its target by its due date.
 */
export function straightforwardEngagement(db: Db, f: OutcomesFilter, today: string): Engagement {
  const ids = new Set(scopedPairingIds(db, f));
  const cohortIds = ids.size
    ? (db
        .prepare(
          'SELECT DISTINCT cohort_id FROM pairings WHERE id IN (SELECT value FROM json_each(?))',
        )
        .pluck()
        .all(JSON.stringify([...ids])) as number[])
    : [];
  const cohorts: EngagementCohort[] = [];
  for (const cohortId of cohortIds) {
    const cadence = cohortCadence(db, cohortId);
    const records = listCohortRecords(db, cohortId);
    const changes = statusChanges(db, 'cohort', cohortId);
    const pairings = listPairings(db, 'p.cohort_id = ? AND p.start_date IS NOT NULL', cohortId);
    let expected = 0;
    let held = 0;
    let counted = 0;
    for (const p of pairings) {
      if (!ids.has(p.id)) continue;
      counted += 1;
      const sched = scheduleOf(p, cadence, changes.get(p.id) ?? [], records.get(p.id) ?? [], today);
      for (const e of sched.expected) {
        // The same rule as compliance: a period still running with nothing recorded is not yet owed.
        if (e.date > today || e.state === 'due' || e.state === 'planned') continue;
        if (!inRange(f, e.date)) continue;
        expected += 1;
        if (e.state === 'held') held += 1;
      }
    }
    const first = pairings[0];
    const programName = db
      .prepare(
        'SELECT pr.name FROM cohorts c JOIN programs pr ON pr.id = c.program_id WHERE c.id = ?',
      )
      .pluck()
      .get(cohortId) as string;
    cohorts.push({
      cohortId,
      cohortCode: first?.cohortCode ?? String(cohortId),
      programName,
      pairings: counted,
      expected,
      held,
      percent: percent(held, expected),
    });
  }
  cohorts.sort((a, b) => a.cohortCode.localeCompare(b.cohortCode));
  const expected = cohorts.reduce((n, c) => n + c.expected, 0);
  const held = cohorts.reduce((n, c) => n + c.held, 0);
  return {
    cohorts,
    expected,
    held,
    percent: percent(held, expected),
    goals: goalsOnTime(db, f, ids, today),
  };
}

function goalsOnTime(
  db: Db,
  f: OutcomesFilter,
  ids: ReadonlySet<number>,
  today: string,
): Engagement['goals'] {
  const r = rangeSql(f, 'g.due_date');
  const goals = goalViews(
    db,
    today,
    `g.pairing_id IN (SELECT value FROM json_each(?)) AND g.dropped_at IS NULL AND g.due_date <= ?${r.sql}`,
    JSON.stringify([...ids]),
    today,
    ...r.params,
  );
  let achievedOnTime = 0;
  let achievedLate = 0;
  for (const g of goals) {
    if (g.achievedOn === null) continue;
    if (g.achievedOn <= g.dueDate) achievedOnTime += 1;
    else achievedLate += 1;
  }
  return {
    due: goals.length,
    achievedOnTime,
    achievedLate,
    notAchieved: goals.length - achievedOnTime - achievedLate,
  };
}
