import type { Goal, GoalPairing } from '../../../shared/domain/goals';
import { PAIRING_STATUS_LABELS, type PairingStatus } from '../../../shared/domain/pairings';
import { TandemError, type Problem } from '../../../shared/result';

/**
 * The rules a goal keeps beyond the shape of its fields: dates inside the pairing, a target
 * that differs from the baseline, milestones inside the goal, progress that has happened.
 * Every check returns all its problems at once, so a form can mark every wrong field.
 */

/** Why this pairing's goals cannot change now, or null when they can. */
export function readOnlyReason(p: GoalPairing): string | null {
  const status = p.status as PairingStatus;
  if (status === 'active' || status === 'paused') return null;
  if (status === 'proposed' || p.startDate === null) {
    return 'This pairing is still a proposal: goals can be set once it is accepted and has dates.';
  }
  const label = PAIRING_STATUS_LABELS[status].toLowerCase();
  const reopen =
    status === 'completed' ? ' Re-open the pairing (extend its end date) to change them.' : '';
  return `This pairing is ${label}: its goals are kept as they were and can no longer change.${reopen}`;
}

export function assertEditable(p: GoalPairing): asserts p is GoalPairing & { startDate: string } {
  const reason = readOnlyReason(p);
  if (reason !== null) throw new TandemError('rule_violation', reason);
}

export function assertNotDropped(goal: Goal): void {
  if (goal.droppedAt === null) return;
  throw new TandemError(
    'rule_violation',
    `The goal “${goal.title}” was dropped on ${goal.droppedAt.slice(0, 10)} (${goal.dropReason ?? ''}); it can no longer change.`,
  );
}

/** Refuses a save with every problem: the message reads on its own, the problems mark fields. */
export function refuse(what: string, problems: Problem[]): never {
  throw new TandemError(
    'invalid_input',
    `${what} was not saved: ${problems.map((p) => p.message).join('; ')}.`,
    { problems },
  );
}

export function within(
  pairing: GoalPairing & { startDate: string },
  field: string,
  day: string,
  what: string,
): Problem[] {
  if (day < pairing.startDate) {
    return [
      {
        field,
        value: day,
        message: `${what} ${day} is before the pairing starts (${pairing.startDate})`,
      },
    ];
  }
  if (pairing.endDate !== null && day > pairing.endDate) {
    return [
      {
        field,
        value: day,
        message: `${what} ${day} is after the pairing ends (${pairing.endDate})`,
      },
    ];
  }
  return [];
}

export interface GoalShape {
  baseline: number;
  target: number;
  unit: string;
  dueDate: string;
}

/** A goal's own rules, with `start` already resolved (given, or the pairing's start). */
export function goalProblems(
  goal: GoalShape,
  start: string,
  pairing: GoalPairing & { startDate: string },
): Problem[] {
  const problems: Problem[] = [];
  if (goal.target === goal.baseline) {
    problems.push({
      field: 'target',
      value: String(goal.target),
      message: `the target equals the baseline (${goal.baseline} ${goal.unit}); a goal must move the measure up or down`,
    });
  }
  problems.push(...within(pairing, 'startDate', start, 'the start date'));
  if (goal.dueDate <= start) {
    const when = goal.dueDate < start ? 'is before' : 'is the same day as';
    problems.push({
      field: 'dueDate',
      value: goal.dueDate,
      message: `the due date ${goal.dueDate} ${when} the start (${start}); it must come after it`,
    });
  } else {
    problems.push(...within(pairing, 'dueDate', goal.dueDate, 'the due date'));
  }
  return problems;
}

/** One milestone against its goal's dates and the pairing's. */
export function milestoneProblems(
  milestone: { title: string; dueDate: string },
  goal: { startDate: string; dueDate: string },
  pairing: GoalPairing & { startDate: string },
  field: string,
): Problem[] {
  const day = milestone.dueDate;
  const what = `milestone “${milestone.title}” is due ${day}`;
  const outside = within(pairing, field, day, `milestone “${milestone.title}”: the date`);
  if (outside.length > 0) return outside;
  if (day > goal.dueDate)
    return [{ field, value: day, message: `${what}, after the goal's due date (${goal.dueDate})` }];
  if (day < goal.startDate)
    return [{ field, value: day, message: `${what}, before the goal starts (${goal.startDate})` }];
  return [];
}

/** A day something happened (progress, a milestone reached): not in the future, not before the start. */
export function pastDayProblems(
  field: string,
  day: string,
  goal: { startDate: string },
  today: string,
  what: string,
): Problem[] {
  if (day > today)
    return [{ field, value: day, message: `${what} ${day} is in the future (today is ${today})` }];
  if (day < goal.startDate)
    return [
      {
        field,
        value: day,
        message: `${what} ${day} is before the goal starts (${goal.startDate})`,
      },
    ];
  return [];
}
