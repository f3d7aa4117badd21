import type { z } from 'zod';
import type { Competency, competencyInput } from '../../../shared/domain/competencies';
import { ROLES, type Role } from '../../../shared/domain/staff';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { write, type WriteContext } from '../db/write';

type ParsedCompetency = z.output<typeof competencyInput>;

interface CompetencyRow {
  id: number;
  name: string;
  category: string;
  disciplines_json: string;
  description: string | null;
  origin: Competency['origin'];
  sign_off_count: number;
  created_at: string;
  updated_at: string;
}

const SELECT = `
  SELECT c.*, (SELECT count(*) FROM competency_sign_offs s WHERE s.competency_id = c.id) AS sign_off_count
  FROM competencies c`;

function toCompetency(r: CompetencyRow): Competency {
  const stored = JSON.parse(r.disciplines_json) as string[];
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    // Keeps the order of ROLES and drops anything a newer version might have stored.
    disciplines: ROLES.filter((role): role is Role => stored.includes(role)),
    description: r.description,
    origin: r.origin,
    signOffCount: r.sign_off_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The facility's catalogue, by category then name. */
export function listCompetencies(db: Db): Competency[] {
  const rows = db
    .prepare(`${SELECT} ORDER BY c.category COLLATE NOCASE, c.name COLLATE NOCASE`)
    .all() as CompetencyRow[];
  return rows.map(toCompetency);
}

export function getCompetency(db: Db, id: number): Competency {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CompetencyRow | undefined;
  if (!row) {
    throw new TandemError('not_found', `No competency with id ${id}.`, {
      problems: [{ field: 'competencyId', value: String(id), message: 'no such competency' }],
    });
  }
  return toCompetency(row);
}

function assertUniqueName(db: Db, name: string, exceptId: number | null): void {
  const clash = db.prepare('SELECT id, name FROM competencies WHERE name = ?').get(name) as
    { id: number; name: string } | undefined;
  if (clash && clash.id !== exceptId) {
    throw new TandemError(
      'conflict',
      `The catalogue already has a competency called "${clash.name}".`,
      {
        problems: [
          { field: 'name', value: name, message: `"${clash.name}" is already in the catalogue` },
        ],
      },
    );
  }
}

function snapshot(c: ParsedCompetency | Competency) {
  return {
    name: c.name,
    category: c.category,
    disciplines: c.disciplines,
    description: c.description,
  };
}

export function createCompetency(ctx: WriteContext, input: ParsedCompetency): Competency {
  assertUniqueName(ctx.db, input.name, null);
  return write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare(
        `INSERT INTO competencies (name, category, disciplines_json, description, origin, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'facility', ?, ?)`,
      )
      .run(
        input.name,
        input.category,
        JSON.stringify(input.disciplines),
        input.description,
        tx.at,
        tx.at,
      );
    const id = Number(lastInsertRowid);
    tx.audit({
      entity: 'competency',
      entityId: id,
      action: 'create',
      before: null,
      after: snapshot(input),
    });
    return getCompetency(tx.db, id);
  });
}

/**
 * Renames or re-describes a catalogue entry. Sign-offs point at the entry, not its name, so
 * their history follows a rename.
 */
export function updateCompetency(
  ctx: WriteContext,
  id: number,
  input: ParsedCompetency,
): Competency {
  const before = getCompetency(ctx.db, id);
  assertUniqueName(ctx.db, input.name, id);
  if (JSON.stringify(snapshot(before)) === JSON.stringify(snapshot(input))) return before;
  return write(ctx, (tx) => {
    tx.db
      .prepare(
        `UPDATE competencies SET name = ?, category = ?, disciplines_json = ?, description = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        input.name,
        input.category,
        JSON.stringify(input.disciplines),
        input.description,
        tx.at,
        id,
      );
    tx.audit({
      entity: 'competency',
      entityId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(input),
    });
    return getCompetency(tx.db, id);
  });
}
