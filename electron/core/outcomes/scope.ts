import type { OutcomesFilter } from '../../../shared/domain/outcomes';
import type { Db } from '../db/open';

/** Pairings that actually ran (a proposal or a declined one never started mentoring). */
export const STARTED = `p.start_date IS NOT NULL AND p.status IN ('active', 'paused', 'completed', 'ended_early')`;

/**
 * The WHERE fragment and parameters narrowing started pairings to the filter: program,
 * cohort and the mentee's unit. The date range is applied by each measure to its own date.
 */
export function pairingScope(f: OutcomesFilter): { where: string; params: unknown[] } {
  const parts = [STARTED];
  const params: unknown[] = [];
  if (f.programId !== null) {
    parts.push('c.program_id = ?');
    params.push(f.programId);
  }
  if (f.cohortId !== null) {
    parts.push('c.id = ?');
    params.push(f.cohortId);
  }
  if (f.unit !== null) {
    parts.push('ms.unit = ?');
    params.push(f.unit);
  }
  return { where: parts.join(' AND '), params };
}

/** Joins every measure uses to read a pairing with its cohort, mentee and mentor. */
export const PAIRING_JOINS = `
  FROM pairings p
  JOIN cohorts c ON c.id = p.cohort_id
  JOIN programs pr ON pr.id = c.program_id
  JOIN enrolments me ON me.id = p.mentee_enrolment_id
  JOIN staff ms ON ms.id = me.staff_id
  JOIN enrolments mo ON mo.id = p.mentor_enrolment_id`;

/** True when a day falls in the filter's date range (open ends allowed). */
export function inRange(f: OutcomesFilter, day: string | null): boolean {
  if (day === null) return false;
  return (f.from === null || day >= f.from) && (f.to === null || day <= f.to);
}

/** The SQL for "this date column is in the range", with its parameters. */
export function rangeSql(f: OutcomesFilter, column: string): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.from !== null) {
    parts.push(`${column} >= ?`);
    params.push(f.from);
  }
  if (f.to !== null) {
    parts.push(`${column} <= ?`);
    params.push(f.to);
  }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

export function scopedPairingIds(db: Db, f: OutcomesFilter): number[] {
  const s = pairingScope(f);
  return db
    .prepare(`SELECT p.id ${PAIRING_JOINS} WHERE ${s.where}`)
    .pluck()
    .all(...s.params) as number[];
}
