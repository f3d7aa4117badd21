import type { RosterValues } from '../../../shared/domain/roster';
import type { StaffFields } from '../people/rows';
import type { auditSnapshot } from '../people/service';

/*
 * Staff fields for 100,000 rows at a time, built as object literals of one fixed shape. Spreading
 * row objects whose fields hold a number in one row and null in the next (job level, years)
 * makes V8 fall back to a slow generic copy, about a hundred times slower, and the copies pile
 * up in the old generation until the transaction ends: the import's time and memory went there.
 */

/** What a new staff member has before the file's values are applied. */
export const EMPTY_STAFF: StaffFields = {
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

/** `base` with the file's values applied: only the fields the mapping stores (present in `v`). */
export function mergeStaffFields(base: StaffFields, v: Partial<RosterValues>): StaffFields {
  return {
    employeeNumber: v.employeeNumber ?? base.employeeNumber,
    firstName: v.firstName !== undefined ? v.firstName : base.firstName,
    lastName: v.lastName !== undefined ? v.lastName : base.lastName,
    preferredName: v.preferredName !== undefined ? v.preferredName : base.preferredName,
    email: v.email !== undefined ? v.email : base.email,
    role: v.role !== undefined ? v.role : base.role,
    unit: v.unit !== undefined ? v.unit : base.unit,
    jobLevel: v.jobLevel !== undefined ? v.jobLevel : base.jobLevel,
    hireDate: v.hireDate !== undefined ? v.hireDate : base.hireDate,
    endDate: v.endDate !== undefined ? v.endDate : base.endDate,
    yearsExperience: v.yearsExperience !== undefined ? v.yearsExperience : base.yearsExperience,
    shift: v.shift !== undefined ? v.shift : base.shift,
    languages: v.languages ?? base.languages,
    interests: v.interests ?? base.interests,
    careerGoals: v.careerGoals !== undefined ? v.careerGoals : base.careerGoals,
    supervisorId: base.supervisorId,
    status: v.status ?? base.status,
    notes: base.notes,
  };
}

/**
 * The same fields as people/service's auditSnapshot of the stored staff member, written in the
 * sorted order of their names: the audit trail's canonical JSON of it is then plain
 * JSON.stringify (audit/chain.ts), the cheapest part of writing 100,000 events.
 */
export function staffSnapshot(id: number, f: StaffFields): ReturnType<typeof auditSnapshot> {
  return {
    careerGoals: f.careerGoals,
    email: f.email,
    employeeNumber: f.employeeNumber,
    endDate: f.endDate,
    firstName: f.firstName,
    hireDate: f.hireDate,
    id,
    interests: f.interests,
    jobLevel: f.jobLevel,
    languages: f.languages,
    lastName: f.lastName,
    notes: f.notes,
    preferredName: f.preferredName,
    role: f.role,
    shift: f.shift,
    status: f.status,
    supervisorId: f.supervisorId,
    unit: f.unit,
    yearsExperience: f.yearsExperience,
  };
}

/** Staff columns in the order of INSERT_STAFF_WITH_ID (commit.ts), bound by position. */
export function insertParams(id: number, at: string, f: StaffFields): unknown[] {
  return [
    id,
    f.employeeNumber,
    f.firstName,
    f.lastName,
    f.preferredName,
    f.email,
    f.role,
    f.unit,
    f.jobLevel,
    f.hireDate,
    f.endDate,
    f.yearsExperience,
    f.shift,
    listJson(f.languages),
    listJson(f.interests),
    f.careerGoals,
    f.supervisorId,
    f.status,
    f.notes,
    at,
    at,
  ];
}

/** Most rosters have no languages or interests column: no need to write "[]" 200,000 times. */
function listJson(list: readonly string[]): string {
  return list.length === 0 ? '[]' : JSON.stringify(list);
}
