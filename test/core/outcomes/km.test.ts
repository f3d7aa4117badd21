import { describe, expect, it } from 'vitest';
import { interval, kaplanMeier, survivalAt } from '../../../electron/core/outcomes/km';
import { subjectOf, survivalGroup } from '../../../electron/core/outcomes/retention';

const Z = 1.959963984540054;

describe('Kaplan–Meier against hand-worked cases', () => {
  // Days followed: 1 left; 2 censored; 3 left, 3 left, 3 censored (tie: the censored one was
  // still at risk when the two left); 5 left.
  const subjects = [
    { days: 1, left: true },
    { days: 2, left: false },
    { days: 3, left: true },
    { days: 3, left: true },
    { days: 3, left: false },
    { days: 5, left: true },
  ];

  it('steps by (n − d) / n at each distinct time, censored staying at risk on a tie', () => {
    const steps = kaplanMeier(subjects);
    expect(steps.map((s) => [s.day, s.atRisk, s.events, s.censored])).toEqual([
      [1, 6, 1, 0],
      [2, 5, 0, 1],
      [3, 4, 2, 1],
      [5, 1, 1, 0],
    ]);
    expect(steps[0]?.survival).toBeCloseTo(5 / 6, 12);
    expect(steps[1]?.survival).toBeCloseTo(5 / 6, 12); // censoring does not drop the curve
    expect(steps[2]?.survival).toBeCloseTo((5 / 6) * (2 / 4), 12);
    expect(steps[3]?.survival).toBe(0);
  });

  it("accumulates Greenwood's sum d / (n (n − d))", () => {
    const steps = kaplanMeier(subjects);
    expect(steps[0]?.greenwood).toBeCloseTo(1 / 30, 12);
    expect(steps[2]?.greenwood).toBeCloseTo(1 / 30 + 2 / 8, 12);
  });

  it('gives the log(−log) 95% interval between two events', () => {
    const s = 5 / 12;
    const g = 1 / 30 + 1 / 4;
    const sigma = Math.sqrt(g) / Math.abs(Math.log(s));
    const at4 = survivalAt(kaplanMeier(subjects), 4);
    expect(at4?.survival).toBeCloseTo(s, 12);
    expect(at4?.lower).toBeCloseTo(s ** Math.exp(Z * sigma), 10);
    expect(at4?.upper).toBeCloseTo(s ** Math.exp(-Z * sigma), 10);
    // By hand: σ = √(17/60) / |ln(5/12)| = 0.6080; lower = (5/12)^e^(1.96σ) = 0.0560,
    // upper = (5/12)^e^(−1.96σ) = 0.7665.
    expect(at4?.lower).toBeCloseTo(0.056, 3);
    expect(at4?.upper).toBeCloseTo(0.7665, 3);
  });

  it('says nothing past the last observation, and 1 before the first event', () => {
    const steps = kaplanMeier(subjects);
    expect(survivalAt(steps, 6)).toBeNull();
    expect(survivalAt(steps, 0)).toEqual({ survival: 1, lower: 1, upper: 1 });
  });

  it('keeps everyone at 1 when nobody left (all censored, not retained forever)', () => {
    const steps = kaplanMeier([
      { days: 10, left: false },
      { days: 400, left: false },
    ]);
    expect(steps.every((s) => s.survival === 1)).toBe(true);
    expect(survivalAt(steps, 365)?.survival).toBe(1);
    expect(survivalAt(steps, 401)).toBeNull();
  });

  it('bounds the interval inside 0..1', () => {
    const { lower, upper } = interval(0.2, 0.5);
    expect(lower).toBeGreaterThan(0);
    expect(upper).toBeLessThan(1);
    expect(interval(1, 0)).toEqual({ lower: 1, upper: 1 });
  });
});

describe('follow-up of one person', () => {
  it('ends at the end date for a leaver and is censored today otherwise', () => {
    expect(
      subjectOf({ start: '2026-01-01', end_date: '2026-01-31', status: 'left' }, '2026-06-01'),
    ).toEqual({ days: 30, left: true });
    expect(
      subjectOf({ start: '2026-01-01', end_date: null, status: 'active' }, '2026-01-11'),
    ).toEqual({ days: 10, left: false });
    expect(
      subjectOf({ start: '2026-02-01', end_date: null, status: 'active' }, '2026-01-11'),
    ).toBeNull();
  });

  it('reports the 6, 12 and 24-month figures with their numbers at risk', () => {
    const year = (n: number) => Math.round(n * 365.25);
    const group = survivalGroup('g', [
      { days: 100, left: true },
      { days: year(1.5), left: false },
      { days: year(3), left: false },
      { days: year(3), left: true },
    ]);
    const [six, twelve, twentyFour] = group.figures;
    expect(six?.survival).toBeCloseTo(3 / 4, 12);
    expect(twelve?.atRisk).toBe(3);
    expect(twentyFour?.atRisk).toBe(2);
    expect(twentyFour?.survival).toBeCloseTo(3 / 4, 12);
    expect(group.n).toBe(4);
    expect(group.left).toBe(2);
  });
});
