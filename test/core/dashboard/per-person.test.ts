import { describe, expect, it } from 'vitest';
import { weekSummary } from '../../../electron/core/dashboard/week';
import { enrol, listEnrolments } from '../../../electron/core/enrolments/service';
import { logCircleMeeting } from '../../../electron/core/meetings/circle';
import { listCircles } from '../../../electron/core/pairings/circles';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff } from '../../helpers/cohort';
import { testClock, testDb } from '../../helpers/db';
import {
  circleMeeting,
  matchAndAccept,
  programOf,
  setDay,
  setUpCircle,
} from '../pairings/circle-setup';

describe('the dashboard counts people, not pairings', () => {
  it('a mentee absent from the circle meeting is behind; those who were there are not', () => {
    const s = setUpCircle();
    matchAndAccept(s.ctx, s.cohort.id);
    const [circle] = listCircles(s.ctx.db, s.cohort.id);
    setDay(s.ctx, '2026-09-02');
    logCircleMeeting(
      s.ctx,
      circleMeeting(circle?.id ?? 0, '2026-09-02', [
        { enrolmentId: s.maya.id, present: true },
        { enrolmentId: s.nico.id, present: true },
        { enrolmentId: s.pia.id, present: true },
        { enrolmentId: s.rui.id, present: false, reason: 'Sick' },
      ]),
    );
    // Two weeks on, with nothing else logged: the weekly meeting of 09-08 is overdue for everyone,
    // but only Rui (who has not met since the start, 09-01) has gone twice the cadence (14 days).
    const week = weekSummary(s.ctx.db, '2026-09-15');
    const c = week.cohorts.find((x) => x.cohort.id === s.cohort.id);
    expect(c).toMatchObject({ open: 3, meetingsOverdue: 3, noMeetingForTwiceCadence: 1 });
  });

  it('both peers of a reciprocal pairing count', () => {
    const ctx = { ...testDb(), clock: testClock('2026-09-01T08:00:00.000Z') };
    const { cohort } = programOf(ctx, 'peer', 1);
    const staff = ['Ana-Ruiz', 'Ben-Cole'].map((n) => addStaff(ctx, n));
    enrol(ctx, { cohortId: cohort.id, role: 'peer', staffIds: staff.map((x) => x.id) });
    const [a, b] = listEnrolments(ctx.db, cohort.id, 'peer');
    const p = assignMentee(ctx, {
      cohortId: cohort.id,
      menteeEnrolmentId: a?.id ?? 0,
      mentorEnrolmentId: b?.id ?? 0,
    });
    acceptProposals(ctx, [p.id]);
    const week = weekSummary(ctx.db, '2026-09-20');
    expect(week.cohorts[0]).toMatchObject({
      open: 1,
      meetingsOverdue: 2,
      noMeetingForTwiceCadence: 2,
    });
  });
});
