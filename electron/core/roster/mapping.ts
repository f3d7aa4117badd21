import {
  CODED_FIELDS,
  ROSTER_FIELDS,
  rosterField,
  type CodedColumn,
  type CodedField,
  type CodedValue,
  type RosterFieldKey,
  type RosterMapping,
} from '../../../shared/domain/roster';
import {
  ROLE_LABELS,
  SHIFT_LABELS,
  STAFF_STATUS_LABELS,
  type Role,
  type Shift,
  type StaffStatus,
} from '../../../shared/domain/staff';
import type { Problem } from '../../../shared/result';
import type { RosterTable } from './read';

/** Lower case, letters and digits only: "Employee_ID" and "employee id" both become "employeeid". */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Own keys only: a cell reading "constructor" must not find Object.prototype.constructor. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

// ---------------------------------------------------------------- coded values

interface CodedValueSet<T extends string> {
  labels: Record<T, string>;
  /** Normalised file values that mean a stored value. */
  synonyms: Record<string, T>;
}

const ROLE_VALUES: CodedValueSet<Role> = {
  labels: ROLE_LABELS,
  synonyms: {
    nurse: 'rn',
    rn: 'rn',
    registerednurse: 'rn',
    staffnurse: 'rn',
    lpn: 'lpn',
    lvn: 'lpn',
    licensedpracticalnurse: 'lpn',
    licensedvocationalnurse: 'lpn',
    cna: 'cna',
    nursingassistant: 'cna',
    certifiednursingassistant: 'cna',
    nurseaide: 'cna',
    nursingaide: 'cna',
    phlebotomist: 'phlebotomist',
    phlebotomy: 'phlebotomist',
    mls: 'lab_scientist',
    medicallabscientist: 'lab_scientist',
    medicallaboratoryscientist: 'lab_scientist',
    clinicallaboratoryscientist: 'lab_scientist',
    medicaltechnologist: 'lab_scientist',
    labscientist: 'lab_scientist',
    mlt: 'lab_technician',
    labtech: 'lab_technician',
    labtechnician: 'lab_technician',
    laboratorytechnician: 'lab_technician',
    medicallabtechnician: 'lab_technician',
    medicallaboratorytechnician: 'lab_technician',
    therapist: 'therapist',
    pt: 'therapist',
    ot: 'therapist',
    rt: 'therapist',
    slp: 'therapist',
    physicaltherapist: 'therapist',
    physiotherapist: 'therapist',
    occupationaltherapist: 'therapist',
    respiratorytherapist: 'therapist',
    speechtherapist: 'therapist',
    physician: 'physician',
    doctor: 'physician',
    md: 'physician',
    admin: 'admin',
    administrative: 'admin',
    administration: 'admin',
    administrator: 'admin',
    clerk: 'admin',
    unitclerk: 'admin',
    wardclerk: 'admin',
    unitsecretary: 'admin',
    other: 'other',
  },
};

const SHIFT_VALUES: CodedValueSet<Shift> = {
  labels: SHIFT_LABELS,
  synonyms: {
    day: 'day',
    days: 'day',
    d: 'day',
    dayshift: 'day',
    evening: 'evening',
    evenings: 'evening',
    eve: 'evening',
    e: 'evening',
    swing: 'evening',
    eveningshift: 'evening',
    night: 'night',
    nights: 'night',
    n: 'night',
    noc: 'night',
    nightshift: 'night',
    rotating: 'rotating',
    rotation: 'rotating',
    rotate: 'rotating',
    r: 'rotating',
  },
};

/** Payroll systems often code shifts 0–3 in this order (the Watson roster does). */
const SHIFT_CODES: Record<string, Shift> = {
  '0': 'day',
  '1': 'evening',
  '2': 'night',
  '3': 'rotating',
};

const STATUS_VALUES: CodedValueSet<StaffStatus> = {
  labels: STAFF_STATUS_LABELS,
  synonyms: {
    active: 'active',
    current: 'active',
    employed: 'active',
    onleave: 'on_leave',
    loa: 'on_leave',
    leave: 'on_leave',
    leaveofabsence: 'on_leave',
    left: 'left',
    terminated: 'left',
    resigned: 'left',
    retired: 'left',
    inactive: 'left',
    former: 'left',
  },
};

/** An "Attrition" column answers "has this person left?". */
const ATTRITION_VALUES: Record<string, StaffStatus> = {
  yes: 'left',
  no: 'active',
  y: 'left',
  n: 'active',
};

const CODED_VALUE_SETS: { [F in CodedField]: CodedValueSet<string> } = {
  role: ROLE_VALUES,
  shift: SHIFT_VALUES,
  status: STATUS_VALUES,
};

