import type { MatchBreakdown } from '../../../shared/domain/matching';
import type {
  EndReason,
  Pairing,
  PairingStatus,
  PairingTransition,
} from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { toPerson } from '../enrolments/service';

interface PairingRow {
  id: number;
  cohort_id: number;
  cohort_code: string;
  mentor_enrolment_id: number;
  mentee_enrolment_id: number;
  status: PairingStatus;
  locked: number;
  score: number;
  breakdown_json: string;
  source: 'optimiser' | 'manual';
  start_date: string | null;
  end_date: string | null;
  end_reason: EndReason | null;
  circle_id: number | null;
  circle_name: string | null;
  reciprocal: number;
  created_at: string;
  updated_at: string;
  [person: `${'mentor' | 'mentee'}_${string}`]: unknown;
}

const personColumns = (alias: 's1' | 's2', prefix: 'mentor' | 'mentee') =>
  [
    'id AS staff_id',
    'employee_number',
    'first_name',
    'last_name',
    'preferred_name',
    'role AS staff_role',
    'unit',
    'shift',
    'years_experience',
    'status',
  ]
    .map((c) => {
      const [column, name] = c.split(' AS ');
      return `${alias}.${column} AS ${prefix}_${name ?? column}`;
    })
    .join(', ');

export const PAIRING_SELECT = `
  SELECT p.*, c.code AS cohort_code, ci.name AS circle_name,
    ${personColumns('s1', 'mentor')}, ${personColumns('s2', 'mentee')}
  FROM pairings p
  JOIN cohorts c ON c.id = p.cohort_id
  LEFT JOIN circles ci ON ci.id = p.circle_id
  JOIN enrolments e1 ON e1.id = p.mentor_enrolment_id JOIN staff s1 ON s1.id = e1.staff_id
  JOIN enrolments e2 ON e2.id = p.mentee_enrolment_id JOIN staff s2 ON s2.id = e2.staff_id`;

function personOf(row: PairingRow, prefix: 'mentor' | 'mentee') {
  const get = (name: string) => row[`${prefix}_${name}`] as never;
  return toPerson({
    staff_id: get('staff_id'),
    employee_number: get('employee_number'),
    first_name: get('first_name'),
    last_name: get('last_name'),
    preferred_name: get('preferred_name'),
    staff_role: get('staff_role'),
    unit: get('unit'),
    shift: get('shift'),
    years_experience: get('years_experience'),
    status: get('status'),
  });
}

export function toPairing(row: PairingRow): Pairing {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    cohortCode: row.cohort_code,
    mentorEnrolmentId: row.mentor_enrolment_id,
    menteeEnrolmentId: row.mentee_enrolment_id,
    mentor: personOf(row, 'mentor'),
    mentee: personOf(row, 'mentee'),
    status: row.status,
    locked: row.locked === 1,
    score: row.score,
    breakdown: JSON.parse(row.breakdown_json) as MatchBreakdown,
    source: row.source,
    startDate: row.start_date,
    endDate: row.end_date,
    endReason: row.end_reason,
    circleId: row.circle_id,
    circleName: row.circle_name,
    reciprocal: row.reciprocal === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getPairing(db: Db, id: number): Pairing {
  const row = db.prepare(`${PAIRING_SELECT} WHERE p.id = ?`).get(id) as PairingRow | undefined;
  if (!row) throw new TandemError('not_found', `No pairing with id ${id}.`);
  return toPairing(row);
}

export function listPairings(db: Db, where: string, ...params: unknown[]): Pairing[] {
  const rows = db
    .prepare(`${PAIRING_SELECT} WHERE ${where} ORDER BY p.id`)
    .all(...params) as PairingRow[];
  return rows.map(toPairing);
}

export function timeline(db: Db, pairingId: number): PairingTransition[] {
  return db
    .prepare(
      `SELECT id, pairing_id AS pairingId, from_status AS "from", to_status AS "to", at, actor, reason, note
       FROM pairing_transitions WHERE pairing_id = ? ORDER BY id`,
    )
    .all(pairingId) as PairingTransition[];
}
