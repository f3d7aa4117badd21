import {
  isBennerLevel,
  type BennerLevel,
  type PersonRef,
  type SignOff,
  type SignOffMethod,
} from '../../../shared/domain/competencies';
import { displayName, type Role, type StaffStatus } from '../../../shared/domain/staff';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';

interface SignOffRow {
  id: number;
  staff_id: number;
  competency_id: number;
  competency_name: string;
  level: number;
  validator_id: number;
  v_employee_number: string;
  v_first_name: string | null;
  v_last_name: string | null;
  v_preferred_name: string | null;
  v_role: Role | null;
  v_status: StaffStatus;
  signed_on: string;
  method: SignOffMethod;
  note: string | null;
  supersedes_id: number | null;
  correction_reason: string | null;
  superseded_by_id: number | null;
  recorded_at: string;
  recorded_by: string;
}

const SIGN_OFF_SELECT = `
  SELECT so.*, c.name AS competency_name,
         v.employee_number AS v_employee_number, v.first_name AS v_first_name,
         v.last_name AS v_last_name, v.preferred_name AS v_preferred_name,
         v.role AS v_role, v.status AS v_status,
         (SELECT x.id FROM competency_sign_offs x WHERE x.supersedes_id = so.id) AS superseded_by_id
  FROM competency_sign_offs so
  JOIN competencies c ON c.id = so.competency_id
  JOIN staff v ON v.id = so.validator_id`;

/** Newest first: by the day signed, then by the order recorded. */
const NEWEST_FIRST = 'ORDER BY so.signed_on DESC, so.id DESC';

export function level(n: number): BennerLevel {
  if (!isBennerLevel(n)) throw new Error(`a stored sign-off has level ${n}, outside 1–5`);
  return n;
}

function toSignOff(r: SignOffRow): SignOff {
  return {
    id: r.id,
    staffId: r.staff_id,
    competencyId: r.competency_id,
    competencyName: r.competency_name,
    level: level(r.level),
    validator: {
      staffId: r.validator_id,
      employeeNumber: r.v_employee_number,
      displayName: displayName({
        firstName: r.v_first_name,
        lastName: r.v_last_name,
        preferredName: r.v_preferred_name,
        employeeNumber: r.v_employee_number,
      }),
      role: r.v_role,
      status: r.v_status,
    },
    date: r.signed_on,
    method: r.method,
    note: r.note,
    supersedesId: r.supersedes_id,
    correctionReason: r.correction_reason,
    supersededById: r.superseded_by_id,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  };
}

export function getSignOff(db: Db, id: number): SignOff {
  const row = db.prepare(`${SIGN_OFF_SELECT} WHERE so.id = ?`).get(id) as SignOffRow | undefined;
  if (!row) {
    throw new TandemError('not_found', `No sign-off with id ${id}.`, {
      problems: [{ field: 'signOffId', value: String(id), message: 'no such sign-off' }],
    });
  }
  return toSignOff(row);
}

/** Every sign-off of one person in one competency, superseded ones included, newest first. */
export function signOffHistory(db: Db, staffId: number, competencyId: number): SignOff[] {
  const rows = db
    .prepare(`${SIGN_OFF_SELECT} WHERE so.staff_id = ? AND so.competency_id = ? ${NEWEST_FIRST}`)
    .all(staffId, competencyId) as SignOffRow[];
  return rows.map(toSignOff);
}

interface PersonRow {
  id: number;
  employee_number: string;
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  role: Role | null;
  status: StaffStatus;
}

export function findPerson(db: Db, staffId: number): PersonRef | null {
  const r = db
    .prepare(
      'SELECT id, employee_number, first_name, last_name, preferred_name, role, status FROM staff WHERE id = ?',
    )
    .get(staffId) as PersonRow | undefined;
  if (!r) return null;
  return {
    staffId: r.id,
    employeeNumber: r.employee_number,
    displayName: displayName({
      firstName: r.first_name,
      lastName: r.last_name,
      preferredName: r.preferred_name,
      employeeNumber: r.employee_number,
    }),
    role: r.role,
    status: r.status,
  };
}

export function getPerson(db: Db, staffId: number, field = 'staffId'): PersonRef {
  const person = findPerson(db, staffId);
  if (!person) {
    throw new TandemError('not_found', `No staff member with id ${staffId}.`, {
      problems: [{ field, value: String(staffId), message: 'no such staff member' }],
    });
  }
  return person;
}
