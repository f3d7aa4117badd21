import { describe, expect, it } from 'vitest';
import {
  formatQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterLabel,
  quarterOf,
  quarterRange,
} from '../../shared/periods';

describe('calendar quarters', () => {
  it('reads YYYY-Qn and nothing else', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarter(' 2027-Q1 ')).toEqual({ year: 2027, quarter: 1 });
    for (const bad of ['2026-Q5', '2026-Q0', 'Q3-2026', '2026Q3', '26-Q3', '2026-q3', ''])
      expect(parseQuarter(bad), bad).toBeNull();
  });

  it('writes a quarter back the way it reads', () => {
    expect(formatQuarter({ year: 2026, quarter: 4 })).toBe('2026-Q4');
    expect(formatQuarter(parseQuarter('2030-Q2') ?? { year: 0, quarter: 0 })).toBe('2030-Q2');
  });

  it('puts each day in its quarter, first and last days included', () => {
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf('2026-09-30')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf('2026-10-01')).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, quarter: 4 });
  });

  it('gives each quarter its first and last day', () => {
    expect(quarterRange({ year: 2026, quarter: 1 })).toEqual({
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(quarterRange({ year: 2026, quarter: 2 })).toEqual({
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(quarterRange({ year: 2026, quarter: 3 })).toEqual({
      start: '2026-07-01',
      end: '2026-09-30',
    });
    // The last quarter ends on 31 December, not on a day of the next year.
    expect(quarterRange({ year: 2026, quarter: 4 })).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
    });
    // February of a leap year is inside Q1 and does not move its end.
    expect(quarterRange({ year: 2028, quarter: 1 }).end).toBe('2028-03-31');
  });

  it('steps to the quarter before and after, across a year', () => {
    expect(previousQuarter({ year: 2027, quarter: 1 })).toEqual({ year: 2026, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
    expect(nextQuarter({ year: 2026, quarter: 4 })).toEqual({ year: 2027, quarter: 1 });
    expect(nextQuarter({ year: 2026, quarter: 2 })).toEqual({ year: 2026, quarter: 3 });
  });

  it('names the months of a quarter for covers and headings', () => {
    expect(quarterLabel({ year: 2026, quarter: 3 })).toBe('July–September 2026');
    expect(quarterLabel({ year: 2027, quarter: 1 })).toBe('January–March 2027');
    expect(quarterLabel({ year: 2026, quarter: 4 })).toBe('October–December 2026');
  });
});
