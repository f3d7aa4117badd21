import { reachesTarget, type GoalStatus } from '../../../shared/domain/goals';

/** What status derivation needs of a goal. */
export interface StatusGoal {
  baseline: number;
  target: number;
  startDate: string;
  dueDate: string;
  /** The instant it was dropped, or null. */
  droppedAt: string | null;
}

/** What status derivation needs of a progress entry. */
export interface StatusEntry {
  id: number;
  date: string;
  value: number;
}

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Entries as known on `today`, oldest first (same day: in the order they were recorded). */
function asOf<E extends StatusEntry>(progress: readonly E[], today: string): E[] {
  return progress
    .filter((e) => e.date <= today)
    .sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
}

export function latestEntry<E extends StatusEntry>(
  progress: readonly E[],
  today: string,
): E | null {
  return asOf(progress, today).at(-1) ?? null;
}

/**
 * Where the goal lands on its due date if it keeps the pace it has had: the straight line from
 * the baseline on the start date through the latest entry. Null when there is no entry after
 * the start day yet (no pace to project from).
 */
export function projectedValue(
  goal: StatusGoal,
  progress: readonly StatusEntry[],
  today: string,
): number | null {
  const latest = latestEntry(progress, today);
  if (!latest) return null;
  const elapsed = daysBetween(goal.startDate, latest.date);
  if (elapsed <= 0) return null;
  const projected =
    goal.baseline +
    ((latest.value - goal.baseline) * daysBetween(goal.startDate, goal.dueDate)) / elapsed;
  // Rounded so that 9.999999999 from floating point does not count as missing a target of 10.
  return Math.round(projected * 1e6) / 1e6;
}

/**
 * A goal's status on `today`, derived, never stored (DOMAIN.md "Goal"). In order: achieved
 * (the latest value reaches the target in the goal's direction), dropped, overdue (past due,
 * not achieved), not started (no progress yet), at risk (the projection misses the target),
 * on track. Only what was known on `today` counts, so the same goal can be asked about any day.
 */
export function goalStatus(
  goal: StatusGoal,
  progress: readonly StatusEntry[],
  today: string,
): GoalStatus {
  const latest = latestEntry(progress, today);
  if (latest && reachesTarget(goal, latest.value)) return 'achieved';
  if (goal.droppedAt !== null && goal.droppedAt.slice(0, 10) <= today) return 'dropped';
  if (today > goal.dueDate) return 'overdue';
  if (!latest) return 'not_started';
  const projected = projectedValue(goal, progress, today);
  if (projected !== null && !reachesTarget(goal, projected)) return 'at_risk';
  return 'on_track';
}

/**
 * The day an achieved goal reached its target: the first of the latest entries that all reach
 * it (a dip below the target and back starts the count again). Null when it is not achieved.
 */
export function achievedOn(
  goal: StatusGoal,
  progress: readonly StatusEntry[],
  today: string,
): string | null {
  const entries = asOf(progress, today);
  let day: string | null = null;
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i];
    if (!entry || !reachesTarget(goal, entry.value)) break;
    day = entry.date;
  }
  return day;
}
