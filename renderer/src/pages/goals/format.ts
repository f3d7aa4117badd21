import type { GoalView } from '../../../../shared/domain/goals';
import { formatDay } from '../../lib/format';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return number.format(value);
}

/** "5 insertions", "1 error per week", "85%": a value in the goal's unit. */
export function formatValue(value: number, unit: string): string {
  if (unit === '%') return `${number.format(value)}%`;
  // Units are written in the plural; one of them reads better in the singular.
  const words = value === 1 ? unit.replace(/^(\S+?[^s])s\b/, '$1') : unit;
  return `${number.format(value)} ${words}`;
}

/** A short day for chart axes ("Nov 2"), in UTC so no time zone moves it. */
const short = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
export function formatShortDay(day: string): string {
  return short.format(new Date(`${day}T00:00:00Z`));
}

const DAY_MS = 86_400_000;
/** Days since 1970 as a number, so dates can sit on a numeric chart axis. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}
export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Why a goal has its status, in one sentence an educator can act on. */
export function statusReason(goal: GoalView): string {
  const v = (n: number) => formatValue(n, goal.unit);
  const latest = goal.progress.at(-1);
  const due = formatDay(goal.dueDate);
  switch (goal.status) {
    case 'achieved':
      return `Reached ${v(goal.target)} on ${formatDay(goal.achievedOn)}.`;
    case 'dropped':
      return `Reason: ${goal.dropReason ?? ''}`;
    case 'overdue':
      return latest
        ? `Was due ${due}; the latest value is ${v(latest.value)} (${formatDay(latest.date)}), target ${v(goal.target)}.`
        : `Was due ${due}; no progress has been recorded.`;
    case 'not_started':
      return `No progress recorded yet; due ${due}.`;
    case 'at_risk': {
      if (goal.projected === null) return `Behind the target of ${v(goal.target)}.`;
      const short = goal.direction === 'increase' ? 'short of' : 'still above';
      return `At this pace it reaches ${v(goal.projected)} by ${due}, ${short} the target of ${v(goal.target)}.`;
    }
    case 'on_track':
      return goal.projected === null
        ? `Latest ${v(latest?.value ?? goal.baseline)}; too early to project. Due ${due}.`
        : `At this pace it reaches ${v(goal.projected)} by ${due} (target ${v(goal.target)}).`;
  }
}
