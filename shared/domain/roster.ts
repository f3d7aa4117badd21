import { z } from 'zod';
import type { Problem } from '../result';
import { AGE_BANDS } from './outcomes';
import { ROLES, SHIFTS, STAFF_STATUSES, type Role, type Shift, type StaffStatus } from './staff';

/** Kinds of value a roster column can hold, each with its own parser and message. */
export type RosterFieldKind =
  'text' | 'integer' | 'date' | 'email' | 'enum' | 'list' | 'yesNo' | 'consent';

export interface RosterField {
  key: RosterFieldKey;
  label: string;
  kind: RosterFieldKind;
  required: boolean;
  /** Allowed stored values for `enum` fields. */
  values?: readonly string[];
  /** Inclusive bounds for `integer` fields. */
  min?: number;
  max?: number;
  /** Normalised headers (lower case, letters and digits only) that suggest this field. */
  headers: readonly string[];
  /**
   * Self-identified data (or its consent): stored apart from the staff record, only with
   * recorded consent, and never shown per person (not in the preview rows nor the changes).
   */
  selfIdentified?: true;
}

export const ROSTER_FIELD_KEYS = [
  'employeeNumber',
  'fullName',
  'firstName',
  'lastName',
  'preferredName',
  'email',
  'role',
  'unit',
  'jobLevel',
  'hireDate',
  'endDate',
  'yearsExperience',
  'shift',
  'languages',
  'interests',
  'careerGoals',
  'supervisorEmployeeNumber',
  'status',
  'demographicsConsent',
  'gender',
  'raceEthnicity',
  'ageBand',
  'firstGeneration',
  'internationallyEducated',
] as const;
export type RosterFieldKey = (typeof ROSTER_FIELD_KEYS)[number];

/** The self-identified fields a roster can carry, in staff_demographics (migration 009). */
export const SELF_IDENTIFIED_FIELDS = [
  'gender',
  'raceEthnicity',
  'ageBand',
  'firstGeneration',
  'internationallyEducated',
] as const;
export type SelfIdentifiedField = (typeof SELF_IDENTIFIED_FIELDS)[number];

/** A staff field of the roster: everything but the self-identified fields and their consent. */
export type StaffRosterFieldKey = Exclude<
  RosterFieldKey,
  SelfIdentifiedField | 'demographicsConsent'
>;

export function isSelfIdentifiedKey(
  key: RosterFieldKey,
): key is SelfIdentifiedField | 'demographicsConsent' {
  return (
    key === 'demographicsConsent' || (SELF_IDENTIFIED_FIELDS as readonly string[]).includes(key)
  );
}

/** Fields whose file values are codes that need a value mapping (e.g. shift 0–3). */
export const CODED_FIELDS = ['role', 'shift', 'status'] as const;
export type CodedField = (typeof CODED_FIELDS)[number];

