import { describe, expect, it } from 'vitest';
import { parseQuarter } from '../../../shared/periods';
import { TandemError } from '../../../shared/result';
import { buildPacket } from '../../../electron/core/reports/packet';
import { logCircleMeeting } from '../../../electron/core/meetings/circle';
import { cohortMeetings, pairingMeetings } from '../../../electron/core/meetings/overview';
import { removeMeeting } from '../../../electron/core/meetings/service';
import {
  addCircleMentor,
  circleDetail,
  listCircles,
} from '../../../electron/core/pairings/circles';
import { circleMeeting, matchAndAccept, setDay, setUpCircle } from '../pairings/circle-setup';

function refusal(fn: () => unknown): TandemError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** A circle of Maya (with Omar as co-mentor) and Nico, Pia and Rui, accepted on 2026-09-01. */
function circle() {
  const s = setUpCircle();
  const accepted = matchAndAccept(s.ctx, s.cohort.id);
  const [c] = listCircles(s.ctx.db, s.cohort.id);
  if (!c) throw new Error('no circle');
  addCircleMentor(s.ctx, c.id, s.omar.id);
  const pairingOf = (enrolmentId: number) => {
    const p = accepted.find((x) => x.menteeEnrolmentId === enrolmentId);
    if (!p) throw new Error('no pairing');
    return p.id;
  };
  return { ...s, circleId: c.id, pairingOf };
}

const counts = (ctx: ReturnType<typeof setUpCircle>['ctx']) => ({
  circleMeetings: ctx.db.prepare('SELECT count(*) AS n FROM circle_meetings').get(),
  attendance: ctx.db.prepare('SELECT count(*) AS n FROM circle_attendance').get(),
  meetings: ctx.db.prepare('SELECT count(*) AS n FROM meetings').get(),
  audit: ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get(),
});

