import { parseQuantity, type GoalView } from '../../../shared/domain/goals';
import type { Problem } from '../../../shared/result';
import { write, type WriteContext, type WriteTx } from '../db/write';
import { openGoal } from './milestones';
import { getGoalView, getProgressEntry } from './rows';
import { pastDayProblems, refuse, within } from './validate';

export interface ProgressInput {
  goalId: number;
  date: string;
  /** As typed: a number, or a number followed by the goal's unit. */
  value: string | number;
  note: string;
}

function valueProblems(
  value: string | number,
  unit: string,
): { value: number | null; problems: Problem[] } {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { value, problems: [] }
      : {
          value: null,
          problems: [
            {
              field: 'value',
              value: String(value),
              message: `not a number; enter a number in ${unit}`,
            },
          ],
        };
  }
  const parsed = parseQuantity(value, unit);
  return parsed.ok
    ? { value: parsed.value, problems: [] }
    : { value: null, problems: [{ field: 'value', value, message: parsed.message }] };
}

/**
 * Records where the goal stands on a day: a number in the goal's unit, on a day that has
 * happened, on or after the goal's start and within the pairing; who recorded it is kept.
 */
export function recordProgress(ctx: WriteContext, input: ProgressInput): GoalView {
  const checked = checkProgress(ctx, input);
  return write(ctx, (tx) => insertProgressInTransaction(ctx, tx, checked));
}

/** A progress entry checked against its goal and pairing, ready to insert. */
export interface CheckedProgress {
  goal: GoalView;
  today: string;
  date: string;
  value: number;
  note: string | null;
}

/** Refuses an entry that is not a number in the goal's unit or not on a day that fits. */
export function checkProgress(ctx: WriteContext, input: ProgressInput): CheckedProgress {
  const { goal, pairing, today } = openGoal(ctx, input.goalId);
  const parsed = valueProblems(input.value, goal.unit);
  const problems = [
    ...parsed.problems,
    ...pastDayProblems('date', input.date, goal, today, 'the date'),
    ...(input.date <= today ? within(pairing, 'date', input.date, 'the date') : []),
  ];
  if (problems.length > 0 || parsed.value === null) refuse('The progress entry', problems);
  const note = input.note.trim() === '' ? null : input.note.trim();
  return { goal, today, date: input.date, value: parsed.value, note };
}

/** Inserts a checked entry. Expects the caller's transaction. */
export function insertProgressInTransaction(
  ctx: WriteContext,
  tx: WriteTx,
  { goal, today, date, value, note }: CheckedProgress,
): GoalView {
  const { lastInsertRowid } = tx.db
    .prepare(
      'INSERT INTO goal_progress (goal_id, date, value, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(goal.id, date, value, note, ctx.actor.name, tx.at);
  const after = getGoalView(tx.db, goal.id, today);
  tx.audit({
    entity: 'goal_progress',
    entityId: Number(lastInsertRowid),
    action: 'create',
    before: { goalId: goal.id, status: goal.status },
    after: { goalId: goal.id, date, value, unit: goal.unit, note, status: after.status },
  });
  return after;
}

/** Takes back a mistaken entry; the audit trail keeps what it said. */
export function removeProgress(ctx: WriteContext, id: number): GoalView {
  const entry = getProgressEntry(ctx.db, id);
  const { goal, today } = openGoal(ctx, entry.goalId);
  return write(ctx, (tx) => {
    tx.db.prepare('DELETE FROM goal_progress WHERE id = ?').run(id);
    tx.audit({
      entity: 'goal_progress',
      entityId: id,
      action: 'delete',
      before: entry,
      after: null,
    });
    return getGoalView(tx.db, goal.id, today);
  });
}
