import type {
  RosterCellValue,
  RosterChange,
  RosterRecord,
  RosterSummary,
  RosterValues,
  StaffRosterFieldKey,
} from '../../../shared/domain/roster';
import { displayName, type StaffMember } from '../../../shared/domain/staff';
import type { Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { toStaffMember, type StaffFields, type StaffRow } from '../people/rows';
import { EMPTY_STAFF, mergeStaffFields } from './fields';
import type { ImportRecord, SelfIdentifiedValues } from './records';

/** What committing a roster would do, worked out before anything is written. */
export interface RosterPlan {
  creates: { record: RosterRecord; fields: StaffFields }[];
  updates: {
    record: RosterRecord;
    before: StaffMember;
    /** The supervisor's employee number as stored now. */
    supervisorBefore: string | null;
    fields: StaffFields;
    changed: StaffRosterFieldKey[];
  }[];
  unchanged: number;
  /** Supervisor numbers to resolve when the rows are written: employee number → supervisor's. */
  supervisors: Map<string, string | null>;
  /** The id of every staff member already stored, by employee number. */
  existingIds: Map<string, number>;
  /** Null when no consent column is mapped: self-identified data is then left as it is. */
  selfIdentified: SelfIdentifiedPlan | null;
  problems: Problem[];
}

/** What an import does to staff_demographics; kept apart from the staff changes it lists. */
export interface SelfIdentifiedPlan {
  /** Rows to record (new or changed): every field, the unmapped ones kept as stored. */
  record: {
    employeeNumber: string;
    values: SelfIdentifiedValues;
    consentRecordedOn: string;
  }[];
  /** Existing staff whose stored data is deleted: the file records no consent for them. */
  remove: string[];
  withConsent: number;
  withoutConsent: number;
  dropped: number;
}

/** Where the file says consent, and the day an undated "yes" is recorded on. */
export interface ConsentContext {
  column: string;
  today: string;
}

interface StoredSelfIdentified extends SelfIdentifiedValues {
  consentRecordedOn: string;
}

const NO_ANSWERS: SelfIdentifiedValues = {
  gender: null,
  raceEthnicity: null,
  ageBand: null,
  firstGeneration: null,
  internationallyEducated: null,
};

const MAX_LISTED_CHANGES = 200;

/**
 * Compares each record, keyed by employee number, with the directory: new staff, staff whose
 * mapped fields change (and which), and staff the file leaves as they are. Fields the mapping
 * ignores are never touched.
 */
export function planRoster(
  db: Db,
  records: ImportRecord[],
  supervisorColumn: string | null,
  consent: ConsentContext | null = null,
): RosterPlan {
  const existing = loadStaffByEmployeeNumber(db);
  const employeeNumberById = new Map([...existing.values()].map((s) => [s.id, s.employeeNumber]));
  const plan: RosterPlan = {
    creates: [],
    updates: [],
    unchanged: 0,
    supervisors: new Map(),
    existingIds: new Map([...existing.values()].map((s) => [s.employeeNumber, s.id])),
    selfIdentified: null,
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
  if (consent) {
    plan.selfIdentified = planSelfIdentified(db, records, consent, plan.problems);
  }
  return plan;
}

/**
 * Consent recorded: the mapped values replace the stored ones (an empty cell is "prefer not to
 * say"), unmapped fields keep theirs. No consent: nothing is stored and any stored row goes,
 * as withdrawing consent does (outcomes/demographics.ts). An undated "yes" keeps the day
 * consent was first recorded, or is today's.
 */
function planSelfIdentified(
  db: Db,
  records: ImportRecord[],
  consent: ConsentContext,
  problems: Problem[],
): SelfIdentifiedPlan {
  const stored = loadSelfIdentified(db);
  const plan: SelfIdentifiedPlan = {
    record: [],
    remove: [],
    withConsent: 0,
    withoutConsent: 0,
    dropped: 0,
  };
  for (const record of records) {
    const self = record.selfIdentified;
    if (!self) continue;
    const employeeNumber = record.values.employeeNumber;
    const before = stored.get(employeeNumber);
    if (self.consent === null) {
      plan.withoutConsent += 1;
      if (self.dropped) plan.dropped += 1;
      if (before) plan.remove.push(employeeNumber);
      continue;
    }
    plan.withConsent += 1;
    const day =
      self.consent === 'yes' ? (before?.consentRecordedOn ?? consent.today) : self.consent;
    if (day > consent.today) {
      problems.push({
        row: record.row,
        field: consent.column,
        value: day,
        message: `expected the day consent was recorded, on or before today (${consent.today}), found "${day}"`,
      });
      continue;
    }
    const values: SelfIdentifiedValues = { ...(before ?? NO_ANSWERS), ...self.values };
    const after: SelfIdentifiedValues = {
      gender: values.gender,
      raceEthnicity: values.raceEthnicity,
      ageBand: values.ageBand,
      firstGeneration: values.firstGeneration,
      internationallyEducated: values.internationallyEducated,
    };
    const same =
      before !== undefined &&
      before.consentRecordedOn === day &&
      (Object.keys(after) as (keyof SelfIdentifiedValues)[]).every((k) => before[k] === after[k]);
    if (!same) plan.record.push({ employeeNumber, values: after, consentRecordedOn: day });
  }
  return plan;
}

interface StoredSelfIdentifiedRow {
  employee_number: string;
  gender: string | null;
  race_ethnicity: string | null;
  age_band: SelfIdentifiedValues['ageBand'];
  first_generation: number | null;
  internationally_educated: number | null;
  consent_recorded_on: string;
}

function loadSelfIdentified(db: Db): Map<string, StoredSelfIdentified> {
  const rows = db
    .prepare(
      `SELECT s.employee_number, d.gender, d.race_ethnicity, d.age_band, d.first_generation,
         d.internationally_educated, d.consent_recorded_on
       FROM staff_demographics d JOIN staff s ON s.id = d.staff_id`,
    )
    .all() as StoredSelfIdentifiedRow[];
  const bool = (n: number | null) => (n === null ? null : n === 1);
  return new Map(
    rows.map((r) => [
      r.employee_number,
      {
        gender: r.gender,
        raceEthnicity: r.race_ethnicity,
        ageBand: r.age_band,
        firstGeneration: bool(r.first_generation),
        internationallyEducated: bool(r.internationally_educated),
        consentRecordedOn: r.consent_recorded_on,
      },
    ]),
  );
}

/** A staff field as the review shows it (the full name is stored as first and last name). */
function cellValue(
  staff: StaffFields,
  field: Exclude<StaffRosterFieldKey, 'supervisorEmployeeNumber'>,
): RosterCellValue {
  if (field === 'fullName') return displayName(staff);
  return staff[field];
}

function loadStaffByEmployeeNumber(db: Db): Map<string, StaffMember> {
  const rows = db.prepare('SELECT * FROM staff').all() as StaffRow[];
  return new Map(rows.map((r) => [r.employee_number, toStaffMember(r)]));
}

/** The mapped fields whose value differs from the stored one (the supervisor is compared apart). */
function changedFields(before: StaffMember, values: Partial<RosterValues>): StaffRosterFieldKey[] {
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
  const changedFieldCounts: Partial<Record<StaffRosterFieldKey, number>> = {};
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
    selfIdentified: plan.selfIdentified
      ? {
          withConsent: plan.selfIdentified.withConsent,
          withoutConsent: plan.selfIdentified.withoutConsent,
          recorded: plan.selfIdentified.record.length,
          removed: plan.selfIdentified.remove.length,
          droppedWithoutConsent: plan.selfIdentified.dropped,
        }
      : null,
  };
}
