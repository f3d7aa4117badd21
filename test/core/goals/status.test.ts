import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import {
  achievedOn,
  goalStatus,
  projectedValue,
  type StatusGoal,
} from '../../../electron/core/goals/status';

/** 0 → 10 from 2027-01-01, due 2027-03-02 (60 days later). */
const up: StatusGoal = {
  baseline: 0,
  target: 10,
  startDate: '2027-01-01',
  dueDate: '2027-03-02',
  droppedAt: null,
};
/** "Reduce charting errors": 8 → 1 a week over the same 60 days. */
const down: StatusGoal = { ...up, baseline: 8, target: 1 };

let nextId = 1;
const entry = (daysAfterStart: number, value: number) => ({
  id: nextId++,
  date: addDays('2027-01-01', daysAfterStart),
  value,
});
const day = (daysAfterStart: number) => addDays('2027-01-01', daysAfterStart);

describe('goalStatus: derived from the dates, the progress and the day asked about', () => {
  it('is not started until the first progress entry, then overdue the day after it is due', () => {
    expect(goalStatus(up, [], day(0))).toBe('not_started');
    expect(goalStatus(up, [], day(60))).toBe('not_started');
    expect(goalStatus(up, [], day(61))).toBe('overdue');
  });

  it('is on track while the straight line from the baseline through the latest value reaches the target', () => {
    // 3 after 15 days projects to 12 by day 60.
    expect(goalStatus(up, [entry(15, 3)], day(20))).toBe('on_track');
    expect(projectedValue(up, [entry(15, 3)], day(20))).toBe(12);
  });

  it('is at risk when the projection falls short, and recovers when progress picks up', () => {
    const slow = entry(20, 2); // projects to 6
    expect(goalStatus(up, [slow], day(25))).toBe('at_risk');
    expect(projectedValue(up, [slow], day(25))).toBe(6);
    const faster = entry(40, 7); // projects to 10.5
    expect(goalStatus(up, [slow, faster], day(41))).toBe('on_track');
  });

  it('counts only what was known on the day asked about', () => {
    const progress = [entry(10, 1), entry(30, 10)];
    expect(goalStatus(up, progress, day(5))).toBe('not_started');
    expect(goalStatus(up, progress, day(10))).toBe('at_risk'); // 1 after 10 days projects to 6
    expect(goalStatus(up, progress, day(30))).toBe('achieved');
  });

  it('is achieved when the latest value reaches the target, even after the due date', () => {
    expect(goalStatus(up, [entry(70, 10)], day(75))).toBe('achieved');
    expect(goalStatus(up, [entry(50, 12)], day(90))).toBe('achieved');
  });

  it('follows the latest value: a later entry below the target is no longer achieved', () => {
    const progress = [entry(30, 10), entry(40, 8)];
    expect(goalStatus(up, progress, day(35))).toBe('achieved');
    expect(goalStatus(up, progress, day(45))).toBe('on_track'); // 8 after 40 days projects to 12
    expect(goalStatus(up, progress, day(61))).toBe('overdue');
  });

  it('takes the entry recorded last when two share a day', () => {
    const first = { id: 100, date: day(20), value: 10 };
    const correction = { id: 101, date: day(20), value: 2 };
    expect(goalStatus(up, [correction, first], day(21))).toBe('at_risk');
  });

  it('works downwards for targets below the baseline', () => {
    expect(goalStatus(down, [entry(30, 6)], day(31))).toBe('at_risk'); // projects to 4 errors
    expect(goalStatus(down, [entry(30, 4)], day(31))).toBe('on_track'); // projects to 0
    expect(goalStatus(down, [entry(30, 1)], day(31))).toBe('achieved');
    expect(goalStatus(down, [entry(30, 0)], day(31))).toBe('achieved');
    expect(goalStatus(down, [entry(30, 9)], day(31))).toBe('at_risk'); // got worse
  });

  it('is at risk when the value moved the wrong way', () => {
    expect(goalStatus({ ...up, baseline: 2 }, [entry(10, 1)], day(11))).toBe('at_risk');
  });

  it('cannot project from an entry on the start day, so it is on track until there is a pace', () => {
    expect(goalStatus(up, [entry(0, 1)], day(0))).toBe('on_track');
    expect(projectedValue(up, [entry(0, 1)], day(0))).toBeNull();
  });

  it('does not let floating point turn an exact projection into a miss', () => {
    // 0.7 a day for 90 days is 63, though 0.7 × 90 is 62.99999999999999 in floating point.
    const goal: StatusGoal = { ...up, target: 63, dueDate: day(90) };
    expect(goalStatus(goal, [entry(1, 0.7)], day(1))).toBe('on_track');
  });

  it('is dropped from the day it was dropped, unless the target was already reached', () => {
    const dropped = { ...up, droppedAt: `${day(20)}T10:00:00.000Z` };
    expect(goalStatus(dropped, [entry(10, 1)], day(19))).toBe('at_risk');
    expect(goalStatus(dropped, [entry(10, 1)], day(20))).toBe('dropped');
    expect(goalStatus(dropped, [], day(90))).toBe('dropped'); // not overdue
    expect(goalStatus(dropped, [entry(10, 10)], day(30))).toBe('achieved');
  });

  it('dates an achievement by the first of the latest entries that all reach the target', () => {
    const progress = [entry(10, 10), entry(20, 7), entry(30, 10), entry(40, 11)];
    expect(achievedOn(up, progress, day(50))).toBe(day(30));
    expect(achievedOn(up, progress, day(15))).toBe(day(10));
    expect(achievedOn(up, progress, day(25))).toBeNull();
  });
});