/** A file value that is a stored value or its label ("on_leave", "On leave") needs no mapping. */
export function storedCodedValue(field: CodedField, value: string): string | null {
  const wanted = value.trim().toLowerCase();
  const { labels } = CODED_VALUE_SETS[field];
  const match = Object.entries(labels).find(
    ([stored, label]) => stored.toLowerCase() === wanted || label.toLowerCase() === wanted,
  );
  return match ? match[0] : null;
}

/** The stored value a file value stands for: the mapping first, then the value itself. */
export function resolveCodedValue(
  field: CodedField,
  value: string,
  mapping: RosterMapping,
): string | null {
  const map: Record<string, string> = mapping.values[field] ?? {};
  const exact = ownValue(map, value);
  if (exact !== undefined) return exact;
  const lower = value.toLowerCase();
  const loose = Object.entries(map).find(([from]) => from.toLowerCase() === lower);
  return loose ? loose[1] : storedCodedValue(field, value);
}

function suggestValue(field: CodedField, value: string, column: string): string | null {
  const key = normaliseHeader(value);
  if (field === 'status' && normaliseHeader(column) === 'attrition') {
    return ownValue(ATTRITION_VALUES, key) ?? null;
  }
  return ownValue(CODED_VALUE_SETS[field].synonyms, key) ?? null;
}

function suggestValues(
  field: CodedField,
  column: string,
  distinct: readonly string[],
): Record<string, string> {
  const suggested: Record<string, string> = {};
  for (const value of distinct) {
    const stored = codedGuess(field, column, value, distinct);
    if (stored) suggested[value] = stored;
  }
  return suggested;
}

/**
 * What Tandem takes a file value to mean when the file does not say a stored value or its
 * label: a synonym ("Nurse" → rn), a payroll shift code (when every value is one), or an
 * attrition answer. Null when it cannot tell, or when no guess is needed.
 */
function codedGuess(
  field: CodedField,
  column: string,
  value: string,
  distinct: readonly string[],
): string | null {
  if (storedCodedValue(field, value) !== null) return null;
  if (field === 'shift' && distinct.every((v) => Object.hasOwn(SHIFT_CODES, v))) {
    return ownValue(SHIFT_CODES, value) ?? null;
  }
  return suggestValue(field, value, column);
}

// ---------------------------------------------------------------- columns

/** Index of the column holding each mapped field; the first column wins if two claim a field. */
export function fieldColumns(
  headers: readonly string[],
  mapping: RosterMapping,
): Map<RosterFieldKey, number> {
  const columns = new Map<RosterFieldKey, number>();
  headers.forEach((header, index) => {
    const field = ownValue(mapping.columns, header) ?? null;
    if (field !== null && !columns.has(field)) columns.set(field, index);
  });
  return columns;
}

/** The column whose header is the field's most specific synonym (earliest in its list). */
function bestColumnFor(
  headers: readonly string[],
  synonyms: readonly string[],
  taken: ReadonlySet<string>,
): string | null {
  let best: string | null = null;
  let bestRank = Infinity;
  for (const header of headers) {
    const rank = synonyms.indexOf(normaliseHeader(header));
    if (rank >= 0 && rank < bestRank && !taken.has(header)) {
      best = header;
      bestRank = rank;
    }
  }
  return best;
}

