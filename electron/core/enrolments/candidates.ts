import type { z } from 'zod';
import type { EnrolCandidates, enrolCandidatesQuery } from '../../../shared/contract/programs';
import type { EnrolmentRole } from '../../../shared/domain/programs';
import { addMonths } from '../../../shared/domain/training';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { toStaffMember, toStaffSummary, type StaffRow } from '../people/rows';

type Query = z.output<typeof enrolCandidatesQuery>;

function addIn(where: string[], params: unknown[], column: string, values: readonly unknown[]) {
  if (values.length === 0) return;
  where.push(`s.${column} IN (SELECT value FROM json_each(?))`);
  params.push(JSON.stringify(values));
}

/**
 * The staff a bulk enrolment can pick from: everyone the filters find who has not left, by
 * name, each with the role they already hold in the cohort (one role per person per cohort).
 * `today` anchors "hired in the last N months".
 */
export function listEnrolCandidates(db: Db, q: Query, today: string): EnrolCandidates {
  const cohort = getCohort(db, q.cohortId);
  const where = ["s.status <> 'left'"];
  const params: unknown[] = [];
  if (q.search !== '') {
    const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      `(s.employee_number LIKE ? ESCAPE '\\'
        OR (coalesce(s.preferred_name, s.first_name, '') || ' ' || coalesce(s.last_name, '')) LIKE ? ESCAPE '\\'
        OR (coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')) LIKE ? ESCAPE '\\')`,
    );
    params.push(like, like, like);
  }
  addIn(where, params, 'unit', q.units);
  addIn(where, params, 'role', q.roles);
  addIn(where, params, 'shift', q.shifts);
  addIn(where, params, 'status', q.statuses);
  addIn(where, params, 'job_level', q.jobLevels);
  // Unknown experience or hire dates never pass a bound: the educator asked for a range.
  if (q.minYears !== undefined) {
    where.push('s.years_experience >= ?');
    params.push(q.minYears);
  }
  if (q.maxYears !== undefined) {
    where.push('s.years_experience <= ?');
    params.push(q.maxYears);
  }
  const hiredSince =
    q.hiredWithinMonths === undefined ? null : addMonths(today, -q.hiredWithinMonths);
  // Someone hired to start next month is as new as it gets: no upper bound.
  if (hiredSince !== null) {
    where.push('s.hire_date >= ?');
    params.push(hiredSince);
  }
  const rows = db
    .prepare(
      `SELECT s.*,
         (SELECT e.role FROM enrolments e
          WHERE e.cohort_id = ? AND e.staff_id = s.id AND e.withdrawn_at IS NULL
          ORDER BY e.id LIMIT 1) AS enrolled_as
       FROM staff s WHERE ${where.join(' AND ')}
       ORDER BY lower(coalesce(s.last_name, '')), lower(coalesce(s.preferred_name, s.first_name, '')),
         s.employee_number`,
    )
    .all(cohort.id, ...params) as (StaffRow & { enrolled_as: EnrolmentRole | null })[];
  return {
    items: rows.map((row) => {
      const staff = toStaffMember(row);
      return { ...toStaffSummary(staff), hireDate: staff.hireDate, enrolledAs: row.enrolled_as };
    }),
    hiredSince,
  };
}
