import { AGE_BANDS, type AgeBand } from '../../../shared/domain/outcomes';
import {
  ROSTER_FIELDS,
  type CodedField,
  type RosterField,
  type RosterFieldKey,
  type RosterMapping,
  type RosterRecord,
  type RosterValues,
  type SelfIdentifiedField,
} from '../../../shared/domain/roster';
import {
  ISO_DAY,
  ROLE_LABELS,
  SHIFT_LABELS,
  STAFF_STATUS_LABELS,
} from '../../../shared/domain/staff';
import type { Problem } from '../../../shared/result';
import { checkMapping, fieldColumns, resolveCodedValue } from './mapping';
import type { RosterRow, RosterTable } from './read';

/** Self-identified values as staff_demographics stores them. */
export interface SelfIdentifiedValues {
  gender: string | null;
  raceEthnicity: string | null;
  ageBand: AgeBand | null;
  firstGeneration: boolean | null;
  internationallyEducated: boolean | null;
}

/** A row's consent and self-identified values (only when a consent column is mapped). */
export interface RowSelfIdentified {
  /** The day consent was recorded, 'yes' for consent the file gives without a day, or null. */
  consent: string | 'yes' | null;
  /** The mapped fields' values; empty without consent (the cells are then not even read). */
  values: Partial<SelfIdentifiedValues>;
  /** The row has self-identified values but no consent: they are dropped, never stored. */
  dropped: boolean;
}

/** A record with what the import stores apart from the staff record; never sent for display. */
export interface ImportRecord extends RosterRecord {
  /** Present only when a consent column is mapped. */
  selfIdentified?: RowSelfIdentified;
}

export interface RosterRecords {
  records: ImportRecord[];
  problems: Problem[];
  /** Rows with at least one problem; they produce no record. */
  rejectedRows: number;
}

/** A cell's parsed value, or what was expected instead and how to fix it. */
type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string; advice?: string };

const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
const expected = (what: string, advice?: string): Parsed<never> =>
  advice === undefined ? { ok: false, expected: what } : { ok: false, expected: what, advice };

// ---------------------------------------------------------------- one cell

