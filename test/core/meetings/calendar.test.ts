import { describe, expect, it } from 'vitest';
import {
  activeDaysBetween,
  activeStretches,
  addMonths,
  cadenceDay,
  expectedDays,
  twiceCadenceDays,
  type StatusChange,
} from '../../../electron/core/meetings/calendar';

const at = (day: string, time = '10:00') => `${day}T${time}:00.000Z`;
const change = (from: StatusChange['from'], to: StatusChange['to'], day: string): StatusChange => ({
  from,
  to,
  at: at(day),
});
const activated = (day: string) => [
  change(null, 'proposed', day),
  change('proposed', 'active', day),
];
const series = (anchor: string, cadence: 'weekly' | 'biweekly' | 'monthly', n: number) =>
  Array.from({ length: n }, (_, k) => cadenceDay(anchor, cadence, k));

describe('cadence days', () => {
  it('steps weekly and biweekly across month and year ends', () => {
    expect(series('2026-12-21', 'weekly', 3)).toEqual(['2026-12-21', '2026-12-28', '2027-01-04']);
    expect(series('2026-10-26', 'biweekly', 3)).toEqual(['2026-10-26', '2026-11-09', '2026-11-23']);
  });

  it('keeps the same day each month, clamped at month ends: Jan 31 → Feb 28 → Mar 31', () => {
    expect(series('2027-01-31', 'monthly', 5)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
    ]);
  });

  it('uses Feb 29 in leap years, and Feb 28 otherwise', () => {
    expect(series('2028-01-30', 'monthly', 3)).toEqual(['2028-01-30', '2028-02-29', '2028-03-30']);
    expect(cadenceDay('2028-02-29', 'monthly', 12)).toBe('2029-02-28');
    expect(cadenceDay('2028-02-29', 'monthly', 48)).toBe('2032-02-29');
    // 2100 is not a leap year (divisible by 100, not by 400); 2000 was.
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
  });

  it('crosses year ends forwards and backwards', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-01-15', -2)).toBe('2026-11-15');
  });

  it('measures twice the cadence in days, months by the calendar', () => {
    expect(twiceCadenceDays('2026-11-02', 'weekly')).toBe(14);
    expect(twiceCadenceDays('2026-11-02', 'biweekly')).toBe(28);
    expect(twiceCadenceDays('2026-12-31', 'monthly')).toBe(59); // to 2027-02-28
    expect(twiceCadenceDays('2027-07-01', 'monthly')).toBe(62); // July and August
  });
});

describe('active stretches of a pairing', () => {
  const dates = { startDate: '2026-09-01', endDate: '2027-08-31' };

  it('runs from the start date (not the earlier acceptance) through the planned end', () => {
    expect(activeStretches(dates, activated('2026-08-20'))).toEqual([
      { from: '2026-09-01', until: '2027-09-01' },
    ]);
  });

  it('leaves out a pause, from the day it paused to the day it resumed', () => {
    const changes = [
      ...activated('2026-09-01'),
      change('active', 'paused', '2026-10-05'),
      change('paused', 'active', '2026-11-02'),
    ];
    expect(activeStretches(dates, changes)).toEqual([
      { from: '2026-09-01', until: '2026-10-05' },
      { from: '2026-11-02', until: '2027-09-01' },
    ]);
  });

  it('stops at a pause that has not ended', () => {
    const changes = [...activated('2026-09-01'), change('active', 'paused', '2026-10-05')];
    expect(activeStretches(dates, changes)).toEqual([{ from: '2026-09-01', until: '2026-10-05' }]);
  });

  it('stops on the day it ended early, from active or from paused', () => {
    const ended = [...activated('2026-09-01'), change('active', 'ended_early', '2026-10-20')];
    expect(activeStretches({ startDate: '2026-09-01', endDate: '2026-10-20' }, ended)).toEqual([
      { from: '2026-09-01', until: '2026-10-20' },
    ]);
    const fromPause = [
      ...activated('2026-09-01'),
      change('active', 'paused', '2026-10-05'),
      change('paused', 'ended_early', '2026-10-20'),
    ];
    expect(activeStretches({ startDate: '2026-09-01', endDate: '2026-10-20' }, fromPause)).toEqual([
      { from: '2026-09-01', until: '2026-10-05' },
    ]);
  });

  it('leaves out the time between completing and being re-opened', () => {
    const changes = [
      ...activated('2026-09-01'),
      change('active', 'completed', '2026-12-01'),
      change('completed', 'active', '2026-12-15'),
      change('active', 'active', '2027-01-10'), // an extension: no change of state
    ];
    expect(activeStretches({ startDate: '2026-09-01', endDate: '2027-03-31' }, changes)).toEqual([
      { from: '2026-09-01', until: '2026-12-01' },
      { from: '2026-12-15', until: '2027-04-01' },
    ]);
  });

  it('ignores a pause and resume on the same day, and has nothing before the start', () => {
    const changes = [
      ...activated('2026-09-01'),
      change('active', 'paused', '2026-10-05'),
      { from: 'paused', to: 'active', at: at('2026-10-05', '16:00') } as StatusChange,
    ];
    expect(activeStretches(dates, changes)).toEqual([
      { from: '2026-09-01', until: '2026-10-05' },
      { from: '2026-10-05', until: '2027-09-01' },
    ]);
    expect(
      activeStretches({ startDate: null, endDate: null }, [change(null, 'proposed', '2026-09-01')]),
    ).toEqual([]);
  });
});

