/**
 * Kaplan–Meier survival, pure: no database, so it can be checked against hand-worked cases.
 * Time is in days. Confidence intervals use Greenwood's variance on the log(-log S) scale
 * (Kalbfleisch–Prentice), which keeps both bounds inside 0–1 unlike the plain interval.
 */

/** One person: how long they were followed, and whether that ended in leaving (the event). */
export interface Subject {
  days: number;
  left: boolean;
}

/** The curve after one distinct event time. */
export interface KmStep {
  day: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
  /** Greenwood's sum Σ d / (n (n − d)) up to and including this time. */
  greenwood: number;
}

export interface KmEstimate {
  survival: number;
  lower: number;
  upper: number;
}

const Z95 = 1.959963984540054;

/**
 * The curve's steps at every distinct time someone left or was censored. At a tie, those who
 * left are counted before those censored on the same day (the usual convention: the censored
 * were still at risk when the others left).
 */
export function kaplanMeier(subjects: readonly Subject[]): KmStep[] {
  const byDay = new Map<number, { events: number; censored: number }>();
  for (const s of subjects) {
    if (!Number.isFinite(s.days) || s.days < 0) continue;
    const at = byDay.get(s.days) ?? { events: 0, censored: 0 };
    if (s.left) at.events += 1;
    else at.censored += 1;
    byDay.set(s.days, at);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  let atRisk = [...byDay.values()].reduce((n, d) => n + d.events + d.censored, 0);
  let survival = 1;
  let greenwood = 0;
  const steps: KmStep[] = [];
  for (const day of days) {
    const { events, censored } = byDay.get(day) ?? { events: 0, censored: 0 };
    if (events > 0) {
      survival *= 1 - events / atRisk;
      // When everyone at risk leaves the variance term is undefined; survival is then 0.
      greenwood += atRisk > events ? events / (atRisk * (atRisk - events)) : Infinity;
    }
    steps.push({ day, atRisk, events, censored, survival, greenwood });
    atRisk -= events + censored;
  }
  return steps;
}

/**
 * Survival at a day with its 95% interval, or null when nobody was still followed on that day
 * (the curve says nothing past its last observation).
 */
export function survivalAt(steps: readonly KmStep[], day: number): KmEstimate | null {
  const last = steps.at(-1);
  if (!last || last.day < day) return null;
  let s = 1;
  let g = 0;
  for (const step of steps) {
    if (step.day > day) break;
    s = step.survival;
    g = step.greenwood;
  }
  return { survival: s, ...interval(s, g) };
}

/** Kalbfleisch–Prentice: exp(±z·σ) on log(−log S), σ² = Greenwood / (log S)². */
export function interval(s: number, greenwood: number): { lower: number; upper: number } {
  if (s >= 1) return { lower: 1, upper: 1 };
  if (s <= 0 || !Number.isFinite(greenwood)) return { lower: 0, upper: 0 };
  const logS = Math.log(s);
  const sigma = Math.sqrt(greenwood) / Math.abs(logS);
  return {
    lower: Math.pow(s, Math.exp(Z95 * sigma)),
    upper: Math.pow(s, Math.exp(-Z95 * sigma)),
  };
}

/** How many were still followed (at risk) at the start of each given day. */
export function atRiskAt(subjects: readonly Subject[], day: number): number {
  return subjects.filter((s) => s.days >= day).length;
}

/** Average days per month, so "12 months" is a year whatever month it starts in. */
export const DAYS_PER_MONTH = 365.25 / 12;