export const ROSTER_FIELDS: readonly RosterField[] = [
  {
    key: 'employeeNumber',
    label: 'Employee number',
    kind: 'text',
    required: true,
    headers: [
      'employeeid',
      'employeenumber',
      'employeeno',
      'empid',
      'empno',
      'staffid',
      'staffnumber',
      'personnelnumber',
      'id',
    ],
  },
  {
    // One column with the whole name, "Ruiz, Ana" or "Ana Ruiz": split into first and last name.
    key: 'fullName',
    label: 'Full name (split into first and last)',
    kind: 'text',
    required: false,
    headers: [
      'fullname',
      'employeename',
      'employeefullname',
      'staffname',
      'staffmembername',
      'name',
      'namelastfirst',
      'lastfirstname',
    ],
  },
  {
    key: 'firstName',
    label: 'First name',
    kind: 'text',
    required: false,
    headers: ['firstname', 'givenname', 'forename'],
  },
  {
    key: 'lastName',
    label: 'Last name',
    kind: 'text',
    required: false,
    headers: ['lastname', 'surname', 'familyname'],
  },
  {
    key: 'preferredName',
    label: 'Preferred name',
    kind: 'text',
    required: false,
    headers: ['preferredname', 'knownas', 'nickname'],
  },
  {
    key: 'email',
    label: 'E-mail',
    kind: 'email',
    required: false,
    headers: ['email', 'emailaddress', 'workemail', 'mail'],
  },
  {
    key: 'role',
    label: 'Role / discipline',
    kind: 'enum',
    values: ROLES,
    required: false,
    headers: ['jobrole', 'role', 'discipline', 'jobtitle', 'position', 'title'],
  },
  {
    key: 'unit',
    label: 'Unit / department',
    kind: 'text',
    required: false,
    headers: ['department', 'unit', 'dept', 'ward', 'costcenter', 'costcentre'],
  },
  {
    key: 'jobLevel',
    label: 'Job level (1–5)',
    kind: 'integer',
    min: 1,
    max: 5,
    required: false,
    headers: ['joblevel', 'level', 'grade', 'band'],
  },
  {
    key: 'hireDate',
    label: 'Hire date',
    kind: 'date',
    required: false,
    headers: ['hiredate', 'startdate', 'dateofhire', 'datehired', 'joined'],
  },
  {
    key: 'endDate',
    label: 'End date',
    kind: 'date',
    required: false,
    headers: ['enddate', 'terminationdate', 'leavingdate', 'leftdate'],
  },
  {
    key: 'yearsExperience',
    label: 'Years of experience',
    kind: 'integer',
    min: 0,
    max: 70,
    required: false,
    headers: [
      'totalworkingyears',
      'yearsexperience',
      'yearsofexperience',
      'experienceyears',
      'experience',
    ],
  },
  {
    key: 'shift',
    label: 'Usual shift',
    kind: 'enum',
    values: SHIFTS,
    required: false,
    headers: ['shift', 'usualshift', 'shiftpattern'],
  },
  {
    key: 'languages',
    label: 'Languages',
    kind: 'list',
    required: false,
    headers: ['languages', 'language', 'languagesspoken'],
  },
  {
    key: 'interests',
    label: 'Interests',
    kind: 'list',
    required: false,
    headers: ['interests', 'specialinterests'],
  },
  {
    key: 'careerGoals',
    label: 'Career goals',
    kind: 'text',
    required: false,
    headers: ['careergoals', 'careergoal', 'goals'],
  },
  {
    key: 'supervisorEmployeeNumber',
    label: 'Supervisor (employee number)',
    kind: 'text',
    required: false,
    headers: [
      'supervisorid',
      'supervisor',
      'managerid',
      'manageremployeeid',
      'reportsto',
      'supervisoremployeenumber',
    ],
  },
  {
    key: 'status',
    label: 'Status',
    kind: 'enum',
    values: STAFF_STATUSES,
    required: false,
    headers: ['status', 'employmentstatus', 'attrition'],
  },
  // Self-identified fields are suggested only when the file has a consent column too
  // (suggestColumns): without one nothing of them could be stored.
  {
    key: 'demographicsConsent',
    label: 'Consent to store self-identified data (yes/no or date)',
    kind: 'consent',
    required: false,
    selfIdentified: true,
    headers: [
      'demographicsconsent',
      'demographicconsent',
      'selfidentifiedconsent',
      'selfidconsent',
      'eeoconsent',
      'diversityconsent',
      'consentdate',
      'consentrecordedon',
      'consent',
    ],
  },
  {
    key: 'gender',
    label: 'Gender (self-identified)',
    kind: 'text',
    required: false,
    selfIdentified: true,
    headers: ['gender', 'genderidentity', 'sex'],
  },
  {
    key: 'raceEthnicity',
    label: 'Race or ethnicity (self-identified)',
    kind: 'text',
    required: false,
    selfIdentified: true,
    headers: ['raceethnicity', 'ethnicity', 'race', 'ethnicorigin', 'ethnicgroup'],
  },
  {
    key: 'ageBand',
    label: 'Age band (self-identified; an age becomes its band)',
    kind: 'enum',
    values: AGE_BANDS,
    required: false,
    selfIdentified: true,
    headers: ['ageband', 'agegroup', 'agerange', 'age'],
  },
  {
    key: 'firstGeneration',
    label: 'First-generation (self-identified, yes/no)',
    kind: 'yesNo',
    required: false,
    selfIdentified: true,
    headers: ['firstgeneration', 'firstgen', 'firstgenerationcollege', 'firstgenerationstudent'],
  },
  {
    key: 'internationallyEducated',
    label: 'Internationally educated (self-identified, yes/no)',
    kind: 'yesNo',
    required: false,
    selfIdentified: true,
    headers: [
      'internationallyeducated',
      'internationaleducation',
      'internationalgraduate',
      'educatedabroad',
      'ien',
      'img',
    ],
  },
];

