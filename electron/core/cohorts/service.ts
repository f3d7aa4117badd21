import type { z } from 'zod';
import type { Cohort, cohortInput } from '../../../shared/domain/programs';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { write, type WriteContext } from '../db/write';
import { getProgram } from '../programs/service';

type ParsedCohort = z.output<typeof cohortInput>;

const COHORT_SELECT = `
  SELECT c.id, c.program_id AS programId, p.name AS programName, c.code, c.name,
         c.start_date AS startDate, c.end_date AS endDate,
         (SELECT count(*) FROM enrolments e WHERE e.cohort_id = c.id AND e.role = 'mentor' AND e.withdrawn_at IS NULL) AS mentorCount,
         (SELECT count(*) FROM enrolments e WHERE e.cohort_id = c.id AND e.role = 'mentee' AND e.withdrawn_at IS NULL) AS menteeCount,
         (SELECT count(*) FROM pairings x WHERE x.cohort_id = c.id AND x.status = 'active') AS activePairings
  FROM cohorts c JOIN programs p ON p.id = c.program_id`;

export function listCohorts(db: Db, programId?: number): Cohort[] {
  return programId === undefined
    ? (db.prepare(`${COHORT_SELECT} ORDER BY c.start_date DESC, c.code`).all() as Cohort[])
    : (db
        .prepare(`${COHORT_SELECT} WHERE c.program_id = ? ORDER BY c.start_date DESC, c.code`)
        .all(programId) as Cohort[]);
}

export function getCohort(db: Db, id: number): Cohort {
  const cohort = db.prepare(`${COHORT_SELECT} WHERE c.id = ?`).get(id) as Cohort | undefined;
  if (!cohort) throw new TandemError('not_found', `No cohort with id ${id}.`);
  return cohort;
}

export function createCohort(ctx: WriteContext, input: ParsedCohort): Cohort {
  getProgram(ctx.db, input.programId);
  const existing = ctx.db.prepare('SELECT id FROM cohorts WHERE code = ?').get(input.code);
  if (existing) {
    throw new TandemError('conflict', `A cohort with the code ${input.code} already exists.`, {
      problems: [{ field: 'code', value: input.code, message: 'another cohort has this code' }],
    });
  }
  return write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare(
        `INSERT INTO cohorts (program_id, code, name, start_date, end_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.programId, input.code, input.name, input.startDate, input.endDate, tx.at, tx.at);
    const id = Number(lastInsertRowid);
    tx.audit({ entity: 'cohort', entityId: id, action: 'create', before: null, after: input });
    return getCohort(tx.db, id);
  });
}
