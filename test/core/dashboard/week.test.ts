import { describe, expect, it } from 'vitest';
import { weekSummary } from '../../../electron/core/dashboard/week';
import { createCohort } from '../../../electron/core/cohorts/service';
import { buildDemoFacility } from '../../../electron/core/demo/build';
import { demoCalendar } from '../../../electron/core/demo/calendar';
import { withdraw } from '../../../electron/core/enrolments/service';
import { cohortGoals } from '../../../electron/core/goals/cohort';
import { cohortMeetings } from '../../../electron/core/meetings/overview';
import { loadBoard } from '../../../electron/core/pairings/board';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { dueList } from '../../../electron/core/training/requirements';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { ROSTER_PATH, testDb } from '../../helpers/db';

const TODAY = '2026-11-23';

describe("the dashboard's week", () => {
  it('is empty for a facility with no cohorts yet', () => {
    const ctx = testDb();
    expect(weekSummary(ctx.db, TODAY)).toEqual({
      today: TODAY,
      cohorts: [],
      training: { missing: 0, expired: 0, expiring: 0 },
    });
  });

  it('lists a cohort with nobody enrolled yet, and one that starts next month', () => {
    const ctx = testDb();
    const { program, cohort } = setUpCohort(ctx);
    createCohort(ctx, {
      programId: program.id,
      code: 'RES-2027',
      name: 'Residency 2027',
      startDate: '2026-12-07',
      endDate: '2027-12-06',
    });
    const week = weekSummary(ctx.db, TODAY);
    expect(week.cohorts.map((c) => c.cohort.code)).toEqual(['RES-2026', 'RES-2027']);
    expect(week.cohorts[0]).toMatchObject({
      cohort: { id: cohort.id, startDate: '2026-11-01', endDate: null },
      enrolled: { mentors: 0, mentees: 0 },
      menteesWaiting: 0,
      mentorsWithPlaces: 0,
      placesLeft: 0,
      proposals: 0,
      open: 0,
    });
  });

  it('leaves out a cohort that has ended with no pairing left open', () => {
    const ctx = testDb();
    const { program } = setUpCohort(ctx);
    const past = createCohort(ctx, {
      programId: program.id,
      code: 'RES-2025',
      name: 'Residency 2025',
      startDate: '2025-01-06',
      endDate: '2025-12-31',
    });
    const mentee = enrolMentee(ctx, past.id, addStaff(ctx, 'Olga-Old').id);
    expect(weekSummary(ctx.db, TODAY).cohorts.map((c) => c.cohort.code)).toEqual(['RES-2026']);

    // Olga never had a mentor, but the cohort is over: nothing is left to do there. A pairing
    // left open after the end, though, still needs closing, so it brings the cohort back.
    const mentor = enrolMentor(ctx, past.id, addStaff(ctx, 'Pat-Past').id);
    assignMentee(ctx, {
      cohortId: past.id,
      menteeEnrolmentId: mentee.id,
      mentorEnrolmentId: mentor.id,
    });
    expect(weekSummary(ctx.db, TODAY).cohorts.map((c) => c.cohort.code)).toEqual([
      'RES-2025',
      'RES-2026',
    ]);
  });

  it('counts mentees waiting for a mentor and mentors with places left, as the board shows them', () => {
    const ctx = testDb();
    const { cohort } = setUpCohort(ctx);
    const ana = enrolMentor(ctx, cohort.id, addStaff(ctx, 'Ana-Able').id, 3);
    const ben = enrolMentor(ctx, cohort.id, addStaff(ctx, 'Ben-Full').id, 1);
    // On leave: places on paper, but nobody can be placed with her.
    enrolMentor(ctx, cohort.id, addStaff(ctx, 'Cleo-Away', { status: 'on_leave' }).id, 2);
    const gone = enrolMentor(ctx, cohort.id, addStaff(ctx, 'Dan-Withdrawn').id, 2);
    withdraw(ctx, gone.id);

    const [proposed, active, ended, waiting, withdrawn] = [
      'Eve-Proposed',
      'Finn-Active',
      'Gus-Ended',
      'Hana-Waiting',
      'Ivo-Withdrawn',
    ].map((name) => enrolMentee(ctx, cohort.id, addStaff(ctx, name, { yearsExperience: 0 }).id));
    if (!proposed || !active || !ended || !waiting || !withdrawn) throw new Error('enrolment');
    const assign = (menteeEnrolmentId: number, mentorEnrolmentId: number) =>
      assignMentee(ctx, { cohortId: cohort.id, menteeEnrolmentId, mentorEnrolmentId });
    assign(proposed.id, ana.id);
    acceptProposals(ctx, [assign(active.id, ben.id).id]);
    const toEnd = assign(ended.id, ana.id);
    acceptProposals(ctx, [toEnd.id]);
    transitionPairing(ctx, { pairingId: toEnd.id, to: 'ended_early', reason: 'mismatch' });
    withdraw(ctx, withdrawn.id);

    const [week] = weekSummary(ctx.db, TODAY).cohorts;
    expect(week).toMatchObject({
      enrolled: { mentors: 3, mentees: 4 },
      // Gus's pairing ended early: he waits for a mentor again, beside Hana.
      menteesWaiting: 2,
      // Ana holds one proposal of three places; Ben is full; Cleo is on leave.
      mentorsWithPlaces: 1,
      placesLeft: 2,
      proposals: 1,
      open: 1,
    });
    const board = loadBoard(ctx.db, cohort.id, TODAY);
    expect(board.pool.map((m) => m.person.displayName).sort()).toEqual([
      'Gus Ended',
      'Hana Waiting',
    ]);
  });

  it(
    'lists every current cohort of the demo, agreeing with the Board, Meetings, Goals and Training pages',
    { timeout: 60_000 },
    async () => {
      const ctx = testDb();
      await buildDemoFacility(ctx, ROSTER_PATH);
      const week = weekSummary(ctx.db, TODAY);

      // The phlebotomy cohort has enrolments but no pairings yet: it waits for the educator too.
      const demo = demoCalendar(TODAY);
      expect(week.cohorts.map((c) => c.cohort.code)).toEqual([
        demo.residency.code,
        demo.leadership.code,
        demo.phlebotomy.code,
        'CIRCLE-2026',
        'PEER-2026',
      ]);
      const [residency, leadership, phlebotomy, circle, peers] = week.cohorts;
      // The support circle's three mentees and the two reciprocal peer pairs, counted per person.
      expect(circle).toMatchObject({ enrolled: { mentors: 2, mentees: 3 }, open: 3, proposals: 0 });
      expect(peers).toMatchObject({ enrolled: { mentors: 4, mentees: 4 }, open: 2, proposals: 0 });

      for (const c of week.cohorts) {
        const board = loadBoard(ctx.db, c.cohort.id, TODAY);
        const free = board.mentors.filter((m) => m.unavailable === null && m.load < m.capacity);
        expect(c).toMatchObject({
          enrolled: { mentors: board.mentors.length, mentees: board.totals.mentees },
          menteesWaiting: board.totals.unpaired,
          mentorsWithPlaces: free.length,
          placesLeft: free.reduce((n, m) => n + m.capacity - m.load, 0),
        });
      }
      expect(phlebotomy).toMatchObject({
        enrolled: { mentors: 5, mentees: 6 },
        menteesWaiting: 6,
        proposals: 0,
        open: 0,
      });

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
      // The residency's one early end left its mentee waiting for a new mentor.
      expect(residency?.menteesWaiting).toBeGreaterThan(0);
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