export function rosterField(key: RosterFieldKey): RosterField {
  const field = ROSTER_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`unknown roster field ${key}`);
  return field;
}

/**
 * How the columns of one roster file become staff fields. `columns` maps each header to a
 * field or to null (ignored); `values` maps the file's codes of a coded field to stored values.
 */
export const rosterMapping = z.object({
  columns: z.record(z.string(), z.enum(ROSTER_FIELD_KEYS).nullable()),
  values: z
    .object({
      role: z.record(z.string(), z.enum(ROLES)).optional(),
      shift: z.record(z.string(), z.enum(SHIFTS)).optional(),
      status: z.record(z.string(), z.enum(STAFF_STATUSES)).optional(),
    })
    .default({}),
});
export type RosterMapping = z.output<typeof rosterMapping>;

/** One roster row after parsing: only the mapped fields are present. */
export interface RosterValues {
  employeeNumber: string;
  firstName: string | null;
  lastName: string | null;
  preferredName: string | null;
  email: string | null;
  role: Role | null;
  unit: string | null;
  jobLevel: number | null;
  hireDate: string | null;
  endDate: string | null;
  yearsExperience: number | null;
  shift: Shift | null;
  languages: string[];
  interests: string[];
  careerGoals: string | null;
  supervisorEmployeeNumber: string | null;
  status: StaffStatus;
}

export interface RosterRecord {
  /** Row as a spreadsheet shows it: the header is row 1, the first staff row is row 2. */
  row: number;
  values: Partial<RosterValues> & { employeeNumber: string };
}

export type RosterFormat = 'csv' | 'xlsx';
export type RosterEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';
export type RosterDelimiter = ',' | ';' | '\t';

export interface RosterFileInfo {
  name: string;
  format: RosterFormat;
  encoding: RosterEncoding | null;
  delimiter: RosterDelimiter | null;
  rowCount: number;
}

export interface RosterColumn {
  header: string;
  samples: string[];
  field: RosterFieldKey | null;
}

export interface CodedValue {
  value: string;
  count: number;
  mappedTo: string | null;
  /**
   * Tandem guessed `mappedTo` from a synonym ("Nurse" → Registered nurse) rather than the file
   * saying a stored value or its label: worth a look before importing.
   */
  guessed: boolean;
}

export interface CodedColumn {
  field: CodedField;
  column: string;
  values: CodedValue[];
}

/** A stored value as the review shows it before and after: text, number, list or nothing. */
export type RosterCellValue = string | number | string[] | null;

export interface RosterFieldChange {
  field: StaffRosterFieldKey;
  before: RosterCellValue;
  after: RosterCellValue;
}

export interface RosterChange {
  employeeNumber: string;
  /** The staff member's name as stored now (before the import). */
  name: string;
  fields: StaffRosterFieldKey[];
  /** Each changed field's value now and after the import (supervisors by employee number). */
  values: RosterFieldChange[];
}

export interface RosterSummary {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first updated staff members with the fields that change for each. */
  changes: RosterChange[];
  /** How many staff members each field changes for. */
  changedFieldCounts: Partial<Record<StaffRosterFieldKey, number>>;
  /** Counts only, never who: null when no consent column is mapped. */
  selfIdentified: SelfIdentifiedSummary | null;
}

/** What an import does with self-identified data, in counts (it is never shown per person). */
export interface SelfIdentifiedSummary {
  /** Rows whose consent column records consent: their self-identified values are stored. */
  withConsent: number;
  /** Rows without recorded consent: nothing of them is stored. */
  withoutConsent: number;
  /** Staff whose self-identified data is recorded or changes. */
  recorded: number;
  /** Staff whose stored self-identified data is deleted because the file records no consent. */
  removed: number;
  /** Rows with self-identified values but no consent: the values are dropped, not stored. */
  droppedWithoutConsent: number;
}

export interface RosterPreview {
  file: RosterFileInfo;
  columns: RosterColumn[];
  mapping: RosterMapping;
  codedColumns: CodedColumn[];
  /** The first rows as they will be stored. */
  rows: RosterRecord[];
  /** The first problems found (row, column, value, what was expected). */
  problems: Problem[];
  problemCount: number;
  /** What will import but may not be what was meant (no name column, say). */
  warnings: string[];
  summary: RosterSummary;
}

export interface SavedRosterMapping {
  id: number;
  name: string;
  mapping: RosterMapping;
  updatedAt: string;
}
