import type { z } from 'zod';
import {
  matchingSettings,
  type Program,
  type ProgramSummary,
  type programInput,
} from '../../../shared/domain/programs';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { write, type WriteContext } from '../db/write';
import { setDefaultPlanInTransaction } from '../evaluations/plan';

type ParsedProgram = z.output<typeof programInput>;

interface ProgramRow {
  id: number;
  name: string;
  kind: string;
  format: string;
  cadence: string;
  duration_weeks: number;
  default_capacity: number;
  required_training_json: string;
  evaluation_schedule: string;
  description: string | null;
  matching_json: string;
  created_at: string;
  updated_at: string;
}

function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Program['kind'],
    format: row.format as Program['format'],
    cadence: row.cadence as Program['cadence'],
    durationWeeks: row.duration_weeks,
    defaultCapacity: row.default_capacity,
    requiredTraining: JSON.parse(row.required_training_json) as string[],
    evaluationSchedule: row.evaluation_schedule as Program['evaluationSchedule'],
    description: row.description,
    matching: matchingSettings.parse(JSON.parse(row.matching_json)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function params(p: ParsedProgram) {
  return {
    name: p.name,
    kind: p.kind,
    format: p.format,
    cadence: p.cadence,
    durationWeeks: p.durationWeeks,
    defaultCapacity: p.defaultCapacity,
    requiredTraining: JSON.stringify(p.requiredTraining),
    evaluationSchedule: p.evaluationSchedule,
    description: p.description,
    matching: JSON.stringify(p.matching),
  };
}

export function listPrograms(db: Db): ProgramSummary[] {
  const rows = db.prepare('SELECT * FROM programs ORDER BY name').all() as ProgramRow[];
  const counts = new Map(
    (
      db.prepare('SELECT program_id, count(*) AS n FROM cohorts GROUP BY program_id').all() as {
        program_id: number;
        n: number;
      }[]
    ).map((r) => [r.program_id, r.n]),
  );
  return rows.map((r) => ({ ...toProgram(r), cohortCount: counts.get(r.id) ?? 0 }));
}

export function getProgram(db: Db, id: number): Program {
  const row = db.prepare('SELECT * FROM programs WHERE id = ?').get(id) as ProgramRow | undefined;
  if (!row) throw new TandemError('not_found', `No program with id ${id}.`);
  return toProgram(row);
}

export function createProgram(ctx: WriteContext, input: ParsedProgram): Program {
  assertUniqueName(ctx.db, input.name, null);
  return write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare(
        `INSERT INTO programs (name, kind, format, cadence, duration_weeks, default_capacity,
           required_training_json, evaluation_schedule, description, matching_json, created_at, updated_at)
         VALUES (@name, @kind, @format, @cadence, @durationWeeks, @defaultCapacity,
           @requiredTraining, @evaluationSchedule, @description, @matching, @at, @at)`,
      )
      .run({ ...params(input), at: tx.at });
    const created = getProgram(tx.db, Number(lastInsertRowid));
    tx.audit({
      entity: 'program',
      entityId: created.id,
      action: 'create',
      before: null,
      after: input,
    });
    // A new program asks for evaluations from the start: its schedule's default plan.
    setDefaultPlanInTransaction(tx, created.id, input.evaluationSchedule);
    return created;
  });
}

/** Settings changes apply to matching from now on; pairings keep the breakdown they were made with. */
export function updateProgram(ctx: WriteContext, id: number, input: ParsedProgram): Program {
  const before = getProgram(ctx.db, id);
  assertUniqueName(ctx.db, input.name, id);
  const { id: _id, createdAt: _c, updatedAt: _u, ...beforeFields } = before;
  if (JSON.stringify(beforeFields) === JSON.stringify({ ...beforeFields, ...input })) return before;
  return write(ctx, (tx) => {
    tx.db
      .prepare(
        `UPDATE programs SET name = @name, kind = @kind, format = @format, cadence = @cadence,
           duration_weeks = @durationWeeks, default_capacity = @defaultCapacity,
           required_training_json = @requiredTraining, evaluation_schedule = @evaluationSchedule,
           description = @description, matching_json = @matching, updated_at = @at
         WHERE id = @id`,
      )
      .run({ ...params(input), id, at: tx.at });
    tx.audit({
      entity: 'program',
      entityId: id,
      action: 'update',
      before: beforeFields,
      after: input,
    });
    return getProgram(tx.db, id);
  });
}

function assertUniqueName(db: Db, name: string, exceptId: number | null): void {
  const row = db.prepare('SELECT id FROM programs WHERE name = ?').get(name) as
    { id: number } | undefined;
  if (row && row.id !== exceptId) {
    throw new TandemError('conflict', `A program called "${name}" already exists.`, {
      problems: [{ field: 'name', value: name, message: 'another program has this name' }],
    });
  }
}
