import { statement } from '../db/statements';
import { reportProgress } from '../jobs/progress';
import type { WriteTx } from '../db/write';
import { UPDATE_STAFF, toParams, type StaffFields } from '../people/rows';
import {
  recordDemographicsInTransaction,
  withdrawConsentInTransaction,
} from '../outcomes/demographics';
import { auditSnapshot } from '../people/service';
import { insertParams, staffSnapshot } from './fields';
import type { RosterPlan } from './plan';

/** The staff insert of people/rows.ts with the id given: ids are known before the rows go in. */
const INSERT_STAFF_WITH_ID = `
  INSERT INTO staff (id, employee_number, first_name, last_name, preferred_name, email, role, unit,
    job_level, hire_date, end_date, years_experience, shift, languages_json, interests_json,
    career_goals, supervisor_id, status, notes, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Writes a roster plan: each new or changed staff member is written once, with one audit event
 * holding their final values, supervisor included. Expects the caller's transaction.
 *
 * A supervisor may be a later row of the same file, or two people may supervise each other, so
 * new staff get their ids before any row is written and the supervisor link is checked when the
 * transaction commits (SQLite's deferred foreign keys) rather than row by row. That is what
 * lets a 100,000-row file go in without a second update and a second event per supervised row.
 */
export function writeRosterPlanInTransaction(
  tx: WriteTx,
  plan: RosterPlan,
  who: { actor: string; today: string },
): void {
  tx.db.pragma('defer_foreign_keys = ON');
  const ids = new Map(plan.existingIds);
  let nextId =
    (statement(tx.db, 'SELECT coalesce(max(id), 0) AS id FROM staff').get() as { id: number }).id +
    1;
  const createIds = plan.creates.map((c) => {
    const id = nextId;
    nextId += 1;
    ids.set(c.fields.employeeNumber, id);
    return id;
  });
  const supervisorOf = (employeeNumber: string, current: number | null): number | null => {
    if (!plan.supervisors.has(employeeNumber)) return current;
    const supervisor = plan.supervisors.get(employeeNumber) ?? null;
    // planRoster refused unknown supervisors, so every number here has an id.
    return supervisor === null ? null : (ids.get(supervisor) ?? null);
  };

  // Progress every 500 staff (a 100,000-row file writes for seconds); Cancel throws here and
  // the caller's transaction rolls back, so a cancelled import keeps nothing.
  const total = plan.creates.length + plan.updates.length;
  let written = 0;
  const wrote = () => {
    written += 1;
    if (written % 500 === 0 || written === total) {
      // The overlay shows the counts beside the label.
      reportProgress(written, total, 'Writing staff records');
    }
  };
  if (total > 0) reportProgress(0, total, 'Writing staff records');

  const insert = statement(tx.db, INSERT_STAFF_WITH_ID);
  plan.creates.forEach((c, index) => {
    const id = createIds[index] ?? 0;
    const fields = c.fields;
    fields.supervisorId = supervisorOf(fields.employeeNumber, fields.supervisorId);
    insert.run(insertParams(id, tx.at, fields));
    tx.audit({
      entity: 'staff',
      entityId: id,
      action: 'create',
      before: null,
      after: staffSnapshot(id, fields),
    });
    wrote();
  });

  const update = statement(tx.db, UPDATE_STAFF);
  for (const u of plan.updates) {
    const fields: StaffFields = u.fields;
    fields.supervisorId = supervisorOf(u.before.employeeNumber, fields.supervisorId);
    update.run({ ...toParams(fields), id: u.before.id, at: tx.at });
    tx.audit({
      entity: 'staff',
      entityId: u.before.id,
      action: 'import_update',
      before: auditSnapshot(u.before),
      after: staffSnapshot(u.before.id, fields),
    });
    wrote();
  }

  // Self-identified data goes through the outcomes service, so its audit events hold only that
  // consent was recorded or withdrawn and which fields were answered, never the values.
  const self = plan.selfIdentified;
  if (!self) return;
  for (const r of self.record) {
    const staffId = ids.get(r.employeeNumber);
    if (staffId === undefined) continue; // every planned row's staff member is in `ids`
    recordDemographicsInTransaction(tx, who.actor, who.today, {
      staffId,
      ...r.values,
      consentRecordedOn: r.consentRecordedOn,
    });
  }
  for (const employeeNumber of self.remove) {
    const staffId = ids.get(employeeNumber);
    if (staffId !== undefined) withdrawConsentInTransaction(tx, who.today, staffId);
  }
}
