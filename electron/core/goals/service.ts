import type { z } from 'zod';
import type { GoalFields, GoalView, goalInput, PairingGoals } from '../../../shared/domain/goals';
import { TandemError, type Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';
import { getGoalView, goalPairing, goalViews } from './rows';
import { getTemplate } from './templates';
import {
  assertEditable,
  assertNotDropped,
  goalProblems,
  milestoneProblems,
  readOnlyReason,
  refuse,
} from './validate';

export type ParsedGoal = z.output<typeof goalInput>;

/** The goal tracker of one pairing: its goals with their derived status on `today`. */
export function pairingGoals(db: Db, pairingId: number, today: string): PairingGoals {
  const pairing = goalPairing(db, pairingId);
  return {
    pairing,
    today,
    readOnlyReason: readOnlyReason(pairing),
    goals: goalViews(db, today, 'g.pairing_id = ?', pairingId),
  };
}

const smart = (g: GoalFields & { startDate: string }) => ({
  title: g.title,
  metric: g.metric,
  unit: g.unit,
  baseline: g.baseline,
  target: g.target,
  plan: g.plan,
  relevance: g.relevance,
  startDate: g.startDate,
  dueDate: g.dueDate,
});

/** Inserts one milestone. Expects the caller's transaction. */
export function insertMilestoneInTransaction(
  tx: WriteTx,
  goalId: number,
  m: { title: string; dueDate: string },
): number {
  const { lastInsertRowid } = tx.db
    .prepare(
      'INSERT INTO goal_milestones (goal_id, title, due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(goalId, m.title, m.dueDate, tx.at, tx.at);
  return Number(lastInsertRowid);
}

/**
 * Sets a SMART goal for a pairing, with its milestones, all or nothing: the start defaults to
 * the pairing's start; every date must lie within the pairing; milestones within the goal.
 */
export function createGoal(ctx: WriteContext, input: ParsedGoal): GoalView {
  const checked = checkNewGoal(ctx.db, input);
  return write(ctx, (tx) => {
    const id = insertGoalInTransaction(tx, checked, null);
    return getGoalView(tx.db, id, todayOf(ctx));
  });
}

/** A new goal checked against its pairing, ready to insert. */
export interface CheckedGoal {
  input: ParsedGoal;
  pairingId: number;
  fields: ReturnType<typeof smart>;
}

/** Refuses a goal that does not fit its pairing (the pairing's dates, its program's templates). */
export function checkNewGoal(db: Db, input: ParsedGoal): CheckedGoal {
  const pairing = goalPairing(db, input.pairingId);
  assertEditable(pairing);
  if (
    input.templateId !== null &&
    getTemplate(db, input.templateId).programId !== pairing.programId
  ) {
    throw new TandemError(
      'rule_violation',
      "That goal template belongs to another program; choose one of this pairing's program templates.",
    );
  }
  const start = input.startDate ?? pairing.startDate;
  const problems: Problem[] = [
    ...goalProblems(input, start, pairing),
    ...input.milestones.flatMap((m, i) =>
      milestoneProblems(
        m,
        { startDate: start, dueDate: input.dueDate },
        pairing,
        `milestones.${i}.dueDate`,
      ),
    ),
  ];
  if (problems.length > 0) refuse('The goal', problems);
  return { input, pairingId: pairing.id, fields: smart({ ...input, startDate: start }) };
}

/**
 * Inserts a checked goal with its milestones; `circleGoalId` marks a member's copy of a shared
 * goal of a mentoring circle. Expects the caller's transaction. Returns the new goal's id.
 */
export function insertGoalInTransaction(
  tx: WriteTx,
  { input, pairingId, fields }: CheckedGoal,
  circleGoalId: number | null,
): number {
  const { lastInsertRowid } = tx.db
    .prepare(
      `INSERT INTO goals (pairing_id, template_id, title, metric, unit, baseline, target, plan, relevance,
         start_date, due_date, circle_goal_id, created_at, updated_at)
       VALUES (@pairingId, @templateId, @title, @metric, @unit, @baseline, @target, @plan, @relevance,
         @startDate, @dueDate, @circleGoalId, @at, @at)`,
    )
    .run({ ...fields, pairingId, templateId: input.templateId, circleGoalId, at: tx.at });
  const id = Number(lastInsertRowid);
  for (const m of input.milestones) insertMilestoneInTransaction(tx, id, m);
  tx.audit({
    entity: 'goal',
    entityId: id,
    action: 'create',
    before: null,
    after: {
      pairingId,
      templateId: input.templateId,
      ...fields,
      milestones: input.milestones,
      ...(circleGoalId === null ? {} : { sharedGoalOfCircle: circleGoalId }),
    },
  });
  return id;
}

/** Changes a goal's SMART fields; its milestones and progress must still fit the new dates. */
export function updateGoal(ctx: WriteContext, id: number, input: GoalFields): GoalView {
  const today = todayOf(ctx);
  const goal = getGoalView(ctx.db, id, today);
  assertNotDropped(goal);
  const pairing = goalPairing(ctx.db, goal.pairingId);
  assertEditable(pairing);
  const start = input.startDate ?? pairing.startDate;
  const problems = [
    ...goalProblems(input, start, pairing),
    ...fitProblems(goal, start, input.dueDate),
  ];
  if (problems.length > 0) refuse('The goal', problems);
  const before = smart(goal);
  const after = smart({ ...input, startDate: start });
  if (JSON.stringify(before) === JSON.stringify(after)) return goal;
  return write(ctx, (tx) => {
    tx.db
      .prepare(
        `UPDATE goals SET title = @title, metric = @metric, unit = @unit, baseline = @baseline, target = @target,
           plan = @plan, relevance = @relevance, start_date = @startDate, due_date = @dueDate, updated_at = @at
         WHERE id = @id`,
      )
      .run({ ...after, id, at: tx.at });
    tx.audit({ entity: 'goal', entityId: id, action: 'update', before, after });
    return getGoalView(tx.db, id, today);
  });
}

/** Milestones and progress already recorded that new dates would leave outside the goal. */
function fitProblems(goal: GoalView, start: string, due: string): Problem[] {
  const problems: Problem[] = goal.milestones.flatMap((m): Problem[] => {
    if (m.dueDate > due)
      return [
        {
          field: 'dueDate',
          value: due,
          message: `milestone “${m.title}” is due ${m.dueDate}, after this due date; move the milestone first`,
        },
      ];
    if (m.dueDate < start)
      return [
        {
          field: 'startDate',
          value: start,
          message: `milestone “${m.title}” is due ${m.dueDate}, before this start; move the milestone first`,
        },
      ];
    return [];
  });
  const early = goal.progress.filter((p) => p.date < start);
  const first = early[0];
  if (first) {
    const entries =
      early.length === 1 ? '1 progress entry is' : `${early.length} progress entries are`;
    problems.push({
      field: 'startDate',
      value: start,
      message: `${entries} dated before this start (the earliest on ${first.date})`,
    });
  }
  return problems;
}

/** Drops a goal with a reason; it stays visible with its history but no longer counts as due. */
export function dropGoal(ctx: WriteContext, id: number, reason: string): GoalView {
  const today = todayOf(ctx);
  const goal = getGoalView(ctx.db, id, today);
  assertNotDropped(goal);
  assertEditable(goalPairing(ctx.db, goal.pairingId));
  if (goal.status === 'achieved') {
    throw new TandemError(
      'rule_violation',
      `The goal “${goal.title}” is already achieved; an achieved goal is not dropped.`,
    );
  }
  const why = reason.trim();
  if (why === '')
    refuse('Dropping the goal', [{ field: 'reason', message: 'say why the goal is dropped' }]);
  return write(ctx, (tx) => {
    tx.db
      .prepare('UPDATE goals SET dropped_at = ?, drop_reason = ?, updated_at = ? WHERE id = ?')
      .run(tx.at, why, tx.at, id);
    tx.audit({
      entity: 'goal',
      entityId: id,
      action: 'drop',
      before: { status: goal.status },
      after: { status: 'dropped', dropReason: why },
    });
    return getGoalView(tx.db, id, today);
  });
}
