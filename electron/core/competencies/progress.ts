import {
  COMPETENT_LEVEL,
  type BennerLevel,
  type Standing,
  type TimeToCompetent,
  type TimeToCompetentSummary,
} from '../../../shared/domain/competencies';

/** One sign-off that still counts (not superseded), as standings need it. */
export interface EffectiveSignOff {
  id: number;
  level: BennerLevel;
  date: string;
}

function byDateThenId(a: EffectiveSignOff, b: EffectiveSignOff): number {
  return a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where a person stands in one competency, from the sign-offs that still count: the current
 * level is the latest (by day, then by the order recorded); time to competent runs from the
 * first to the first at competent or above.
 */
export function standingOf(signOffs: readonly EffectiveSignOff[]): Standing {
  const sorted = [...signOffs].sort(byDateThenId);
  const first = sorted[0];
  const latest = sorted.at(-1);
  if (!first || !latest) return { current: null, progress: null };
  return {
    current: { level: latest.level, date: latest.date, signOffId: latest.id },
    progress: timeToCompetent(first, sorted),
  };
}

function timeToCompetent(
  first: EffectiveSignOff,
  sorted: readonly EffectiveSignOff[],
): TimeToCompetent {
  if (first.level >= COMPETENT_LEVEL) return { status: 'started_competent', firstDate: first.date };
  const competent = sorted.find((s) => s.level >= COMPETENT_LEVEL);
  if (!competent) return { status: 'not_yet', firstDate: first.date };
  return {
    status: 'reached',
    firstDate: first.date,
    competentDate: competent.date,
    days: daysBetween(first.date, competent.date),
  };
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Counts and the median over a set of standings (people who were never signed off are left out). */
export function summarise(standings: readonly (Standing | null)[]): TimeToCompetentSummary {
  const days: number[] = [];
  let notYet = 0;
  let startedCompetent = 0;
  for (const s of standings) {
    const p = s?.progress;
    if (!p) continue;
    if (p.status === 'reached') days.push(p.days);
    else if (p.status === 'not_yet') notYet += 1;
    else startedCompetent += 1;
  }
  return { medianDays: median(days), reached: days.length, notYet, startedCompetent };
}