describe('expected meetings', () => {
  it('keeps the start day rhythm and drops the meetings that fall in a pause', () => {
    const stretches = [
      { from: '2026-09-07', until: '2026-09-23' }, // paused on a Wednesday
      { from: '2026-10-07', until: '2026-10-27' }, // resumed on a Wednesday
    ];
    expect(expectedDays('2026-09-07', 'weekly', stretches, '2027-01-01')).toEqual([
      { date: '2026-09-07', until: '2026-09-13' },
      { date: '2026-09-14', until: '2026-09-20' },
      // The meeting of 21 Sep has until the pause starts (22 Sep is the last active day).
      { date: '2026-09-21', until: '2026-09-22' },
      { date: '2026-10-12', until: '2026-10-18' },
      { date: '2026-10-19', until: '2026-10-25' },
      { date: '2026-10-26', until: '2026-10-26' },
    ]);
  });

  it('stops at an early end and at the planned end date (which is included)', () => {
    const early = expectedDays(
      '2026-09-01',
      'biweekly',
      [{ from: '2026-09-01', until: '2026-09-29' }],
      '2027-01-01',
    );
    expect(early.map((d) => d.date)).toEqual(['2026-09-01', '2026-09-15']);
    const planned = expectedDays(
      '2026-09-01',
      'biweekly',
      [{ from: '2026-09-01', until: '2026-09-30' }],
      '2027-01-01',
    );
    expect(planned.map((d) => d.date)).toEqual(['2026-09-01', '2026-09-15', '2026-09-29']);
  });

  it('gives monthly meetings across month ends with their periods', () => {
    const days = expectedDays(
      '2027-01-31',
      'monthly',
      [{ from: '2027-01-31', until: '2027-05-01' }],
      '2028-01-01',
    );
    expect(days).toEqual([
      { date: '2027-01-31', until: '2027-02-27' },
      { date: '2027-02-28', until: '2027-03-30' },
      { date: '2027-03-31', until: '2027-04-29' },
      { date: '2027-04-30', until: '2027-04-30' },
    ]);
  });

  it('continues the original rhythm after a re-opening', () => {
    const stretches = [
      { from: '2026-09-01', until: '2026-09-30' },
      { from: '2026-10-20', until: '2026-11-11' },
    ];
    expect(
      expectedDays('2026-09-01', 'biweekly', stretches, '2027-01-01').map((d) => d.date),
    ).toEqual(['2026-09-01', '2026-09-15', '2026-09-29', '2026-10-27', '2026-11-10']);
  });

  it('cuts an open-ended pairing at the horizon, and gives nothing without active time', () => {
    const days = expectedDays(
      '2026-11-02',
      'weekly',
      [{ from: '2026-11-02', until: null }],
      '2026-11-30',
    );
    expect(days.map((d) => d.date)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(expectedDays('2026-11-02', 'weekly', [], '2027-01-01')).toEqual([]);
  });

  it('counts active days between two days, leaving out pauses', () => {
    const stretches = [
      { from: '2026-09-01', until: '2026-09-10' },
      { from: '2026-10-01', until: null },
    ];
    expect(activeDaysBetween('2026-09-05', '2026-10-05', stretches)).toBe(5 + 4);
    expect(activeDaysBetween('2026-09-20', '2026-09-25', stretches)).toBe(0);
  });
});
