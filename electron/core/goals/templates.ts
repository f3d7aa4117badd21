import type { z } from 'zod';
import type { GoalTemplate, goalTemplateInput } from '../../../shared/domain/goals';
import { TandemError, type Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { write, type WriteContext } from '../db/write';
import { getProgram } from '../programs/service';
import { refuse } from './validate';

type ParsedTemplate = z.output<typeof goalTemplateInput>;

interface TemplateRow {
  id: number;
  program_id: number;
  title: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  plan: string;
  relevance: string;
  due_week: number;
  milestones_json: string;
  created_at: string;
  updated_at: string;
}

function toTemplate(row: TemplateRow): GoalTemplate {
  return {
    id: row.id,
    programId: row.program_id,
    title: row.title,
    metric: row.metric,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    plan: row.plan,
    relevance: row.relevance,
    dueWeek: row.due_week,
    milestones: JSON.parse(row.milestones_json) as GoalTemplate['milestones'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listTemplates(db: Db, programId: number): GoalTemplate[] {
  getProgram(db, programId);
  const rows = db
    .prepare('SELECT * FROM goal_templates WHERE program_id = ? ORDER BY due_week, title')
    .all(programId) as TemplateRow[];
  return rows.map(toTemplate);
}

export function getTemplate(db: Db, id: number): GoalTemplate {
  const row = db.prepare('SELECT * FROM goal_templates WHERE id = ?').get(id) as
    TemplateRow | undefined;
  if (!row) throw new TandemError('not_found', `No goal template with id ${id}.`);
  return toTemplate(row);
}

/** A template's rules: a target that moves, milestones by the due week, one title per program. */
function templateProblems(db: Db, t: ParsedTemplate, exceptId: number | null): Problem[] {
  const problems: Problem[] = [];
  if (t.target === t.baseline) {
    problems.push({
      field: 'target',
      value: String(t.target),
      message: `the target equals the baseline (${t.baseline} ${t.unit}); a goal must move the measure up or down`,
    });
  }
  t.milestones.forEach((m, i) => {
    if (m.week > t.dueWeek) {
      problems.push({
        field: `milestones.${i}.week`,
        value: String(m.week),
        message: `milestone “${m.title}” is in week ${m.week}, after the goal is due (week ${t.dueWeek})`,
      });
    }
  });
  const same = db
    .prepare('SELECT id FROM goal_templates WHERE program_id = ? AND title = ?')
    .get(t.programId, t.title) as { id: number } | undefined;
  if (same && same.id !== exceptId) {
    problems.push({
      field: 'title',
      value: t.title,
      message: 'this program already has a template with this title',
    });
  }
  return problems;
}

const columns = (t: ParsedTemplate) => ({
  programId: t.programId,
  title: t.title,
  metric: t.metric,
  unit: t.unit,
  baseline: t.baseline,
  target: t.target,
  plan: t.plan,
  relevance: t.relevance,
  dueWeek: t.dueWeek,
  milestones: JSON.stringify(t.milestones),
});

export function createTemplate(ctx: WriteContext, input: ParsedTemplate): GoalTemplate {
  getProgram(ctx.db, input.programId);
  const problems = templateProblems(ctx.db, input, null);
  if (problems.length > 0) refuse('The goal template', problems);
  return write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare(
        `INSERT INTO goal_templates (program_id, title, metric, unit, baseline, target, plan, relevance, due_week,
           milestones_json, created_at, updated_at)
         VALUES (@programId, @title, @metric, @unit, @baseline, @target, @plan, @relevance, @dueWeek, @milestones, @at, @at)`,
      )
      .run({ ...columns(input), at: tx.at });
    const id = Number(lastInsertRowid);
    tx.audit({
      entity: 'goal_template',
      entityId: id,
      action: 'create',
      before: null,
      after: input,
    });
    return getTemplate(tx.db, id);
  });
}

/** Changing a template changes goals started from it later; goals already set keep their copy. */
export function updateTemplate(ctx: WriteContext, id: number, input: ParsedTemplate): GoalTemplate {
  const before = getTemplate(ctx.db, id);
  if (input.programId !== before.programId) {
    throw new TandemError(
      'invalid_input',
      'A goal template stays with its program; create a new one for another program.',
      {
        problems: [
          {
            field: 'programId',
            value: String(input.programId),
            message: `the template belongs to program ${before.programId}`,
          },
        ],
      },
    );
  }
  const problems = templateProblems(ctx.db, input, id);
  if (problems.length > 0) refuse('The goal template', problems);
  const { id: _id, createdAt: _c, updatedAt: _u, ...beforeFields } = before;
  return write(ctx, (tx) => {
    tx.db
      .prepare(
        `UPDATE goal_templates SET title = @title, metric = @metric, unit = @unit, baseline = @baseline, target = @target,
           plan = @plan, relevance = @relevance, due_week = @dueWeek, milestones_json = @milestones, updated_at = @at
         WHERE id = @id`,
      )
      .run({ ...columns(input), id, at: tx.at });
    tx.audit({
      entity: 'goal_template',
      entityId: id,
      action: 'update',
      before: beforeFields,
      after: input,
    });
    return getTemplate(tx.db, id);
  });
}

/** Removes a template; goals started from it keep their own fields. Answers the program's remaining templates. */
export function removeTemplate(ctx: WriteContext, id: number): GoalTemplate[] {
  const before = getTemplate(ctx.db, id);
  write(ctx, (tx) => {
    tx.db.prepare('DELETE FROM goal_templates WHERE id = ?').run(id);
    tx.audit({ entity: 'goal_template', entityId: id, action: 'delete', before, after: null });
  });
  return listTemplates(ctx.db, before.programId);
}
