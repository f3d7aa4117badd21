import { describe, expect, it } from 'vitest';
import { buildDemoMeetings } from '../../../electron/core/demo/meetings';
import { cohortMeetings } from '../../../electron/core/meetings/overview';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff, enrolMentee, enrolMentor } from '../../helpers/cohort';
import { must, setToday, setUpMeetings } from './setup';

/** The demo's residency cohort in small: eight pairings started on 1 Sep; today is 23 Nov. */
function residencyCohort() {
  const s = setUpMeetings({ cohortCode: 'RES-2026-FALL' });
  for (let m = 0; m < 4; m += 1) {
    const mentor = enrolMentor(
      s.ctx,
      s.cohort.id,
      addStaff(s.ctx, `Mentor-${m}`, { yearsExperience: 10, jobLevel: 4 }).id,
      2,
    );
    for (let n = 0; n < 2 - (m === 0 ? 1 : 0); n += 1) {
      const mentee = enrolMentee(
        s.ctx,
        s.cohort.id,
        addStaff(s.ctx, `Mentee-${m}${n}`, { yearsExperience: 0, jobLevel: 1 }).id,
      );
      const p = assignMentee(s.ctx, {
        cohortId: s.cohort.id,
        menteeEnrolmentId: mentee.id,
        mentorEnrolmentId: mentor.id,
      });
      acceptProposals(s.ctx, [p.id]);
    }
  }
  setToday(s.clock, '2026-11-23');
  return s;
}

const snapshot = (s: ReturnType<typeof residencyCohort>) =>
  s.ctx.db
    .prepare(
      'SELECT pairing_id, status, date, duration_minutes, mode, topics_json, reason FROM meetings ORDER BY id',
    )
    .all();

describe('the demo meetings', () => {
  it('has most meetings held, some missed, a couple of pairings behind, and action items', () => {
    const s = residencyCohort();
    buildDemoMeetings(s.ctx);
    const report = cohortMeetings(s.ctx.db, s.cohort.id, '2026-11-23');
    expect(report.rows).toHaveLength(8);
    const total = report.rows.reduce(
      (sum, r) => ({
        held: sum.held + r.compliance.held,
        expected: sum.expected + r.compliance.expectedSoFar,
        missed: sum.missed + r.compliance.missed + r.compliance.cancelled,
      }),
      { held: 0, expected: 0, missed: 0 },
    );
    // Eleven weeks have closed for every pairing; the twelfth counts where it was recorded.
    expect(total.expected).toBeGreaterThanOrEqual(8 * 11);
    expect(total.expected).toBeLessThanOrEqual(8 * 12);
    expect(total.held / total.expected).toBeGreaterThan(0.75);
    expect(total.missed).toBeGreaterThan(0);
    expect(report.rows.filter((r) => r.noMeetingForTwiceCadence).length).toBeGreaterThanOrEqual(1);
    expect(report.rows.filter((r) => r.overdue).length).toBeGreaterThanOrEqual(1);
    const items = must(
      s.ctx.db.prepare('SELECT count(*) AS n FROM meeting_action_items').get() as
        { n: number } | undefined,
    );
    expect(items.n).toBeGreaterThan(10);
  });

  it('is the same on every build', () => {
    const a = residencyCohort();
    buildDemoMeetings(a.ctx);
    const b = residencyCohort();
    buildDemoMeetings(b.ctx);
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(snapshot(a).length).toBeGreaterThan(50);
  });
});
