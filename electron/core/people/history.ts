import type { Db } from '../db/open';

/**
 * Whether a staff member has a history that must be kept: anything beyond the record of their
 * creation in the audit trail, or any row that points at them. Each table that references
 * `staff (id)` belongs here. Pairings point at enrolments, and goals (with their milestones and
 * progress) and meetings point at pairings, not at staff: every one of them implies an enrolment,
 * so the enrolment check covers them.
 */
export function hasHistory(db: Db, staffId: number): boolean {
  const events = db
    .prepare("SELECT count(*) AS n FROM audit_events WHERE entity = 'staff' AND entity_id = ?")
    .get(String(staffId)) as { n: number };
  if (events.n > 1) return true;
  const references = [
    'SELECT 1 FROM staff WHERE supervisor_id = ? LIMIT 1',
    'SELECT 1 FROM enrolments WHERE staff_id = ? LIMIT 1',
    'SELECT 1 FROM training_completions WHERE staff_id = ? LIMIT 1',
    'SELECT 1 FROM competency_sign_offs WHERE staff_id = ? LIMIT 1',
    'SELECT 1 FROM competency_sign_offs WHERE validator_id = ? LIMIT 1',
    'SELECT 1 FROM do_not_pair WHERE ? IN (staff_a, staff_b) LIMIT 1',
  ];
  return references.some((sql) => db.prepare(sql).get(staffId) !== undefined);
}
