import { describe, expect, it } from 'vitest';
import { groupSatisfaction, quarterOf } from '../../../electron/core/outcomes/satisfaction';

const r = (answeredOn: string, score: number, programId = 1) => ({
  programId,
  programName: programId === 1 ? 'Residency' : 'Leadership',
  answeredOn,
  score,
});

describe('satisfaction per program and quarter', () => {
  it('names the quarter a day falls in', () => {
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('averages three or more responses and withholds the average under three, keeping the count', () => {
    const cells = groupSatisfaction([
      r('2026-01-10', 80),
      r('2026-02-10', 90),
      r('2026-03-10', 70),
      r('2026-04-10', 100),
      r('2026-05-10', 20),
      r('2026-05-10', 60, 2),
    ]);
    expect(cells).toEqual([
      { programId: 1, programName: 'Residency', quarter: '2026-Q1', responses: 3, average: 80 },
      { programId: 2, programName: 'Leadership', quarter: '2026-Q2', responses: 1, average: null },
      { programId: 1, programName: 'Residency', quarter: '2026-Q2', responses: 2, average: null },
    ]);
  });
});
