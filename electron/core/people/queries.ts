import type {
  FacetCount,
  PeopleFacets,
  PeoplePage,
  PeopleQuery,
} from '../../../shared/contract/people';
import { displayName, type StaffMember, type StaffSummary } from '../../../shared/domain/staff';
import type { z } from 'zod';
import type { peopleQuery } from '../../../shared/contract/people';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { TandemError } from '../../../shared/result';
import { toStaffMember, toStaffSummary, type StaffRow } from './rows';

type ParsedPeopleQuery = z.output<typeof peopleQuery>;
export type { PeopleQuery };

/** Sort keys mapped to SQL; only these strings ever reach the ORDER BY clause. */
const ORDER_BY: Record<ParsedPeopleQuery['sortBy'], string> = {
  name: "lower(coalesce(last_name, '')) DIR, lower(coalesce(preferred_name, first_name, '')) DIR",
  employeeNumber: 'employee_number DIR',
  unit: "lower(coalesce(unit, '')) DIR",
  role: "coalesce(role, '') DIR",
  jobLevel: 'coalesce(job_level, 0) DIR',
  shift: "coalesce(shift, '') DIR",
  yearsExperience: 'coalesce(years_experience, -1) DIR',
  status: 'status DIR',
};

export function listPeople(db: Db, q: ParsedPeopleQuery): PeoplePage {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.search !== '') {
    const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      `(employee_number LIKE ? ESCAPE '\\'
        OR (coalesce(preferred_name, first_name, '') || ' ' || coalesce(last_name, '')) LIKE ? ESCAPE '\\'
        OR (coalesce(first_name, '') || ' ' || coalesce(last_name, '')) LIKE ? ESCAPE '\\'
        OR last_name LIKE ? ESCAPE '\\')`,
    );
    params.push(like, like, like, like);
  }
  addIn(where, params, 'unit', q.units);
  addIn(where, params, 'role', q.roles);
  addIn(where, params, 'shift', q.shifts);
  addIn(where, params, 'status', q.statuses);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const dir = q.sortDir === 'desc' ? 'DESC' : 'ASC';
  const order = `${ORDER_BY[q.sortBy].replaceAll('DIR', dir)}, employee_number ${dir}`;

  const rows = db
    .prepare(
      `SELECT id, employee_number, first_name, last_name, preferred_name, role, unit, job_level,
              shift, years_experience, status
       FROM staff ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as SummaryRow[];
  const matching = (
    db.prepare(`SELECT count(*) AS n FROM staff ${whereSql}`).get(...params) as { n: number }
  ).n;
  const total = (db.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n;
  return { items: rows.map(summaryFromRow), matching, total };
}

type SummaryRow = Pick<
  StaffRow,
  | 'id'
  | 'employee_number'
  | 'first_name'
  | 'last_name'
  | 'preferred_name'
  | 'role'
  | 'unit'
  | 'job_level'
  | 'shift'
  | 'years_experience'
  | 'status'
>;

function summaryFromRow(r: SummaryRow): StaffSummary {
  return {
    id: r.id,
    employeeNumber: r.employee_number,
    displayName: displayName({
      firstName: r.first_name,
      lastName: r.last_name,
      preferredName: r.preferred_name,
      employeeNumber: r.employee_number,
    }),
    role: r.role as StaffSummary['role'],
    unit: r.unit,
    jobLevel: r.job_level,
    shift: r.shift as StaffSummary['shift'],
    yearsExperience: r.years_experience,
    status: r.status as StaffSummary['status'],
  };
}

function addIn(
  where: string[],
  params: unknown[],
  column: string,
  values: readonly string[],
): void {
  if (values.length === 0) return;
  where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
  params.push(...values);
}

export function peopleFacets(db: Db): PeopleFacets {
  const facet = (column: string): FacetCount[] =>
    db
      .prepare(
        `SELECT ${column} AS value, count(*) AS count FROM staff
         WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY count DESC, value`,
      )
      .all() as FacetCount[];
  return {
    units: facet('unit'),
    roles: facet('role'),
    shifts: facet('shift'),
    statuses: facet('status'),
  };
}

export function findStaff(db: Db, id: number): StaffMember | null {
  const row = statement(db, 'SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  return row ? toStaffMember(row) : null;
}

export function getStaff(db: Db, id: number): StaffMember {
  const staff = findStaff(db, id);
  if (!staff) throw new TandemError('not_found', `No staff member with id ${id}.`);
  return staff;
}

export function findStaffByEmployeeNumber(db: Db, employeeNumber: string): StaffMember | null {
  const row = statement(db, 'SELECT * FROM staff WHERE employee_number = ?').get(employeeNumber) as
    StaffRow | undefined;
  return row ? toStaffMember(row) : null;
}

export function staffSummary(db: Db, id: number): StaffSummary | null {
  const staff = findStaff(db, id);
  return staff ? toStaffSummary(staff) : null;
}
