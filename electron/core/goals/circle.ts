/**
 * Shared goals of a mentoring circle. The goal is the circle's, but each member mentee gets a copy
 * on their own pairing, so it counts for each member (goal counts, the dashboard, packets) and
 * each member's status follows their pairing's dates. Progress recorded for the circle goes to
 * every copy in one write.
 */
import type { z } from 'zod';
import type { goalFields, milestoneInput } from '../../../shared/domain/goals';
import type { CircleDetail } from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import { todayOf, write, type WriteContext } from '../db/write';
import { circleDetail, circlePairings } from '../pairings/circles';
import { checkProgress, insertProgressInTransaction, type ProgressInput } from './progress';
import { checkNewGoal, insertGoalInTransaction, type CheckedGoal } from './service';

export type SharedGoalInput = z.output<typeof goalFields> & {
  circleId: number;
  milestones: z.output<typeof milestoneInput>[];
};

/** Names the member whose pairing refused, so the educator knows whose dates are in the way. */
function forMember<T>(name: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof TandemError) {
      throw new TandemError(error.code, `For ${name}: ${error.message}`, error.details);
    }
    throw error;
  }
}

/** A goal for the whole circle: one copy per mentee with an active or paused pairing. */
export function createSharedGoal(ctx: WriteContext, input: SharedGoalInput): CircleDetail {
  const members = circlePairings(ctx.db, input.circleId).filter(
    (p) => p.status === 'active' || p.status === 'paused',
  );
  const detail = circleDetail(ctx.db, input.circleId, todayOf(ctx));
  if (members.length === 0) {
    throw new TandemError(
      'rule_violation',
      `${detail.name} has no mentee with an active pairing yet; a shared goal is set once one is accepted.`,
    );
  }
  const { circleId, ...fields } = input;
  const checked: CheckedGoal[] = members.map((p) =>
    forMember(p.mentee.displayName, () =>
      checkNewGoal(ctx.db, { ...fields, pairingId: p.id, templateId: null }),
    ),
  );
  return write(ctx, (tx) => {
    const circleGoalId = Number(
      tx.db
        .prepare('INSERT INTO circle_goals (circle_id, title, created_at) VALUES (?, ?, ?)')
        .run(circleId, input.title, tx.at).lastInsertRowid,
    );
    tx.audit({
      entity: 'circle_goal',
      entityId: circleGoalId,
      action: 'create',
      before: null,
      after: { circle: detail.name, title: input.title, members: members.length },
    });
    for (const c of checked) insertGoalInTransaction(tx, c, circleGoalId);
    return circleDetail(tx.db, circleId, todayOf(ctx));
  });
}

/** Progress of the circle on its shared goal: one entry on each member's copy still open. */
export function recordSharedProgress(
  ctx: WriteContext,
  input: Omit<ProgressInput, 'goalId'> & { circleGoalId: number },
): CircleDetail {
  const shared = ctx.db
    .prepare('SELECT circle_id AS circleId FROM circle_goals WHERE id = ?')
    .get(input.circleGoalId) as { circleId: number } | undefined;
  if (!shared) throw new TandemError('not_found', `No shared goal with id ${input.circleGoalId}.`);
  const copies = ctx.db
    .prepare(
      `SELECT g.id, p.status FROM goals g JOIN pairings p ON p.id = g.pairing_id
       WHERE g.circle_goal_id = ? AND g.dropped_at IS NULL AND p.status IN ('active', 'paused')
       ORDER BY g.id`,
    )
    .all(input.circleGoalId) as { id: number }[];
  if (copies.length === 0) {
    throw new TandemError(
      'rule_violation',
      'No member of the circle has this goal open any more; nothing to record it on.',
    );
  }
  const checked = copies.map((c) => checkProgress(ctx, { ...input, goalId: c.id }));
  return write(ctx, (tx) => {
    for (const c of checked) insertProgressInTransaction(ctx, tx, c);
    return circleDetail(tx.db, shared.circleId, todayOf(ctx));
  });
}
