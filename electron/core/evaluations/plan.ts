import { PLAN_RULES, type PlanItem, type PlanItemInput } from '../../../shared/domain/evaluations';
import type { EvaluationSchedule } from '../../../shared/domain/programs';
import { TandemError } from '../../../shared/result';
import { STARTER_FORM_IDS } from '../db/migrations/007-evaluations';
import type { Db } from '../db/open';
import { write, type WriteContext, type WriteTx } from '../db/write';
import { Problems } from './problems';

const ruleOrder = (rule: PlanItem['rule']) => PLAN_RULES.indexOf(rule);

function assertProgram(db: Db, programId: number): void {
  if (!db.prepare('SELECT 1 FROM programs WHERE id = ?').get(programId))
    throw new TandemError('not_found', `No program with id ${programId}.`, {
      problems: [{ field: 'programId', value: String(programId), message: 'no such program' }],
    });
}

/** A program's evaluation plan: which form, by which rule; names as the forms' latest versions say. */
export function getPlan(db: Db, programId: number): PlanItem[] {
  assertProgram(db, programId);
  const rows = db
    .prepare(
      `SELECT p.form_id AS formId, v.name AS formName, v.audience, v.purpose, p.rule
       FROM program_evaluation_plan p
       JOIN form_versions v ON v.form_id = p.form_id
         AND v.version = (SELECT max(version) FROM form_versions w WHERE w.form_id = p.form_id)
       WHERE p.program_id = ?`,
    )
    .all(programId) as PlanItem[];
  return rows.sort(
    (a, b) => ruleOrder(a.rule) - ruleOrder(b.rule) || a.formName.localeCompare(b.formName),
  );
}

/** Every program's plan at once, for due lists. */
export function allPlans(db: Db): Map<number, PlanItem[]> {
  const programs = db.prepare('SELECT id FROM programs').all() as { id: number }[];
  return new Map(programs.map((p) => [p.id, getPlan(db, p.id)]));
}

const auditView = (items: PlanItem[]) =>
  items.map((i) => ({ formId: i.formId, form: i.formName, rule: i.rule }));

function insertItems(tx: WriteTx, programId: number, items: readonly PlanItemInput[]): void {
  const insert = tx.db.prepare(
    'INSERT INTO program_evaluation_plan (program_id, form_id, rule) VALUES (?, ?, ?)',
  );
  for (const item of items) insert.run(programId, item.formId, item.rule);
}

/** Replaces a program's plan. Refused, naming the item, for an unknown form or an item listed twice. */
export function setPlan(
  ctx: WriteContext,
  programId: number,
  items: readonly PlanItemInput[],
): PlanItem[] {
  const before = getPlan(ctx.db, programId);
  const problems = new Problems();
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!ctx.db.prepare('SELECT 1 FROM forms WHERE id = ?').get(item.formId))
      problems.add(`items.${i}.formId`, 'is not a form', item.formId);
    const key = `${item.formId}:${item.rule}`;
    if (seen.has(key)) problems.add(`items.${i}`, 'is listed twice (same form and rule)', key);
    seen.add(key);
  });
  problems.throwIfAny('The plan was not saved');
  const same = (list: readonly PlanItemInput[]) =>
    list
      .map((i) => `${i.formId}:${i.rule}`)
      .sort()
      .join(',');
  if (same(before) === same(items)) return before;
  return write(ctx, (tx) => {
    tx.db.prepare('DELETE FROM program_evaluation_plan WHERE program_id = ?').run(programId);
    insertItems(tx, programId, items);
    const after = getPlan(tx.db, programId);
    tx.audit({
      entity: 'program',
      entityId: programId,
      action: 'set_evaluation_plan',
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/**
 * The plan a new program starts with, from its evaluation schedule (the same choice migration
 * 007 made for the programs that existed then): every program gets the 30-day pulse and the
 * exit survey; quarterly programs also get the quarterly mentee and mentor evaluations.
 */
export function defaultPlan(schedule: EvaluationSchedule): PlanItemInput[] {
  return [
    ...(schedule === 'quarterly'
      ? [
          { formId: STARTER_FORM_IDS.menteeQuarterly, rule: 'quarterly' as const },
          { formId: STARTER_FORM_IDS.mentorQuarterly, rule: 'quarterly' as const },
        ]
      : []),
    { formId: STARTER_FORM_IDS.pulse, rule: 'pulse' },
    { formId: STARTER_FORM_IDS.exit, rule: 'end' },
  ];
}

/** Gives a just-created program its default plan. Expects the caller's transaction. */
export function setDefaultPlanInTransaction(
  tx: WriteTx,
  programId: number,
  schedule: EvaluationSchedule,
): void {
  const starters = new Set(
    (tx.db.prepare("SELECT id FROM forms WHERE origin = 'starter'").all() as { id: number }[]).map(
      (f) => f.id,
    ),
  );
  insertItems(
    tx,
    programId,
    defaultPlan(schedule).filter((item) => starters.has(item.formId)),
  );
  tx.audit({
    entity: 'program',
    entityId: programId,
    action: 'set_evaluation_plan',
    before: [],
    after: auditView(getPlan(tx.db, programId)),
  });
}
