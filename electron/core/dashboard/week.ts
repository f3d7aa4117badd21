import { addDays } from '../../../shared/dates';
import type { CohortWeek, WeekSummary } from '../../../shared/domain/dashboard';
import type { Db } from '../db/open';
import { cohortGoals } from '../goals/cohort';
import { cohortMeetings } from '../meetings/overview';
import { dueList } from '../training/requirements';

/**
 * What waits for the educator this week, read from the same services as the Meetings, Goals,
 * Board and Training pages, so the dashboard never disagrees with them.
 */
export function weekSummary(db: Db, today: string): WeekSummary {
  const running = db
    .prepare(
      `SELECT c.id, count(*) FILTER (WHERE p.status = 'proposed') AS proposals,
              count(*) FILTER (WHERE p.status IN ('active', 'paused')) AS open
       FROM cohorts c JOIN pairings p ON p.cohort_id = c.id
       WHERE p.status IN ('proposed', 'active', 'paused')
       GROUP BY c.id ORDER BY c.start_date, c.code`,
    )
    .all() as { id: number; proposals: number; open: number }[];
  return {
    today,
    cohorts: running.map((c) => cohortWeek(db, c, today)),
    training: trainingCounts(db, today),
  };
}

function cohortWeek(
  db: Db,
  c: { id: number; proposals: number; open: number },
  today: string,
): CohortWeek {
  const meetings = cohortMeetings(db, c.id, today);
  const goals = cohortGoals(db, c.id, today);
  const weekAgo = addDays(today, -7);
  const openRows = meetings.rows.filter(
    (r) => r.pairing.status === 'active' || r.pairing.status === 'paused',
  );
  return {
    cohort: { id: c.id, code: meetings.cohortCode, name: meetings.cohortName },
    proposals: c.proposals,
    open: c.open,
    meetingsOverdue: openRows.filter((r) => r.compliance.overdue > 0).length,
    noMeetingForTwiceCadence: openRows.filter((r) => r.noMeetingForTwiceCadence).length,
    inactive: openRows.filter((r) => r.inactive).length,
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