/** The same limits as typing a staff member by hand (staffInput). */
const TEXT_LIMITS: Partial<Record<RosterFieldKey, number>> = {
  firstName: 80,
  lastName: 80,
  preferredName: 80,
  unit: 80,
  careerGoals: 2000,
};
const LIST_LIMITS: Partial<Record<RosterFieldKey, { items: number; length: number }>> = {
  languages: { items: 20, length: 40 },
  interests: { items: 30, length: 80 },
};
const EMPLOYEE_NUMBER = /^[A-Za-z0-9_-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL = 200;

function parseEmployeeNumber(cell: string): Parsed<string> {
  if (cell.length > 32) {
    return expected('an employee number of at most 32 characters', `it has ${cell.length}`);
  }
  if (!EMPLOYEE_NUMBER.test(cell))
    return expected('an employee number made of letters, digits, - and _ only');
  return parsed(cell);
}

function parseText(field: RosterField, cell: string): Parsed<string> {
  if (field.key === 'supervisorEmployeeNumber') return parseEmployeeNumber(cell);
  const limit = TEXT_LIMITS[field.key];
  if (limit !== undefined && cell.length > limit) {
    return expected(`at most ${limit} characters`, `it has ${cell.length}`);
  }
  return parsed(cell);
}

/** "3" and "3.0" are whole numbers (spreadsheets export both); "3.5" is not. */
function parseInteger(field: RosterField, cell: string): Parsed<number> {
  const min = field.min ?? 0;
  const max = field.max ?? Number.MAX_SAFE_INTEGER;
  const wanted = `a whole number from ${min} to ${max}`;
  if (!/^[+-]?\d+(\.0*)?$/.test(cell)) return expected(wanted);
  const n = Number.parseInt(cell, 10) || 0; // "-0" would otherwise store -0
  return n >= min && n <= max ? parsed(n) : expected(wanted);
}

/** A day that exists: 2026-02-30 matches the pattern but is no date. */
function isRealDay(day: string): boolean {
  return ISO_DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

/**
 * YYYY-MM-DD, optionally with a time of day (an Excel date exported with its time). Day/month
 * orders like 03/04/2025 are refused: they mean 3 April in one country and 4 March in another.
 */
function parseDate(cell: string): Parsed<string> {
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      cell,
    );
  const day = match?.[1];
  if (day === undefined) {
    const ambiguous = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(cell);
    return ambiguous
      ? expected(
          'a date as YYYY-MM-DD',
          'day and month could be either way round, so use YYYY-MM-DD (2025-04-03 is 3 April 2025)',
        )
      : expected('a date as YYYY-MM-DD');
  }
  return isRealDay(day) ? parsed(day) : expected('a date as YYYY-MM-DD', 'there is no such day');
}

function parseEmail(cell: string): Parsed<string> {
  if (cell.length > MAX_EMAIL || !EMAIL.test(cell)) {
    return expected('an e-mail address like name@example.org');
  }
  return parsed(cell);
}

const CODED_LABELS: Record<CodedField, Record<string, string>> = {
  role: ROLE_LABELS,
  shift: SHIFT_LABELS,
  status: STAFF_STATUS_LABELS,
};

function isCodedField(key: RosterFieldKey): key is CodedField {
  return key === 'role' || key === 'shift' || key === 'status';
}

/** Which stored value a file value stands for; null when the user still has to say. */
type CodedResolver = (field: CodedField, value: string) => string | null;

/** A roster has a handful of distinct codes but thousands of rows; look each code up once. */
function memoisedResolver(mapping: RosterMapping): CodedResolver {
  const cache = new Map<string, string | null>();
  return (field, value) => {
    const key = `${field}\u0000${value}`;
    let stored = cache.get(key);
    if (stored === undefined) {
      stored = resolveCodedValue(field, value, mapping);
      cache.set(key, stored);
    }
    return stored;
  };
}

function parseCoded(field: RosterField, cell: string, resolve: CodedResolver): Parsed<string> {
  if (!isCodedField(field.key)) return parsed(cell);
  const stored = resolve(field.key, cell);
  if (stored !== null) return parsed(stored);
  const allowed = Object.values(CODED_LABELS[field.key]).join(', ');
  return expected(
    `one of ${allowed}`,
    `add a value mapping for "${cell}" to say which ${field.label.toLowerCase()} it means`,
  );
}

function parseList(field: RosterField, cell: string): Parsed<string[]> {
  const items = [
    ...new Set(
      cell
        .split(/[;,|]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  const limits = LIST_LIMITS[field.key];
  if (limits && items.length > limits.items) {
    return expected(`at most ${limits.items} items separated by ;`, `it has ${items.length}`);
  }
  const long = limits && items.find((item) => item.length > limits.length);
  if (long) return expected(`items of at most ${limits.length} characters`, `"${long}" is longer`);
  return parsed(items);
}

type ValueKey = keyof RosterValues;
type CellValue = RosterValues[ValueKey];

const NAME_LIMIT = 80;

/**
 * "Ruiz, Ana" (last name first, as HR systems list people) or "Ana Ruiz" (the last word is the
 * last name, the words before it the first name). A single word is taken as the last name.
 */
export function splitFullName(cell: string): { firstName: string | null; lastName: string | null } {
  const comma = cell.indexOf(',');
  if (comma >= 0) {
    const last = cell.slice(0, comma).trim();
    const first = cell
      .slice(comma + 1)
      .trim()
      .replace(/\s+/g, ' ');
    return { firstName: first === '' ? null : first, lastName: last === '' ? null : last };
  }
  const words = cell.split(/\s+/).filter((w) => w !== '');
  const last = words.pop() ?? null;
  return { firstName: words.length > 0 ? words.join(' ') : null, lastName: last };
}

function parseFullName(cell: string): Parsed<ReturnType<typeof splitFullName>> {
  const name = splitFullName(cell);
  const long = [name.firstName, name.lastName].find(
    (part): part is string => part !== null && part.length > NAME_LIMIT,
  );
  if (long !== undefined) {
    return expected(
      `a first and a last name of at most ${NAME_LIMIT} characters each`,
      `"${long.slice(0, 20)}…" has ${long.length}`,
    );
  }
  return parsed(name);
}

/** What an empty cell stores: no value, an empty list, or "active" for a blank status. */
function emptyValue(field: RosterField): CellValue {
  if (field.kind === 'list') return [];
  if (field.key === 'status') return 'active';
  return null;
}

function parseCell(
  field: RosterField & { key: ValueKey },
  cell: string,
  resolve: CodedResolver,
): Parsed<CellValue> {
  if (cell === '') {
    return field.required
      ? expected(`a value (${field.label} is required)`)
      : parsed(emptyValue(field));
  }
  if (field.key === 'employeeNumber') return parseEmployeeNumber(cell);
  switch (field.kind) {
    case 'text':
      return parseText(field, cell);
    case 'integer':
      return parseInteger(field, cell);
    case 'date':
      return parseDate(cell);
    case 'email':
      return parseEmail(cell);
    case 'enum':
      return parseCoded(field, cell, resolve);
    case 'list':
      return parseList(field, cell);
    case 'yesNo':
    case 'consent':
      // Self-identified fields never reach here: parseSelfIdentified reads them apart.
      return expected('a staff field');
  }
}

// ---------------------------------------------------------------- self-identified cells

/** Answers that mean the person chose not to say: stored as no answer, like an empty cell. */
const NOT_SAID = new Set([
  'prefernottosay',
  'prefernottoanswer',
  'declinedtostate',
  'declinetostate',
  'declined',
  'notdisclosed',
  'notstated',
  'unknown',
  'notknown',
  'na',
]);
const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);
const CONSENT_YES = new Set([...YES, 'consented', 'consent', 'given', 'agreed', 'granted']);
const CONSENT_NO = new Set([
  ...NO,
  'withdrawn',
  'declined',
  'refused',
  'notgiven',
  'noconsent',
  'none',
]);
/** Gender codes HR systems export, spelt out so one group is not split between "F" and "Female". */
const GENDER_WORDS: Record<string, string> = {
  f: 'Female',
  female: 'Female',
  woman: 'Female',
  m: 'Male',
  male: 'Male',
  man: 'Male',
};

const simple = (cell: string) => cell.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function parseConsent(cell: string): Parsed<string | 'yes' | null> {
  const word = simple(cell);
  if (cell === '' || CONSENT_NO.has(word)) return parsed(null);
  if (CONSENT_YES.has(word)) return parsed('yes');
  const day = parseDate(cell);
  if (day.ok) return day;
  return expected(
    'yes, no or the day consent was recorded (YYYY-MM-DD)',
    'an empty cell or "no" means no consent, and nothing self-identified is stored for the row',
  );
}

function parseYesNo(cell: string): Parsed<boolean | null> {
  const word = simple(cell);
  if (YES.has(word)) return parsed(true);
  if (NO.has(word)) return parsed(false);
  if (NOT_SAID.has(word)) return parsed(null);
  return expected('yes or no', 'leave the cell empty (or "prefer not to say") for no answer');
}

/** "25-34", "25 to 34", "65+", "<25" or an age in years, which is stored as its band only. */
function parseAgeBand(cell: string): Parsed<AgeBand | null> {
  const word = simple(cell);
  if (NOT_SAID.has(word)) return parsed(null);
  const text = cell
    .toLowerCase()
    .replace(/\s*(?:-|‐|‑|–|—|to)\s*/g, '–')
    .replace(/\s+/g, ' ')
    .trim();
  const band = AGE_BANDS.find((b) => b === text);
  if (band) return parsed(band);
  if (/^(?:<\s*25|under 25|below 25|younger than 25)$/.test(text)) return parsed('under 25');
  if (/^(?:65\s*\+|65 or over|65 and older|65 or older|over 65|≥\s*65)$/.test(text))
    return parsed('65 and over');
  if (/^\d{1,3}$/.test(text)) {
    const age = Number(text);
    if (age >= 14 && age <= 110) return parsed(bandOfAge(age));
  }
  return expected(
    `an age band (${AGE_BANDS.join(', ')}) or an age in years`,
    'an age is stored as its band only',
  );
}

function bandOfAge(age: number): AgeBand {
  if (age < 25) return 'under 25';
  if (age < 35) return '25–34';
  if (age < 45) return '35–44';
  if (age < 55) return '45–54';
  if (age < 65) return '55–64';
  return '65 and over';
}

const SELF_TEXT_LIMIT = 80;

function parseSelfText(field: SelfIdentifiedField, cell: string): Parsed<string | null> {
  const word = simple(cell);
  if (NOT_SAID.has(word)) return parsed(null);
  if (cell.length > SELF_TEXT_LIMIT) {
    return expected(`at most ${SELF_TEXT_LIMIT} characters`, `it has ${cell.length}`);
  }
  if (field === 'gender') return parsed(ownWord(GENDER_WORDS, word) ?? cell);
  return parsed(cell);
}

function ownWord(words: Record<string, string>, word: string): string | undefined {
  return Object.hasOwn(words, word) ? words[word] : undefined;
}

type SelfValue = SelfIdentifiedValues[SelfIdentifiedField];

function parseSelfCell(field: SelfIdentifiedField, cell: string): Parsed<SelfValue> {
  if (cell === '') return parsed(null);
  switch (field) {
    case 'gender':
    case 'raceEthnicity':
      return parseSelfText(field, cell);
    case 'ageBand':
      return parseAgeBand(cell);
    case 'firstGeneration':
    case 'internationallyEducated':
      return parseYesNo(cell);
  }
}

// ---------------------------------------------------------------- one row

const QUOTED_LENGTH = 60;

function describe(cell: string): string {
  if (cell === '') return 'an empty cell';
  return cell.length > QUOTED_LENGTH ? `"${cell.slice(0, QUOTED_LENGTH)}…"` : `"${cell}"`;
}

function cellProblem(
  row: number,
  column: string,
  cell: string,
  wanted: string,
  advice?: string,
): Problem {
  const found = `expected ${wanted}, found ${describe(cell)}`;
  return { row, field: column, value: cell, message: advice ? `${found}; ${advice}` : found };
}

/** A row whose cells do not line up with the header would put values under the wrong columns. */
function cellCountProblem(row: RosterRow, headers: readonly string[]): Problem | null {
  const found = row.cells.length;
  const wanted = headers.length;
  if (found === wanted) return null;
  const base = `expected ${wanted} cells like the header row, found ${found}`;
  if (found < wanted) {
    const column = headers[found] ?? '';
    return {
      row: row.row,
      field: column,
      value: '',
      message: `${base}: the row ends before column "${column}" (a line break inside a value that is not in quotes?)`,
    };
  }
  const column = headers[wanted - 1] ?? '';
  const extra = row.cells[wanted] ?? '';
  return {
    row: row.row,
    field: column,
    value: extra,
    message: `${base}: "${extra}" comes after the last column "${column}" (a delimiter inside a value that is not in quotes?)`,
  };
}

interface MappedColumn {
  field: RosterField;
  index: number;
  header: string;
  /**
   * Each distinct cell's parse, while the column has few distinct values (units, levels, codes
   * repeat on every row); null once it has too many to be worth remembering (employee numbers).
   */
  parses: Map<string, Parsed<CellValue>> | null;
}

const REMEMBERED_PARSES = 512;

function mappedColumns(headers: readonly string[], mapping: RosterMapping): MappedColumn[] {
  const at = fieldColumns(headers, mapping);
  return ROSTER_FIELDS.flatMap((field) => {
    const index = at.get(field.key);
    return index === undefined
      ? []
      : [{ field, index, header: headers[index] ?? '', parses: new Map() }];
  });
}

/**
 * Every field present and undefined, in one fixed order: setting the mapped ones then writes
 * existing properties of one object shape, where adding them one by one in an order that
 * depends on the mapping sent every row of a big file down the engine's slow path. Undefined
 * means "not in the file" exactly as a missing field does.
 */
function noValues(): Partial<Record<ValueKey, CellValue>> {
  return {
    employeeNumber: undefined,
    firstName: undefined,
    lastName: undefined,
    preferredName: undefined,
    email: undefined,
    role: undefined,
    unit: undefined,
    jobLevel: undefined,
    hireDate: undefined,
    endDate: undefined,
    yearsExperience: undefined,
    shift: undefined,
    languages: undefined,
    interests: undefined,
    careerGoals: undefined,
    supervisorEmployeeNumber: undefined,
    status: undefined,
  };
}

function isValueField(field: RosterField): field is RosterField & { key: ValueKey } {
  return field.key !== 'fullName' && field.selfIdentified !== true;
}

/**
 * The consent cell first: without consent the self-identified cells are not read at all (not
 * checked either, since nothing of them is stored), only noted as dropped when not empty.
 */
function parseSelfIdentified(
  row: RosterRow,
  consentColumn: MappedColumn,
  columns: readonly MappedColumn[],
): { value: RowSelfIdentified; problems: Problem[] } {
  const consentCell = row.cells[consentColumn.index] ?? '';
  const consent = parseConsent(consentCell);
  if (!consent.ok) {
    return {
      value: { consent: null, values: {}, dropped: false },
      problems: [
        cellProblem(row.row, consentColumn.header, consentCell, consent.expected, consent.advice),
      ],
    };
  }
  if (consent.value === null) {
    const dropped = columns.some((c) => (row.cells[c.index] ?? '') !== '');
    return { value: { consent: null, values: {}, dropped }, problems: [] };
  }
  const values: Partial<Record<SelfIdentifiedField, SelfValue>> = {};
  const problems: Problem[] = [];
  for (const { field, index, header } of columns) {
    const key = field.key as SelfIdentifiedField;
    const cell = row.cells[index] ?? '';
    const result = parseSelfCell(key, cell);
    if (result.ok) values[key] = result.value;
    else problems.push(cellProblem(row.row, header, cell, result.expected, result.advice));
  }
  return {
    value: {
      consent: consent.value,
      values: values as Partial<SelfIdentifiedValues>,
      dropped: false,
    },
    problems,
  };
}

function parseRow(
  row: RosterRow,
  columns: readonly MappedColumn[],
  resolve: CodedResolver,
): { values: Partial<RosterValues>; problems: Problem[] } {
  const values = noValues();
  const problems: Problem[] = [];
  for (const column of columns) {
    const { field, index, header } = column;
    const cell = row.cells[index] ?? '';
    if (field.selfIdentified) continue;
    if (!isValueField(field)) {
      // checkMapping refuses a full name beside first or last name columns.
      const name = cell === '' ? parsed({ firstName: null, lastName: null }) : parseFullName(cell);
      if (name.ok) Object.assign(values, name.value);
      else problems.push(cellProblem(row.row, header, cell, name.expected, name.advice));
      continue;
    }
    const result = parseRemembered(column, field, cell, resolve);
    if (result.ok) values[field.key] = result.value;
    else problems.push(cellProblem(row.row, header, cell, result.expected, result.advice));
  }
  return { values: values as Partial<RosterValues>, problems };
}

function parseRemembered(
  column: MappedColumn,
  field: RosterField & { key: ValueKey },
  cell: string,
  resolve: CodedResolver,
): Parsed<CellValue> {
  const known = column.parses?.get(cell);
  if (known !== undefined) return known;
  const result = parseCell(field, cell, resolve);
  if (column.parses) {
    if (column.parses.size >= REMEMBERED_PARSES) column.parses = null;
    else column.parses.set(cell, result);
  }
  return result;
}

function datesOutOfOrder(
  row: number,
  values: Partial<RosterValues>,
  columns: readonly MappedColumn[],
): Problem | null {
  const { hireDate, endDate } = values;
  if (!hireDate || !endDate || endDate >= hireDate) return null;
  const column = columns.find((c) => c.field.key === 'endDate')?.header ?? 'endDate';
  return cellProblem(row, column, endDate, `an end date on or after the hire date ${hireDate}`);
}

// ---------------------------------------------------------------- the file

interface RowOutcome {
  /** Parsed values; null when the row's cells do not line up with the header. */
  values: Partial<RosterValues> | null;
  selfIdentified: RowSelfIdentified | null;
  problems: Problem[];
}

/** Parses rows in file order, remembering where each employee number first appeared. */
function rowReader(
  headers: readonly string[],
  mapping: RosterMapping,
): (row: RosterRow) => RowOutcome {
  const columns = mappedColumns(headers, mapping);
  // checkMapping refuses self-identified columns without a consent column.
  const consentColumn = columns.find((c) => c.field.key === 'demographicsConsent');
  const selfColumns = columns.filter(
    (c) => c.field.selfIdentified === true && c.field.key !== 'demographicsConsent',
  );
  const employeeColumn = columns.find((c) => c.field.key === 'employeeNumber')?.header ?? '';
  const resolve = memoisedResolver(mapping);
  const firstRowOf = new Map<string, number>();

  return (row) => {
    const countProblem = cellCountProblem(row, headers);
    if (countProblem) return { values: null, selfIdentified: null, problems: [countProblem] };
    const { values, problems } = parseRow(row, columns, resolve);
    let selfIdentified: RowSelfIdentified | null = null;
    if (consentColumn) {
      const self = parseSelfIdentified(row, consentColumn, selfColumns);
      selfIdentified = self.value;
      problems.push(...self.problems);
    }
    const order = datesOutOfOrder(row.row, values, columns);
    if (order) problems.push(order);
    const employeeNumber = values.employeeNumber;
    if (employeeNumber !== undefined) {
      const first = firstRowOf.get(employeeNumber);
      if (first === undefined) firstRowOf.set(employeeNumber, row.row);
      else problems.push(duplicateProblem(row.row, employeeColumn, employeeNumber, first));
    }
    return { values, selfIdentified, problems };
  };
}

function duplicateProblem(
  row: number,
  column: string,
  employeeNumber: string,
  first: number,
): Problem {
  return {
    row,
    field: column,
    value: employeeNumber,
    message: `expected each employee number once, found "${employeeNumber}" again (first on row ${first})`,
  };
}

/**
 * Turns table rows into records, keeping only rows without problems. A mapping that cannot work
 * (no employee number column, say) gives its problems and rejects every row; check it with
 * `checkMapping` first to show those problems on their own.
 */
export function toRosterRecords(table: RosterTable, mapping: RosterMapping): RosterRecords {
  const mappingProblems = checkMapping(mapping, table.headers);
  if (mappingProblems.length > 0) {
    return { records: [], problems: mappingProblems, rejectedRows: table.rows.length };
  }
  const collector = recordCollector(table.headers, mapping);
  for (const row of table.rows) collector.add(row);
  return collector.result;
}

export interface RecordCollector {
  add(row: RosterRow): void;
  readonly result: RosterRecords;
}

/**
 * Turns rows into records one at a time, as a big file is read, so its rows need not all be
 * held first. The mapping must have passed `checkMapping`.
 */
export function recordCollector(
  headers: readonly string[],
  mapping: RosterMapping,
): RecordCollector {
  const readRow = rowReader(headers, mapping);
  const result: RosterRecords = { records: [], problems: [], rejectedRows: 0 };
  return {
    result,
    add(row) {
      const { values, selfIdentified, problems } = readRow(row);
      const employeeNumber = values?.employeeNumber;
      if (problems.length === 0 && values && employeeNumber !== undefined) {
        // Checked just above: the employee number is there (a copy with it spelt out costs much).
        const record: ImportRecord = { row: row.row, values: values as RosterRecord['values'] };
        if (selfIdentified) record.selfIdentified = selfIdentified;
        result.records.push(record);
      } else {
        result.problems.push(...problems);
        result.rejectedRows++;
      }
    },
  };
}