function distinctValueCounts(table: RosterTable, column: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { cells } of table.rows) {
    const value = cells[column] ?? '';
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** What each column holds, judged from the headers alone (every header is a key). */
export function suggestColumns(headers: readonly string[]): Record<string, RosterFieldKey | null> {
  const columns: Record<string, RosterFieldKey | null> = Object.fromEntries(
    headers.map((h) => [h, null]),
  );
  const taken = new Set<string>();
  // Self-identified columns are only worth mapping beside a consent column: without one nothing
  // of them could be stored (an HR extract's Age or Gender column is then left alone).
  const consent = bestColumnFor(headers, rosterField('demographicsConsent').headers, taken);
  for (const field of ROSTER_FIELDS) {
    if (field.selfIdentified && consent === null) continue;
    const header = bestColumnFor(headers, field.headers, taken);
    if (header === null) continue;
    columns[header] = field.key;
    taken.add(header);
  }
  // Separate first and last name columns say more than a whole name ("Name" beside them is
  // often a display name): the full name is only suggested when there are none.
  const values = Object.values(columns);
  if (values.includes('firstName') || values.includes('lastName')) {
    for (const [header, field] of Object.entries(columns)) {
      if (field === 'fullName') columns[header] = null;
    }
  }
  return columns;
}

/** The positions of the columns a mapping stores (for reading only those from a big file). */
export function mappedColumnIndexes(
  headers: readonly string[],
  mapping: Pick<RosterMapping, 'columns'>,
): Set<number> {
  const indexes = new Set<number>();
  headers.forEach((header, index) => {
    if ((ownValue(mapping.columns, header) ?? null) !== null) indexes.add(index);
  });
  return indexes;
}

export function suggestMapping(table: RosterTable): RosterMapping {
  const mapping: RosterMapping = { columns: suggestColumns(table.headers), values: {} };
  const at = fieldColumns(table.headers, mapping);
  for (const field of CODED_FIELDS) {
    const index = at.get(field);
    if (index === undefined) continue;
    const distinct = [...distinctValueCounts(table, index).keys()];
    const suggested = suggestValues(field, table.headers[index] ?? '', distinct);
    if (Object.keys(suggested).length > 0) {
      // Holds only stored values of `field`; a loop over all three fields cannot say so in types.
      Object.assign(mapping.values, { [field]: suggested });
    }
  }
  return mapping;
}

// ---------------------------------------------------------------- checks

const MAX_LISTED_COLUMNS = 25;

function columnList(headers: readonly string[]): string {
  const shown = headers.slice(0, MAX_LISTED_COLUMNS).join(', ');
  const more = headers.length - MAX_LISTED_COLUMNS;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

function quotedList(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}

function missingColumnProblems(mapping: RosterMapping, headers: readonly string[]): Problem[] {
  const present = new Set(headers);
  return Object.entries(mapping.columns).flatMap(([column, field]) =>
    field === null || present.has(column)
      ? []
      : [
          {
            field: column,
            message: `The mapping uses column "${column}" for ${rosterField(field).label}, but this file has no such column (perhaps the mapping was saved for another file). Choose the column for ${rosterField(field).label} again.`,
          },
        ],
  );
}

function columnsByField(
  mapping: RosterMapping,
  headers: readonly string[],
): Map<RosterFieldKey, string[]> {
  const byField = new Map<RosterFieldKey, string[]>();
  for (const header of headers) {
    const field = ownValue(mapping.columns, header) ?? null;
    if (field !== null) byField.set(field, [...(byField.get(field) ?? []), header]);
  }
  return byField;
}

export function checkMapping(mapping: RosterMapping, headers: string[]): Problem[] {
  const problems = missingColumnProblems(mapping, headers);
  const byField = columnsByField(mapping, headers);
  const fullName = byField.get('fullName')?.[0];
  const parts = [...(byField.get('firstName') ?? []), ...(byField.get('lastName') ?? [])];
  if (fullName !== undefined && parts.length > 0) {
    problems.push({
      field: fullName,
      message: `Column "${fullName}" is mapped to the full name and ${quotedList(parts)} to the first or last name; map either the full name or the first and last names.`,
    });
  }
  const selfIdentified = headers.filter((h) => {
    const field = ownValue(mapping.columns, h) ?? null;
    return field !== null && field !== 'demographicsConsent' && rosterField(field).selfIdentified;
  });
  const firstSelfIdentified = selfIdentified[0];
  if (firstSelfIdentified !== undefined && !byField.has('demographicsConsent')) {
    problems.push({
      field: firstSelfIdentified,
      message: `${quotedList(selfIdentified)} ${selfIdentified.length === 1 ? 'is' : 'are'} mapped to self-identified data, which is stored only for people whose consent is recorded: map the column that records consent (yes/no or the day it was given) too, or ignore ${selfIdentified.length === 1 ? 'that column' : 'those columns'}.`,
    });
  }
  for (const field of ROSTER_FIELDS) {
    const columns = byField.get(field.key) ?? [];
    if (columns.length > 1) {
      problems.push({
        field: columns[1],
        message: `Columns ${quotedList(columns)} are ${columns.length === 2 ? 'both' : 'all'} mapped to ${field.label}; map only one of them.`,
      });
    }
    if (field.required && columns.length === 0) {
      problems.push({
        field: field.key,
        message: `No column is mapped to ${field.label} (required). Columns in the file: ${columnList(headers)}.`,
      });
    }
  }
  return problems;
}

export function codedColumns(table: RosterTable, mapping: RosterMapping): CodedColumn[] {
  const at = fieldColumns(table.headers, mapping);
  return CODED_FIELDS.flatMap((field) => {
    const index = at.get(field);
    if (index === undefined) return [];
    const counts = distinctValueCounts(table, index);
    const distinctCodes = [...counts.keys()];
    const values: CodedValue[] = [...counts]
      .map(([value, count]) => {
        const mappedTo = resolveCodedValue(field, value, mapping);
        const guess = codedGuess(field, table.headers[index] ?? '', value, distinctCodes);
        return { value, count, mappedTo, guessed: mappedTo !== null && mappedTo === guess };
      })
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return [{ field, column: table.headers[index] ?? '', values }];
  });
}
