import { describe, expect, it } from 'vitest';
import { weekSummary } from '../../../electron/core/dashboard/week';
import { buildDemoFacility } from '../../../electron/core/demo/build';
import { cohortGoals } from '../../../electron/core/goals/cohort';
import { cohortMeetings } from '../../../electron/core/meetings/overview';
import { dueList } from '../../../electron/core/training/requirements';
import { ROSTER_PATH, testDb } from '../../helpers/db';

const TODAY = '2026-11-23';

describe("the dashboard's week", () => {
  it('is empty for a facility with no pairings yet', () => {
    const ctx = testDb();
    expect(weekSummary(ctx.db, TODAY)).toEqual({
      today: TODAY,
      cohorts: [],
      training: { missing: 0, expired: 0, expiring: 0 },
    });
  });

  it(
    'lists every cohort with open pairings or proposals, agreeing with the Meetings, Goals and Training pages',
    { timeout: 60_000 },
    async () => {
      const ctx = testDb();
      await buildDemoFacility(ctx, ROSTER_PATH);
      const week = weekSummary(ctx.db, TODAY);

      // The phlebotomy cohort has enrolments but no pairings yet: nothing waits there.
      expect(week.cohorts.map((c) => c.cohort.code)).toEqual(['RES-2026-FALL', 'LEAD-2026']);
      const [residency, leadership] = week.cohorts;

      const count = (cohortId: number, statuses: string) =>
        (
          ctx.db
            .prepare(
              `SELECT count(*) AS n FROM pairings WHERE cohort_id = ? AND status IN (${statuses})`,
            )
            .get(cohortId) as { n: number }
        ).n;
      const res = residency?.cohort.id ?? 0;
      expect(residency).toMatchObject({
        proposals: count(res, "'proposed'"),
        open: count(res, "'active', 'paused'"),
      });
      const meetings = cohortMeetings(ctx.db, res, TODAY).rows;
      expect(residency?.meetingsOverdue).toBe(
        meetings.filter((r) => r.compliance.overdue > 0).length,
      );
      expect(residency?.noMeetingForTwiceCadence).toBe(
        meetings.filter((r) => r.noMeetingForTwiceCadence).length,
      );
      expect(residency?.inactive).toBe(meetings.filter((r) => r.inactive).length);
      const goals = cohortGoals(ctx.db, res, TODAY);
      expect(residency).toMatchObject({
        goalsOverdue: goals.counts.overdue,
        goalsAtRisk: goals.counts.at_risk,
      });
      // Only the last seven days' achievements are this week's to celebrate.
      const thisWeek = goals.celebrate.filter((c) => c.date > '2026-11-16' && c.date <= TODAY);
      expect(residency?.celebrateThisWeek).toBe(thisWeek.length);
      expect(goals.celebrate.length).toBeGreaterThan(thisWeek.length);
      // The demo's residency is a few months in: some of its pairings are behind.
      expect(residency?.meetingsOverdue).toBeGreaterThan(0);
      expect(residency?.goalsOverdue).toBeGreaterThan(0);

      // The leadership cohort's pairings are all still proposals.
      expect(leadership).toMatchObject({
        proposals: 10,
        open: 0,
        meetingsOverdue: 0,
        goalsOverdue: 0,
        goalsAtRisk: 0,
      });

      const due = dueList(ctx.db, TODAY).items;
      expect(week.training).toEqual({
        missing: due.filter((d) => d.status === 'missing').length,
        expired: due.filter((d) => d.status === 'expired').length,
        expiring: due.filter((d) => d.status === 'expiring').length,
      });
      expect(week.training.missing + week.training.expired).toBeGreaterThan(0);
    },
  );
});
