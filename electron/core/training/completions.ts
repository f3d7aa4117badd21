import type { z } from 'zod';
import { type completionInput, type TrainingCompletion } from '../../../shared/domain/training';
import { displayName } from '../../../shared/domain/staff';
import { TandemError, type Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';
import { reviewTrainingInTransaction } from '../pairings/review';
import { getStaff } from '../people/queries';
import { getCompletion } from './completion-rows';
import { getModule } from './modules';

export { getCompletion, listCompletions } from './completion-rows';

export type ParsedCompletion = z.output<typeof completionInput>;

/**
 * Every reason the completion cannot be recorded, all at once so the form shows each next to
 * its field: a day after today, a day before the hire date, or the same completion twice.
 */
function completionProblems(
  db: Db,
  input: ParsedCompletion,
  today: string,
  ignoreId: number | null,
): Problem[] {
  const staff = getStaff(db, input.staffId);
  const module = getModule(db, input.moduleId);
  const problems: Problem[] = [];
  if (input.completedOn > today) {
    problems.push({
      field: 'completedOn',
      value: input.completedOn,
      message: `cannot be in the future (today is ${today})`,
    });
  } else if (staff.hireDate !== null && input.completedOn < staff.hireDate) {
    problems.push({
      field: 'completedOn',
      value: input.completedOn,
      message: `is before ${displayName(staff)}'s hire date ${staff.hireDate}`,
    });
  } else if (
    db
      .prepare(
        `SELECT 1 FROM training_completions c
         WHERE c.staff_id = ? AND c.module_id = ? AND c.completed_on = ? AND c.id IS NOT ?
           AND NOT EXISTS (SELECT 1 FROM training_completion_voids v WHERE v.completion_id = c.id)`,
      )
      .get(input.staffId, input.moduleId, input.completedOn, ignoreId)
  ) {
    problems.push({
      field: 'completedOn',
      value: input.completedOn,
      message: `${module.name} on ${input.completedOn} is already recorded for ${displayName(staff)}`,
    });
  }
  return problems;
}

function refuse(problems: Problem[]): never {
  const first = problems[0];
  throw new TandemError(
    'invalid_input',
    `Nothing was recorded: the completion date ${first?.message ?? 'is not valid'}.`,
    {
      problems,
    },
  );
}

function insertCompletion(
  tx: WriteTx,
  actor: string,
  input: ParsedCompletion,
  correctsId: number | null,
): number {
  const { lastInsertRowid } = tx.db
    .prepare(
      `INSERT INTO training_completions (staff_id, module_id, completed_on, evidence, recorded_by, recorded_at, corrects_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      input.staffId,
      input.moduleId,
      input.completedOn,
      input.evidence,
      actor,
      tx.at,
      correctsId,
    );
  const id = Number(lastInsertRowid);
  const module = tx.db
    .prepare('SELECT name FROM training_modules WHERE id = ?')
    .get(input.moduleId) as { name: string };
  tx.audit({
    entity: 'training_completion',
    entityId: id,
    action: 'create',
    before: null,
    after: {
      staffId: input.staffId,
      module: module.name,
      completedOn: input.completedOn,
      evidence: input.evidence,
      correctsId,
    },
  });
  return id;
}

function insertVoid(
  tx: WriteTx,
  actor: string,
  completion: TrainingCompletion,
  reason: string,
): void {
  tx.db
    .prepare(
      'INSERT INTO training_completion_voids (completion_id, reason, voided_by, voided_at) VALUES (?, ?, ?, ?)',
    )
    .run(completion.id, reason, actor, tx.at);
  tx.audit({
    entity: 'training_completion',
    entityId: completion.id,
    action: 'void',
    before: { module: completion.moduleName, completedOn: completion.completedOn, void: null },
    after: { module: completion.moduleName, completedOn: completion.completedOn, void: { reason } },
  });
}

function assertNotVoid(completion: TrainingCompletion): void {
  if (completion.void) {
    throw new TandemError(
      'conflict',
      `This completion was already voided on ${completion.void.at.slice(0, 10)} by ${completion.void.by} (${completion.void.reason}).`,
    );
  }
}

export function recordCompletion(ctx: WriteContext, input: ParsedCompletion): TrainingCompletion {
  const today = todayOf(ctx);
  const problems = completionProblems(ctx.db, input, today, null);
  if (problems.length > 0) refuse(problems);
  return write(ctx, (tx) =>
    getCompletion(tx.db, insertCompletion(tx, ctx.actor.name, input, null), today),
  );
}

/** Takes a completion out of the count for good; it stays in the history with the reason. */
export function voidCompletion(ctx: WriteContext, id: number, reason: string): TrainingCompletion {
  const today = todayOf(ctx);
  const completion = getCompletion(ctx.db, id, today);
  assertNotVoid(completion);
  return write(ctx, (tx) => {
    insertVoid(tx, ctx.actor.name, completion, reason);
    // A mentor whose required training no longer counts: their proposals go, pairings are flagged.
    reviewTrainingInTransaction(
      tx,
      ctx.actor.name,
      today,
      completion.staffId,
      completion.moduleName,
      'voided',
    );
    return getCompletion(tx.db, id, today);
  });
}

export interface Correction {
  id: number;
  completedOn: string;
  evidence: string | null;
  reason: string;
}

/** Voids a wrong completion and records the right one, pointing at it, in one change. */
export function correctCompletion(ctx: WriteContext, correction: Correction): TrainingCompletion {
  const today = todayOf(ctx);
  const wrong = getCompletion(ctx.db, correction.id, today);
  assertNotVoid(wrong);
  const input: ParsedCompletion = {
    staffId: wrong.staffId,
    moduleId: wrong.moduleId,
    completedOn: correction.completedOn,
    evidence: correction.evidence,
  };
  if (input.completedOn === wrong.completedOn && input.evidence === wrong.evidence) {
    throw new TandemError(
      'invalid_input',
      'Nothing was corrected: the date and evidence are the same as before.',
      {
        problems: [
          {
            field: 'completedOn',
            value: input.completedOn,
            message: 'change the date or the evidence note',
          },
        ],
      },
    );
  }
  const problems = completionProblems(ctx.db, input, today, wrong.id);
  if (problems.length > 0) refuse(problems);
  return write(ctx, (tx) => {
    insertVoid(tx, ctx.actor.name, wrong, correction.reason);
    const corrected = insertCompletion(tx, ctx.actor.name, input, wrong.id);
    // The corrected day may have lapsed already: the same review as a void.
    reviewTrainingInTransaction(
      tx,
      ctx.actor.name,
      today,
      wrong.staffId,
      wrong.moduleName,
      'corrected',
    );
    return getCompletion(tx.db, corrected, today);
  });
}