describe('circle meetings with attendance per person', () => {
  it('one shared meeting counts as held for each mentee present and not for one absent', () => {
    const s = circle();
    setDay(s.ctx, '2026-09-03');
    const detail = logCircleMeeting(
      s.ctx,
      circleMeeting(s.circleId, '2026-09-02', [
        { enrolmentId: s.maya.id, present: true },
        { enrolmentId: s.omar.id, present: false, reason: 'On a course' },
        { enrolmentId: s.nico.id, present: true },
        { enrolmentId: s.pia.id, present: true },
        { enrolmentId: s.rui.id, present: false, reason: 'Night shift' },
      ]),
    );
    expect(detail.meetings).toHaveLength(1);
    expect(
      detail.meetings[0]?.attendance.map(
        (a) => `${a.displayName}:${a.present ? 'present' : a.reason}`,
      ),
    ).toEqual([
      'Maya Mentor:present',
      'Omar Other:On a course',
      'Nico Newgrad:present',
      'Pia Newgrad:present',
      'Rui Newgrad:Night shift',
    ]);
    const member = (name: string) => detail.members.find((m) => m.person.displayName === name);
    expect(member('Nico Newgrad')).toMatchObject({ attended: 1, absent: 0, held: 1 });
    expect(member('Rui Newgrad')).toMatchObject({ attended: 0, absent: 1, held: 0 });
    expect(member('Omar Other')).toMatchObject({ role: 'mentor', attended: 0, absent: 1 });
    expect(member('Maya Mentor')).toMatchObject({ role: 'mentor', attended: 1, absent: 0 });

    // Each mentee's own pairing: held for Nico, missed (with the reason) for Rui.
    const nico = pairingMeetings(s.ctx.db, s.pairingOf(s.nico.id), '2026-09-10');
    expect(nico.records.map((r) => r.status)).toEqual(['held']);
    expect(nico.compliance).toMatchObject({ expectedSoFar: 1, held: 1 });
    const rui = pairingMeetings(s.ctx.db, s.pairingOf(s.rui.id), '2026-09-10');
    expect(rui.records.map((r) => [r.status, r.reason])).toEqual([
      ['missed', 'Absent from the circle meeting: Night shift'],
    ]);
    expect(rui.compliance.held).toBe(0);
    // The cohort's compliance is per person too.
    const rows = cohortMeetings(s.ctx.db, s.cohort.id, '2026-09-10').rows;
    const percent = (name: string) =>
      rows.find((r) => r.pairing.menteeName === name)?.compliance.percent;
    expect(percent('Nico Newgrad')).toBe(100);
    expect(percent('Rui Newgrad')).toBe(0);
  });

  it('refuses, writing nothing, when a member is left out, an absence has no reason or the day is ahead', () => {
    const s = circle();
    setDay(s.ctx, '2026-09-03');
    const before = counts(s.ctx);
    const missing = refusal(() =>
      logCircleMeeting(
        s.ctx,
        circleMeeting(s.circleId, '2026-09-02', [
          { enrolmentId: s.maya.id, present: true },
          { enrolmentId: s.omar.id, present: true },
          { enrolmentId: s.nico.id, present: true },
          { enrolmentId: s.pia.id, present: true },
        ]),
      ),
    );
    expect(missing.message).toContain('say whether Rui Newgrad was there');
    const noReason = refusal(() =>
      logCircleMeeting(
        s.ctx,
        circleMeeting(s.circleId, '2026-09-02', [
          { enrolmentId: s.maya.id, present: true },
          { enrolmentId: s.omar.id, present: true },
          { enrolmentId: s.nico.id, present: true },
          { enrolmentId: s.pia.id, present: true },
          { enrolmentId: s.rui.id, present: false, reason: '  ' },
        ]),
      ),
    );
    expect(noReason.message).toContain('say why Rui Newgrad was absent');
    const ahead = refusal(() =>
      logCircleMeeting(s.ctx, circleMeeting(s.circleId, '2026-09-09', [])),
    );
    expect(ahead.message).toContain('is after today (2026-09-03)');
    expect(counts(s.ctx)).toEqual(before);
  });

  it("a member's part of a circle meeting cannot be removed on its own", () => {
    const s = circle();
    setDay(s.ctx, '2026-09-03');
    logCircleMeeting(
      s.ctx,
      circleMeeting(s.circleId, '2026-09-02', [
        { enrolmentId: s.maya.id, present: true },
        { enrolmentId: s.omar.id, present: true },
        { enrolmentId: s.nico.id, present: true },
        { enrolmentId: s.pia.id, present: true },
        { enrolmentId: s.rui.id, present: true },
      ]),
    );
    const [record] = pairingMeetings(s.ctx.db, s.pairingOf(s.pia.id), '2026-09-03').records;
    expect(record?.circleMeetingId).toBeGreaterThan(0);
    const refused = refusal(() => removeMeeting(s.ctx, record?.id ?? 0));
    expect(refused.message).toContain("one member's part of a mentoring circle's meeting");
    expect(
      circleDetail(s.ctx.db, s.circleId, '2026-09-03').members.filter((m) => m.held === 1),
    ).toHaveLength(3);
  });

  it("a circle member's pairing still prints its packet, with their own meetings", () => {
    const s = circle();
    setDay(s.ctx, '2026-09-03');
    logCircleMeeting(
      s.ctx,
      circleMeeting(s.circleId, '2026-09-02', [
        { enrolmentId: s.maya.id, present: true },
        { enrolmentId: s.omar.id, present: true },
        { enrolmentId: s.nico.id, present: true },
        { enrolmentId: s.pia.id, present: true },
        { enrolmentId: s.rui.id, present: false, reason: 'Night shift' },
      ]),
    );
    const quarter = parseQuarter('2026-Q3');
    if (!quarter) throw new Error('quarter');
    const options = { today: '2026-09-03', locale: 'en-GB', paperSize: 'a4' as const };
    const nico = buildPacket(s.ctx.db, options, s.pairingOf(s.nico.id), quarter);
    expect(nico.meetings).toMatchObject({ held: 1, missed: 0 });
    expect(nico.meetings.meetings.map((m) => m.date)).toEqual(['2026-09-02']);
    const rui = buildPacket(s.ctx.db, options, s.pairingOf(s.rui.id), quarter);
    expect(rui.meetings.held).toBe(0);
    expect(rui.meetings.meetings).toEqual([]);
  });
});
