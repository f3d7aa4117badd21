import { addDays } from '../../../shared/dates';
import type { CohortWeek, WeekSummary } from '../../../shared/domain/dashboard';
import type { Db } from '../db/open';
import { cohortGoals } from '../goals/cohort';
import { cohortMeetings } from '../meetings/overview';
import { loadBoard } from '../pairings/board';
import { listPairings } from '../pairings/rows';
import { dueList } from '../training/requirements';

/**
 * What waits for the educator this week, read from the same services as the Board, Meetings,
 * Goals and Training pages, so the dashboard never disagrees with them.
 */
export function weekSummary(db: Db, today: string): WeekSummary {
  return {
    today,
    cohorts: currentCohorts(db, today).map((id) => cohortWeek(db, id, today)),
    training: trainingCounts(db, today),
  };
}

/**
 * Cohorts that still need the educator: not ended yet (rolling ones never end, future ones are
 * being set up), or ended with pairings left open. A cohort with nobody paired or even enrolled
 * is listed too: that is exactly the one an educator forgets.
 */
function currentCohorts(db: Db, today: string): number[] {
  const rows = db
    .prepare(
      `SELECT c.id FROM cohorts c
       WHERE c.end_date IS NULL OR c.end_date >= ?
          OR EXISTS (SELECT 1 FROM pairings p
                     WHERE p.cohort_id = c.id AND p.status IN ('proposed', 'active', 'paused'))
       ORDER BY c.start_date, c.code`,
    )
    .all(today) as { id: number }[];
  return rows.map((r) => r.id);
}

function cohortWeek(db: Db, cohortId: number, today: string): CohortWeek {
  const board = loadBoard(db, cohortId, today);
  const meetings = cohortMeetings(db, cohortId, today);
  const goals = cohortGoals(db, cohortId, today);
  const weekAgo = addDays(today, -7);
  const openRows = meetings.rows.filter(
    (r) => r.pairing.status === 'active' || r.pairing.status === 'paused',
  );
  // Counted per person: both peers of a reciprocal pairing are its mentees (a circle's mentees
  // already have a pairing each, with their own meetings).
  const reciprocal = new Set(
    listPairings(db, 'p.cohort_id = ? AND p.reciprocal = 1', cohortId).map((p) => p.id),
  );
  const people = (rows: typeof openRows) =>
    rows.reduce((n, r) => n + (reciprocal.has(r.pairing.id) ? 2 : 1), 0);
  // Only mentors the board would let take someone: a place held by a mentor on leave is no place.
  const withPlaces = board.mentors.filter((m) => m.unavailable === null && m.load < m.capacity);
  const { cohort } = board;
  return {
    cohort: {
      id: cohort.id,
      code: cohort.code,
      name: cohort.name,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
    },
    enrolled: { mentors: board.mentors.length, mentees: board.totals.mentees },
    menteesWaiting: board.pool.length,
    mentorsWithPlaces: withPlaces.length,
    placesLeft: withPlaces.reduce((sum, m) => sum + (m.capacity - m.load), 0),
    proposals: board.totals.proposed,
    open: board.totals.active + board.totals.paused,
    meetingsOverdue: people(openRows.filter((r) => r.compliance.overdue > 0)),
    noMeetingForTwiceCadence: people(openRows.filter((r) => r.noMeetingForTwiceCadence)),
    inactive: people(openRows.filter((r) => r.inactive)),
    goalsOverdue: goals.counts.overdue,
    goalsAtRisk: goals.counts.at_risk,
    celebrateThisWeek: goals.celebrate.filter((x) => x.date > weekAgo && x.date <= today).length,
  };
}

function trainingCounts(db: Db, today: string): WeekSummary['training'] {
  const counts = { missing: 0, expired: 0, expiring: 0 };
  for (const item of dueList(db, today).items) {
    if (item.status !== 'complete') counts[item.status] += 1;
  }
  return counts;
}
