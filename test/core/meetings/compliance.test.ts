import { describe, expect, it } from 'vitest';
import { pairingMeetings } from '../../../electron/core/meetings/overview';
import { logMeeting, markMissed, removeMeeting } from '../../../electron/core/meetings/service';
import { extendPairing, transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { counts, heldMeeting, routerFor, setToday, setUpMeetings } from './setup';

const overview = (s: ReturnType<typeof setUpMeetings>) =>
  pairingMeetings(s.ctx.db, s.pairing.id, s.ctx.clock.now().toISOString().slice(0, 10));

describe("a pairing's meetings against its cadence", () => {
  it('watches compliance change as meetings are logged and missed', () => {
    // Weekly from Tuesday 1 Sep; today is Tuesday 29 Sep: four weeks have passed, the fifth is running.
    const s = setUpMeetings();
    setToday(s.clock, '2026-09-29');
    expect(overview(s).compliance).toMatchObject({
      expectedSoFar: 4,
      held: 0,
      overdue: 4,
      percent: 0,
    });
    expect(overview(s).overdue).toBe(true);

    logMeeting(s.ctx, heldMeeting(s.pairing.id, '2026-09-01'));
    logMeeting(s.ctx, heldMeeting(s.pairing.id, '2026-09-10'));
    expect(overview(s).compliance).toMatchObject({
      expectedSoFar: 4,
      held: 2,
      overdue: 2,
      percent: 50,
    });

    markMissed(s.ctx, {
      pairingId: s.pairing.id,
      date: '2026-09-15',
      status: 'missed',
      reason: 'Mentee called in sick',
    });
    logMeeting(s.ctx, heldMeeting(s.pairing.id, '2026-09-24'));
    const now = overview(s);
    expect(now.compliance).toMatchObject({
      expectedSoFar: 4,
      held: 3,
      missed: 1,
      overdue: 0,
      percent: 75,
      lastHeld: '2026-09-24',
    });
    expect(now.overdue).toBe(false);
    expect(now.compliance.nextDue).toMatchObject({
      date: '2026-09-29',
      state: 'due',
      until: '2026-10-05',
    });
    expect(now.expected.slice(0, 4).map((e) => e.state)).toEqual([
      'held',
      'held',
      'missed',
      'held',
    ]);
  });

  it('expects nothing while paused and resumes the same weekday rhythm afterwards', () => {
    const s = setUpMeetings();
    setToday(s.clock, '2026-09-16');
    transitionPairing(s.ctx, { pairingId: s.pairing.id, to: 'paused', note: 'Course' });
    setToday(s.clock, '2026-10-14');
    transitionPairing(s.ctx, { pairingId: s.pairing.id, to: 'active' });
    setToday(s.clock, '2026-10-28');
    const m = overview(s);
    expect(m.expected.filter((e) => e.date <= '2026-10-28').map((e) => e.date)).toEqual([
      '2026-09-01',
      '2026-09-08',
      '2026-09-15',
      '2026-10-20',
      '2026-10-27',
    ]);
    // 15 Sep's week was cut short by the pause on the 16th.
    expect(m.expected[2]).toMatchObject({
      date: '2026-09-15',
      until: '2026-09-15',
      state: 'overdue',
    });
    expect(m.compliance.expectedSoFar).toBe(4);
  });

  it('stops expecting meetings at an early end, and has nothing planned after it', () => {
    const s = setUpMeetings({ cadence: 'biweekly' });
    setToday(s.clock, '2026-10-20');
    transitionPairing(s.ctx, { pairingId: s.pairing.id, to: 'ended_early', reason: 'mentor_left' });
    setToday(s.clock, '2026-12-01');
    const m = overview(s);
    expect(m.expected.map((e) => e.date)).toEqual([
      '2026-09-01',
      '2026-09-15',
      '2026-09-29',
      '2026-10-13',
    ]);
    expect(m.compliance.nextDue).toBeNull();
    expect(m.compliance.expectedSoFar).toBe(4);
  });

  it('counts a completed and re-opened pairing without the time in between', () => {
    const s = setUpMeetings({ cadence: 'monthly', startDay: '2026-08-31' });
    // Accepted before the cohort began: the pairing starts with the cohort, on 1 Sep.
    setToday(s.clock, '2026-11-10');
    transitionPairing(s.ctx, { pairingId: s.pairing.id, to: 'completed' });
    setToday(s.clock, '2027-01-05');
    extendPairing(s.ctx, s.pairing.id, '2027-04-30');
    setToday(s.clock, '2027-02-10');
    expect(overview(s).expected.map((e) => [e.date, e.state])).toEqual([
      ['2026-09-01', 'overdue'],
      ['2026-10-01', 'overdue'],
      ['2026-11-01', 'overdue'],
      ['2027-02-01', 'due'],
      ['2027-03-01', 'planned'],
      ['2027-04-01', 'planned'],
    ]);
  });
});

describe('marking an expected meeting missed or cancelled', () => {
  it('refuses a day that is not an expected meeting, naming the nearest ones, and changes nothing', async () => {
    const s = setUpMeetings();
    setToday(s.clock, '2026-09-28');
    const before = counts(s.ctx);
    expect(() =>
      markMissed(s.ctx, {
        pairingId: s.pairing.id,
        date: '2026-09-10',
        status: 'missed',
        reason: 'x',
      }),
    ).toThrow(
      '2026-09-10 is not an expected meeting of this pairing (the nearest are 2026-09-08 and 2026-09-15).',
    );
    const noReason = await routerFor(s.ctx)('meetings.markMissed', {
      pairingId: s.pairing.id,
      date: '2026-09-08',
      status: 'missed',
      reason: ' ',
    });
    expect(noReason).toMatchObject({
      ok: false,
      error: {
        details: { problems: [{ field: 'reason', message: 'say why the meeting did not happen' }] },
      },
    });
    expect(counts(s.ctx)).toEqual(before);
  });

  it('refuses to mark a meeting that was held, or one already marked', () => {
    const s = setUpMeetings();
    setToday(s.clock, '2026-09-28');
    logMeeting(s.ctx, heldMeeting(s.pairing.id, '2026-09-09'));
    markMissed(s.ctx, {
      pairingId: s.pairing.id,
      date: '2026-09-15',
      status: 'cancelled',
      reason: 'Unit closed for a drill',
    });
    const before = counts(s.ctx);
    expect(() =>
      markMissed(s.ctx, {
        pairingId: s.pairing.id,
        date: '2026-09-08',
        status: 'missed',
        reason: 'x',
      }),
    ).toThrow(
      'The meeting expected on 2026-09-08 was held (on 2026-09-09); it cannot be marked missed.',
    );
    expect(() =>
      markMissed(s.ctx, {
        pairingId: s.pairing.id,
        date: '2026-09-15',
        status: 'missed',
        reason: 'x',
      }),
    ).toThrow('already marked cancelled (Unit closed for a drill). Remove that mark first');
    expect(counts(s.ctx)).toEqual(before);
  });

  it('cancels a meeting still to come, but will not call it missed before its day', () => {
    const s = setUpMeetings();
    setToday(s.clock, '2026-09-28');
    expect(() =>
      markMissed(s.ctx, {
        pairingId: s.pairing.id,
        date: '2026-10-06',
        status: 'missed',
        reason: 'x',
      }),
    ).toThrow(
      'A meeting cannot be missed before its day (2026-10-06); mark it cancelled if it will not happen.',
    );
    const mark = markMissed(s.ctx, {
      pairingId: s.pairing.id,
      date: '2026-10-06',
      status: 'cancelled',
      reason: 'Mentor on annual leave',
    });
    const m = overview(s);
    expect(m.expected.find((e) => e.date === '2026-10-06')).toMatchObject({
      state: 'cancelled',
      markId: mark.id,
      reason: 'Mentor on annual leave',
    });
    // Not counted until its day comes.
    expect(m.compliance.cancelled).toBe(0);
    setToday(s.clock, '2026-10-13');
    expect(overview(s).compliance.cancelled).toBe(1);
  });

  it('lets a mark be removed so the meeting can be logged as held instead', () => {
    const s = setUpMeetings();
    setToday(s.clock, '2026-09-28');
    const mark = markMissed(s.ctx, {
      pairingId: s.pairing.id,
      date: '2026-09-22',
      status: 'missed',
      reason: 'No show',
    });
    removeMeeting(s.ctx, mark.id);
    logMeeting(s.ctx, heldMeeting(s.pairing.id, '2026-09-23'));
    expect(overview(s).expected[3]).toMatchObject({
      date: '2026-09-22',
      state: 'held',
      markId: null,
    });
  });
});
