import { describe, expect, it } from 'vitest';
import {
  buildSchedule,
  inactivity,
  type RecordFact,
} from '../../../electron/core/meetings/schedule';

let nextId = 1;
const held = (date: string): RecordFact => ({ id: nextId++, status: 'held', date, reason: null });
const marked = (
  date: string,
  status: 'missed' | 'cancelled',
  reason = 'Short-staffed',
): RecordFact => ({ id: nextId++, status, date, reason });

/** Weekly from Monday 2 Nov 2026; "today" is Wednesday 25 Nov: four weeks have begun. */
function weekly(records: RecordFact[], today = '2026-11-25') {
  return buildSchedule({
    anchor: '2026-11-02',
    cadence: 'weekly',
    stretches: [{ from: '2026-11-02', until: '2027-01-01' }],
    records,
    today,
    horizon: '2027-12-31',
  });
}

describe('expected meetings against what was recorded', () => {
  it('counts a meeting held any day of its week, not only on the expected day', () => {
    const s = weekly([held('2026-11-04')]);
    expect(s.expected[0]).toMatchObject({
      date: '2026-11-02',
      until: '2026-11-08',
      state: 'held',
      heldOn: ['2026-11-04'],
    });
  });

  it('gives each expected meeting its state: held, missed, cancelled, overdue, due, planned', () => {
    const s = weekly([
      held('2026-11-02'),
      marked('2026-11-09', 'missed'),
      marked('2026-11-30', 'cancelled', 'Unit closed'),
    ]);
    expect(s.expected.slice(0, 6).map((e) => [e.date, e.state])).toEqual([
      ['2026-11-02', 'held'],
      ['2026-11-09', 'missed'],
      ['2026-11-16', 'overdue'],
      ['2026-11-23', 'due'],
      ['2026-11-30', 'cancelled'],
      ['2026-12-07', 'planned'],
    ]);
    expect(s.expected[1]?.reason).toBe('Short-staffed');
  });

  it('compares held with expected so far, leaving out the week still running and meetings to come', () => {
    const s = weekly([
      held('2026-11-02'),
      marked('2026-11-09', 'missed'),
      marked('2026-11-30', 'cancelled', 'Unit closed'),
    ]);
    expect(s.compliance).toMatchObject({
      expectedSoFar: 3,
      held: 1,
      missed: 1,
      cancelled: 0,
      overdue: 1,
      percent: 33,
      lastHeld: '2026-11-02',
    });
    expect(s.compliance.nextDue).toMatchObject({
      date: '2026-11-23',
      state: 'due',
      until: '2026-11-29',
    });
    expect(s.overdue).toBe(true);
  });

  it('counts the running week once its meeting is held', () => {
    const before = weekly([held('2026-11-02'), held('2026-11-10'), held('2026-11-17')]);
    expect(before.compliance).toMatchObject({ expectedSoFar: 3, held: 3, percent: 100 });
    const after = weekly([
      held('2026-11-02'),
      held('2026-11-10'),
      held('2026-11-17'),
      held('2026-11-24'),
    ]);
    expect(after.compliance).toMatchObject({ expectedSoFar: 4, held: 4, percent: 100, overdue: 0 });
    expect(after.compliance.nextDue?.date).toBe('2026-11-30');
    expect(after.overdue).toBe(false);
  });

  it('counts a second meeting in the same week as extra, not as another expected one', () => {
    const s = weekly([held('2026-11-02'), held('2026-11-05')]);
    expect(s.compliance).toMatchObject({ held: 1, extra: 1 });
  });

  it('has nothing expected so far on the first day, and no percentage to show', () => {
    const s = weekly([], '2026-11-02');
    expect(s.compliance).toMatchObject({ expectedSoFar: 0, percent: null, overdue: 0 });
    expect(s.compliance.nextDue).toMatchObject({ date: '2026-11-02', state: 'due' });
  });

  it('prefers a held meeting over a mark in the same period (cancelled, then met later that week)', () => {
    const s = weekly([marked('2026-11-02', 'cancelled', 'Mentor off sick'), held('2026-11-06')]);
    expect(s.expected[0]).toMatchObject({ state: 'held', reason: 'Mentor off sick' });
  });
});

describe('going without meetings', () => {
  const base = {
    startDate: '2026-09-07',
    cadence: 'weekly' as const,
    inactivityDays: 90,
    status: 'active' as const,
  };

  it('flags no meeting for twice the cadence from the last held meeting', () => {
    const stretches = [{ from: '2026-09-07', until: null }];
    expect(
      inactivity({ ...base, stretches, lastHeld: '2026-11-10', today: '2026-11-23' }),
    ).toMatchObject({ activeDaysSinceMeeting: 13, noMeetingForTwiceCadence: false });
    expect(
      inactivity({ ...base, stretches, lastHeld: '2026-11-09', today: '2026-11-23' }),
    ).toMatchObject({ activeDaysSinceMeeting: 14, noMeetingForTwiceCadence: true });
  });

  it('does not count paused days against twice the cadence, but does count them for inactivity', () => {
    const stretches = [
      { from: '2026-09-07', until: '2026-10-01' },
      { from: '2026-11-16', until: null },
    ];
    const r = inactivity({ ...base, stretches, lastHeld: '2026-09-28', today: '2026-11-23' });
    expect(r).toMatchObject({
      daysSinceMeeting: 56,
      activeDaysSinceMeeting: 3 + 7,
      noMeetingForTwiceCadence: false,
      inactive: false,
    });
  });

  it('counts from the start when nothing was ever held, and flags inactivity at the threshold', () => {
    const stretches = [{ from: '2026-09-07', until: null }];
    const r = inactivity({ ...base, stretches, lastHeld: null, today: '2026-12-06' });
    expect(r).toMatchObject({
      daysSinceMeeting: 90,
      noMeetingForTwiceCadence: true,
      inactive: true,
    });
    expect(inactivity({ ...base, stretches, lastHeld: null, today: '2026-12-05' }).inactive).toBe(
      false,
    );
    expect(
      inactivity({ ...base, inactivityDays: 60, stretches, lastHeld: null, today: '2026-11-06' })
        .inactive,
    ).toBe(true);
  });

  it('never flags a paused pairing for twice the cadence', () => {
    const stretches = [{ from: '2026-09-07', until: '2026-11-01' }];
    const r = inactivity({
      ...base,
      status: 'paused',
      stretches,
      lastHeld: '2026-09-14',
      today: '2026-11-23',
    });
    expect(r).toMatchObject({ noMeetingForTwiceCadence: false, activeDaysSinceMeeting: 48 });
  });
});
