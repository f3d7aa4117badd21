import type {
  RosterChange,
  RosterFieldKey,
  RosterRecord,
  RosterSummary,
  RosterValues,
} from '../../../shared/domain/roster';
import type { StaffMember } from '../../../shared/domain/staff';
import type { Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { toStaffMember, type StaffFields, type StaffRow } from '../people/rows';

/** What committing a roster would do, worked out before anything is written. */
export interface RosterPlan {
  creates: { record: RosterRecord; fields: StaffFields }[];
  updates: {
    record: RosterRecord;
    before: StaffMember;
    fields: StaffFields;
    changed: RosterFieldKey[];
  }[];
  unchanged: number;
  /** Supervisor numbers to resolve once every row is in: employee number → supervisor's. */
  supervisors: Map<string, string | null>;
  problems: Problem[];
}

const MAX_LISTED_CHANGES = 200;

const EMPTY_STAFF: StaffFields = {
  employeeNumber: '',
  firstName: null,
  lastName: null,
  preferredName: null,
  email: null,
  role: null,
  unit: null,
  jobLevel: null,
  hireDate: null,
  endDate: null,
  yearsExperience: null,
  shift: null,
  languages: [],
  interests: [],
  careerGoals: null,
  supervisorId: null,
  status: 'active',
  notes: null,
};

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
    problems: [],
  };
  const inFile = new Set(records.map((r) => r.values.employeeNumber));

  for (const record of records) {
    const { supervisorEmployeeNumber, ...values } = record.values;
    const before = existing.get(values.employeeNumber);
    const supervisorChanges =
      supervisorEmployeeNumber !== undefined &&
      supervisorEmployeeNumber !==
        (before?.supervisorId ? (employeeNumberById.get(before.supervisorId) ?? null) : null);
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
      plan.creates.push({ record, fields: { ...EMPTY_STAFF, ...values } });
      continue;
    }
    const changed = changedFields(before, values);
    if (supervisorChanges) changed.push('supervisorEmployeeNumber');
    if (changed.length === 0) plan.unchanged += 1;
    else plan.updates.push({ record, before, fields: { ...before, ...values }, changed });
  }
  return plan;
}

function loadStaffByEmployeeNumber(db: Db): Map<string, StaffMember> {
  const rows = db.prepare('SELECT * FROM staff').all() as StaffRow[];
  return new Map(rows.map((r) => [r.employee_number, toStaffMember(r)]));
}

function changedFields(
  before: StaffMember,
  values: Omit<Partial<RosterValues>, 'supervisorEmployeeNumber'>,
): RosterFieldKey[] {
  return (Object.keys(values) as (keyof typeof values)[]).filter(
    (key) => JSON.stringify(values[key]) !== JSON.stringify(before[key]),
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
  const changes: RosterChange[] = plan.updates
    .slice(0, MAX_LISTED_CHANGES)
    .map((u) => ({ employeeNumber: u.before.employeeNumber, fields: u.changed }));
  return {
    new: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    rejected,
    changes,
    changedFieldCounts,
  };
}
