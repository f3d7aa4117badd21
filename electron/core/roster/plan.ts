import type {
  RosterCellValue,
  RosterChange,
  RosterFieldKey,
  RosterRecord,
  RosterSummary,
  RosterValues,
} from '../../../shared/domain/roster';
import { displayName, type StaffMember } from '../../../shared/domain/staff';
import type { Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { toStaffMember, type StaffFields, type StaffRow } from '../people/rows';
import { EMPTY_STAFF, mergeStaffFields } from './fields';

/** What committing a roster would do, worked out before anything is written. */
export interface RosterPlan {
  creates: { record: RosterRecord; fields: StaffFields }[];
  updates: {
    record: RosterRecord;
    before: StaffMember;
    /** The supervisor's employee number as stored now. */
    supervisorBefore: string | null;
    fields: StaffFields;
    changed: RosterFieldKey[];
  }[];
  unchanged: number;
  /** Supervisor numbers to resolve when the rows are written: employee number → supervisor's. */
  supervisors: Map<string, string | null>;
  /** The id of every staff member already stored, by employee number. */
  existingIds: Map<string, number>;
  problems: Problem[];
}

const MAX_LISTED_CHANGES = 200;

/**
 * Compares each record, keyed by employee number, with the directory: new staff, staff whose
 * mapped fields change (and which), and staff the file leaves as they are. Fields the mapping
 * ignores are never touched.
 */
export function planRoster(
  db: Db,
  records: RosterRecord[],
  supervisorColumn: string | null,
): RosterPlan {
  const existing = loadStaffByEmployeeNumber(db);
  const employeeNumberById = new Map([...existing.values()].map((s) => [s.id, s.employeeNumber]));
  const plan: RosterPlan = {
    creates: [],
    updates: [],
    unchanged: 0,
    supervisors: new Map(),
    existingIds: new Map([...existing.values()].map((s) => [s.employeeNumber, s.id])),
    problems: [],
  };
  // Only a supervisor column needs to know who else is in the file.
  const inFile = new Set(
    supervisorColumn === null ? [] : records.map((r) => r.values.employeeNumber),
  );

  for (const record of records) {
    const values = record.values;
    const supervisorEmployeeNumber = values.supervisorEmployeeNumber;
    const before = existing.get(values.employeeNumber);
    const supervisorBefore = before?.supervisorId
      ? (employeeNumberById.get(before.supervisorId) ?? null)
      : null;
    const supervisorChanges =
      supervisorEmployeeNumber !== undefined && supervisorEmployeeNumber !== supervisorBefore;
    if (supervisorEmployeeNumber !== undefined) {
      const problem = checkSupervisor(
        record,
        supervisorEmployeeNumber,
        existing,
        inFile,
        supervisorColumn,
      );
      if (problem) plan.problems.push(problem);
      if (supervisorChanges) plan.supervisors.set(values.employeeNumber, supervisorEmployeeNumber);
    }
    if (!before) {
      plan.creates.push({ record, fields: mergeStaffFields(EMPTY_STAFF, values) });
      continue;
    }
    const changed = changedFields(before, values);
    if (supervisorChanges) changed.push('supervisorEmployeeNumber');
    if (changed.length === 0) plan.unchanged += 1;
    else
      plan.updates.push({
        record,
        before,
        supervisorBefore,
        fields: mergeStaffFields(before, values),
        changed,
      });
  }
  return plan;
}

/** A staff field as the review shows it (the full name is stored as first and last name). */
function cellValue(
  staff: StaffFields,
  field: Exclude<RosterFieldKey, 'supervisorEmployeeNumber'>,
): RosterCellValue {
  if (field === 'fullName') return displayName(staff);
  return staff[field];
}

function loadStaffByEmployeeNumber(db: Db): Map<string, StaffMember> {
  const rows = db.prepare('SELECT * FROM staff').all() as StaffRow[];
  return new Map(rows.map((r) => [r.employee_number, toStaffMember(r)]));
}

/** The mapped fields whose value differs from the stored one (the supervisor is compared apart). */
function changedFields(before: StaffMember, values: Partial<RosterValues>): RosterFieldKey[] {
  return (Object.keys(values) as (keyof RosterValues)[]).filter(
    (key) =>
      key !== 'supervisorEmployeeNumber' &&
      values[key] !== undefined &&
      JSON.stringify(values[key]) !== JSON.stringify(before[key]),
  );
}

function checkSupervisor(
  record: RosterRecord,
  supervisor: string | null,
  existing: Map<string, StaffMember>,
  inFile: Set<string>,
  column: string | null,
): Problem | null {
  if (supervisor === null) return null;
  const where = { row: record.row, field: column ?? 'supervisor', value: supervisor };
  if (supervisor === record.values.employeeNumber) {
    return { ...where, message: 'a staff member cannot be their own supervisor' };
  }
  if (!existing.has(supervisor) && !inFile.has(supervisor)) {
    return {
      ...where,
      message: `expected the employee number of a staff member in this file or the directory, found "${supervisor}"`,
    };
  }
  return null;
}

export function summarise(plan: RosterPlan, rejected: number): RosterSummary {
  const changedFieldCounts: Partial<Record<RosterFieldKey, number>> = {};
  for (const update of plan.updates) {
    for (const field of update.changed)
      changedFieldCounts[field] = (changedFieldCounts[field] ?? 0) + 1;
  }
  const changes: RosterChange[] = plan.updates.slice(0, MAX_LISTED_CHANGES).map((u) => ({
    employeeNumber: u.before.employeeNumber,
    name: displayName(u.before),
    fields: u.changed,
    values: u.changed.map((field) =>
      field === 'supervisorEmployeeNumber'
        ? {
            field,
            before: u.supervisorBefore,
            after: u.record.values.supervisorEmployeeNumber ?? null,
          }
        : { field, before: cellValue(u.before, field), after: cellValue(u.fields, field) },
    ),
  }));
  return {
    new: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    rejected,
    changes,
    changedFieldCounts,
  };
}
