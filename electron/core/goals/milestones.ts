import type { GoalView, MilestoneInput } from '../../../shared/domain/goals';
import { todayOf, write, type WriteContext } from '../db/write';
import { getGoalView, getMilestone, goalPairing } from './rows';
import { insertMilestoneInTransaction } from './service';
import {
  assertEditable,
  assertNotDropped,
  milestoneProblems,
  pastDayProblems,
  refuse,
} from './validate';

/** The goal a change belongs to, checked to be open for change, with its pairing. */
export function openGoal(ctx: WriteContext, goalId: number) {
  const today = todayOf(ctx);
  const goal = getGoalView(ctx.db, goalId, today);
  assertNotDropped(goal);
  const pairing = goalPairing(ctx.db, goal.pairingId);
  assertEditable(pairing);
  return { goal, pairing, today };
}

export function addMilestone(ctx: WriteContext, goalId: number, input: MilestoneInput): GoalView {
  const { goal, pairing, today } = openGoal(ctx, goalId);
  const problems = milestoneProblems(input, goal, pairing, 'dueDate');
  if (problems.length > 0) refuse('The milestone', problems);
  return write(ctx, (tx) => {
    const id = insertMilestoneInTransaction(tx, goalId, input);
    tx.audit({
      entity: 'goal_milestone',
      entityId: id,
      action: 'create',
      before: null,
      after: { goalId, ...input },
    });
    return getGoalView(tx.db, goalId, today);
  });
}

export function updateMilestone(ctx: WriteContext, id: number, input: MilestoneInput): GoalView {
  const before = getMilestone(ctx.db, id);
  const { goal, pairing, today } = openGoal(ctx, before.goalId);
  const problems = milestoneProblems(input, goal, pairing, 'dueDate');
  if (problems.length > 0) refuse('The milestone', problems);
  if (before.title === input.title && before.dueDate === input.dueDate) return goal;
  return write(ctx, (tx) => {
    tx.db
      .prepare('UPDATE goal_milestones SET title = ?, due_date = ?, updated_at = ? WHERE id = ?')
      .run(input.title, input.dueDate, tx.at, id);
    tx.audit({
      entity: 'goal_milestone',
      entityId: id,
      action: 'update',
      before: { title: before.title, dueDate: before.dueDate },
      after: { title: input.title, dueDate: input.dueDate },
    });
    return getGoalView(tx.db, goal.id, today);
  });
}

/** Marks a milestone achieved on a day that has happened (or clears it with null). */
export function setMilestoneAchieved(
  ctx: WriteContext,
  id: number,
  achievedOn: string | null,
): GoalView {
  const before = getMilestone(ctx.db, id);
  const { goal, today } = openGoal(ctx, before.goalId);
  if (achievedOn !== null) {
    const problems = pastDayProblems('achievedOn', achievedOn, goal, today, 'the achievement date');
    if (problems.length > 0) refuse(`Milestone “${before.title}”`, problems);
  }
  if (before.achievedOn === achievedOn) return goal;
  return write(ctx, (tx) => {
    tx.db
      .prepare('UPDATE goal_milestones SET achieved_on = ?, updated_at = ? WHERE id = ?')
      .run(achievedOn, tx.at, id);
    tx.audit({
      entity: 'goal_milestone',
      entityId: id,
      action: achievedOn === null ? 'unachieve' : 'achieve',
      before: { achievedOn: before.achievedOn },
      after: { achievedOn },
    });
    return getGoalView(tx.db, goal.id, today);
  });
}

export function removeMilestone(ctx: WriteContext, id: number): GoalView {
  const before = getMilestone(ctx.db, id);
  const { goal, today } = openGoal(ctx, before.goalId);
  return write(ctx, (tx) => {
    tx.db.prepare('DELETE FROM goal_milestones WHERE id = ?').run(id);
    tx.audit({ entity: 'goal_milestone', entityId: id, action: 'delete', before, after: null });
    return getGoalView(tx.db, goal.id, today);
  });
}
