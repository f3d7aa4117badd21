import type { z } from 'zod';
import type { TrainingModule, trainingModuleInput } from '../../../shared/domain/training';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { write, type WriteContext } from '../db/write';

type ParsedModule = z.output<typeof trainingModuleInput>;

interface ModuleRow {
  id: number;
  name: string;
  audience: TrainingModule['audience'];
  required: number;
  valid_months: number | null;
  description: string | null;
  created_at: string;
  updated_at: string;
  completion_count: number;
}

const MODULE_SELECT = `
  SELECT m.*,
         (SELECT count(*) FROM training_completions c
          WHERE c.module_id = m.id
            AND NOT EXISTS (SELECT 1 FROM training_completion_voids v WHERE v.completion_id = c.id)
         ) AS completion_count
  FROM training_modules m`;

/** Module names are matched without regard to case, as the catalogue's unique index does. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

/** Program name by required module name (lower case), from every program's required training. */
export function programsByRequiredModule(db: Db): Map<string, string[]> {
  const rows = db
    .prepare('SELECT name, required_training_json FROM programs ORDER BY name')
    .all() as { name: string; required_training_json: string }[];
  const result = new Map<string, string[]>();
  for (const row of rows) {
    for (const module of JSON.parse(row.required_training_json) as string[]) {
      const list = result.get(nameKey(module)) ?? [];
      if (!list.includes(row.name)) result.set(nameKey(module), [...list, row.name]);
    }
  }
  return result;
}

function toModule(row: ModuleRow, programs: Map<string, string[]>): TrainingModule {
  return {
    id: row.id,
    name: row.name,
    audience: row.audience,
    required: row.required === 1,
    validMonths: row.valid_months,
    description: row.description,
    requiredByPrograms: programs.get(nameKey(row.name)) ?? [],
    completionCount: row.completion_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listModules(db: Db): TrainingModule[] {
  const programs = programsByRequiredModule(db);
  const rows = db.prepare(`${MODULE_SELECT} ORDER BY m.name`).all() as ModuleRow[];
  return rows.map((row) => toModule(row, programs));
}

export function getModule(db: Db, id: number): TrainingModule {
  const row = db.prepare(`${MODULE_SELECT} WHERE m.id = ?`).get(id) as ModuleRow | undefined;
  if (!row) {
    throw new TandemError('not_found', `No training module with id ${id}.`, {
      problems: [{ field: 'moduleId', value: String(id), message: 'no such training module' }],
    });
  }
  return toModule(row, programsByRequiredModule(db));
}

/** What the audit trail keeps of a module: its settings, without counts or bookkeeping times. */
function snapshot(m: ParsedModule | TrainingModule): ParsedModule {
  return {
    name: m.name,
    audience: m.audience,
    required: m.required,
    validMonths: m.validMonths,
    description: m.description,
  };
}

function assertUniqueName(db: Db, name: string, exceptId: number | null): void {
  const other = db.prepare('SELECT id, name FROM training_modules WHERE name = ?').get(name) as
    { id: number; name: string } | undefined;
  if (other && other.id !== exceptId) {
    throw new TandemError('conflict', `A training module called “${other.name}” already exists.`, {
      problems: [
        { field: 'name', value: name, message: `another module is called “${other.name}”` },
      ],
    });
  }
}

/**
 * Programs name their required training by module name; renaming a module they name would
 * silently turn their requirement into an unknown module, so it is refused with the way out.
 */
function assertNotRenamedUnderPrograms(db: Db, before: TrainingModule, name: string): void {
  if (nameKey(before.name) === nameKey(name) || before.requiredByPrograms.length === 0) return;
  const programs = before.requiredByPrograms.join(', ');
  throw new TandemError(
    'conflict',
    `“${before.name}” is required by ${programs}. Take it out of the program's required training first, then rename it and add it back.`,
    {
      problems: [
        { field: 'name', value: name, message: `required by ${programs} under its current name` },
      ],
    },
  );
}

export function createModule(ctx: WriteContext, input: ParsedModule): TrainingModule {
  assertUniqueName(ctx.db, input.name, null);
  return write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare(
        `INSERT INTO training_modules (name, audience, required, valid_months, description, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.name,
        input.audience,
        input.required ? 1 : 0,
        input.validMonths,
        input.description,
        tx.at,
        tx.at,
      );
    const created = getModule(tx.db, Number(lastInsertRowid));
    tx.audit({
      entity: 'training_module',
      entityId: created.id,
      action: 'create',
      before: null,
      after: snapshot(input),
    });
    return created;
  });
}

/** Changing the valid months moves the expiry of every completion of the module, as intended. */
export function updateModule(ctx: WriteContext, id: number, input: ParsedModule): TrainingModule {
  const before = getModule(ctx.db, id);
  assertUniqueName(ctx.db, input.name, id);
  assertNotRenamedUnderPrograms(ctx.db, before, input.name);
  if (JSON.stringify(snapshot(before)) === JSON.stringify(snapshot(input))) return before;
  return write(ctx, (tx) => {
    tx.db
      .prepare(
        `UPDATE training_modules SET name = ?, audience = ?, required = ?, valid_months = ?, description = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        input.name,
        input.audience,
        input.required ? 1 : 0,
        input.validMonths,
        input.description,
        tx.at,
        id,
      );
    tx.audit({
      entity: 'training_module',
      entityId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(input),
    });
    return getModule(tx.db, id);
  });
}
