import type { Db } from '../db/open';

/**
 * Which rows of each table an export takes, as SQL conditions over the named parameters
 * :from, :to (days, inclusive) and :program. One reviewed place: a table not listed here is
 * exported whole, and the manifest says so.
 */
interface TableScope {
  /** Rows in the date range, and how that reads in the manifest. */
  date?: [sql: string, words: string];
  /** Rows belonging to the program. */
  program?: string;
  /** Columns taken when not all of them may leave the file, and how that reads. */
  columns?: [sql: string, words: string];
}

const PROGRAM_COHORTS = 'SELECT id FROM cohorts WHERE program_id = :program';
const PROGRAM_PAIRINGS = `SELECT id FROM pairings WHERE cohort_id IN (${PROGRAM_COHORTS})`;
const PROGRAM_STAFF = `SELECT staff_id FROM enrolments WHERE cohort_id IN (${PROGRAM_COHORTS})`;
const IN_DAYS = (column: string): string => `${column} BETWEEN :from AND :to`;
/** Timestamps are ISO-8601 UTC: the whole last day is in range. */
const IN_TIMES = (column: string): string =>
  `${column} >= :from AND ${column} < date(:to, '+1 day')`;
const OVERLAPS = (start: string, end: string): string =>
  `(${start} IS NULL OR ${start} <= :to) AND (${end} IS NULL OR ${end} >= :from)`;
const MEETINGS_IN_RANGE = `SELECT id FROM meetings WHERE ${IN_DAYS('date')}`;
const RESPONSES_IN_RANGE = `SELECT id FROM evaluation_responses WHERE ${IN_DAYS('answered_on')}`;

const SCOPES: Record<string, TableScope> = {
  programs: { program: 'id = :program' },
  cohorts: {
    date: [OVERLAPS('start_date', 'end_date'), 'cohorts running at some time in the range'],
    program: 'program_id = :program',
  },
  enrolments: {
    date: [IN_TIMES('created_at'), 'enrolments made in the range'],
    program: `cohort_id IN (${PROGRAM_COHORTS})`,
  },
  pairings: {
    date: [
      OVERLAPS('coalesce(start_date, substr(created_at, 1, 10))', 'end_date'),
      'pairings running (or proposed) at some time in the range',
    ],
    program: `cohort_id IN (${PROGRAM_COHORTS})`,
  },
  pairing_transitions: {
    date: [IN_TIMES('at'), 'status changes made in the range'],
    program: `pairing_id IN (${PROGRAM_PAIRINGS})`,
  },
  goals: {
    date: [OVERLAPS('start_date', 'due_date'), 'goals open at some time in the range'],
    program: `pairing_id IN (${PROGRAM_PAIRINGS})`,
  },
  goal_milestones: {
    date: [IN_DAYS('due_date'), 'milestones due in the range'],
    program: `goal_id IN (SELECT id FROM goals WHERE pairing_id IN (${PROGRAM_PAIRINGS}))`,
  },
  goal_progress: {
    date: [IN_DAYS('date'), 'progress recorded for days in the range'],
    program: `goal_id IN (SELECT id FROM goals WHERE pairing_id IN (${PROGRAM_PAIRINGS}))`,
  },
  goal_templates: { program: 'program_id = :program' },
  program_evaluation_plan: { program: 'program_id = :program' },
  meetings: {
    date: [IN_DAYS('date'), 'meetings on days in the range'],
    program: `pairing_id IN (${PROGRAM_PAIRINGS})`,
  },
  meeting_action_items: {
    date: [`meeting_id IN (${MEETINGS_IN_RANGE})`, 'action items of meetings in the range'],
    program: `meeting_id IN (SELECT id FROM meetings WHERE pairing_id IN (${PROGRAM_PAIRINGS}))`,
  },
  meeting_cohort_settings: { program: `cohort_id IN (${PROGRAM_COHORTS})` },
  evaluation_responses: {
    date: [IN_DAYS('answered_on'), 'responses answered in the range'],
    program: `pairing_id IN (${PROGRAM_PAIRINGS})`,
  },
  evaluation_answers: {
    date: [`response_id IN (${RESPONSES_IN_RANGE})`, 'answers of responses in the range'],
    program: `response_id IN (SELECT id FROM evaluation_responses WHERE pairing_id IN (${PROGRAM_PAIRINGS}))`,
  },
  staff: {
    date: [OVERLAPS('hire_date', 'end_date'), 'staff employed at some time in the range'],
    program: `id IN (${PROGRAM_STAFF})`,
  },
  competency_sign_offs: {
    date: [IN_DAYS('signed_on'), 'sign-offs signed in the range'],
    program: `staff_id IN (${PROGRAM_STAFF})`,
  },
  training_completions: {
    date: [IN_DAYS('completed_on'), 'training completed in the range'],
    program: `staff_id IN (${PROGRAM_STAFF})`,
  },
  training_completion_voids: {
    date: [IN_TIMES('voided_at'), 'voids recorded in the range'],
    program: `completion_id IN (SELECT id FROM training_completions WHERE staff_id IN (${PROGRAM_STAFF}))`,
  },
  do_not_pair: {
    date: [
      OVERLAPS('substr(created_at, 1, 10)', 'substr(removed_at, 1, 10)'),
      'entries in force at some time in the range',
    ],
    program: `staff_a IN (${PROGRAM_STAFF}) AND staff_b IN (${PROGRAM_STAFF})`,
  },
  // Outcomes (issue 11, item 1): self-identified answers are never shown per person, so an
  // export carries the consent records only (as the audit trail does); never de-identified
  // (not in the de-identification policy, so left out of such a bundle).
  staff_demographics: {
    program: `staff_id IN (${PROGRAM_STAFF})`,
    columns: [
      'staff_id, consent_recorded_on, consent_recorded_by, updated_at',
      'consent records only: the self-identified answers are never exported per person',
    ],
  },
  succession_ratings: {
    date: [IN_DAYS('rated_on'), 'ratings given in the range'],
    program: `staff_id IN (${PROGRAM_STAFF})`,
  },
  // By id between the first and last event in range, so the trail stays a run of consecutive
  // events whose chain can be checked even if a workstation clock once went backwards.
  audit_events: {
    date: [
      `id BETWEEN (SELECT min(id) FROM audit_events WHERE ${IN_TIMES('at')}) AND (SELECT max(id) FROM audit_events WHERE ${IN_TIMES('at')})`,
      'audit events from the first to the last recorded in the range (a run of consecutive events)',
    ],
  },
};

export interface ScopeRequest {
  from?: string | undefined;
  to?: string | undefined;
  programId?: number | undefined;
}

export interface ScopedQuery {
  select: string;
  where: string;
  params: Record<string, string | number>;
  words: string;
}

/** Every table of the facility, Tandem's own, in name order (SQLite's internal ones left out). */
export function listTables(db: Db): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
      )
      .pluck()
      .all() as string[]
  ).filter((name) => !name.startsWith('_'));
}

/** The WHERE clause, its parameters and its description for one table. */
export function scopeOf(table: string, request: ScopeRequest): ScopedQuery {
  const dated = request.from !== undefined || request.to !== undefined;
  const scope = SCOPES[table] ?? {};
  const conditions: string[] = [];
  const words: string[] = [];
  const params: Record<string, string | number> = {};
  if (dated) {
    if (scope.date) {
      conditions.push(`(${scope.date[0]})`);
      words.push(scope.date[1]);
      params.from = request.from ?? '0000-01-01';
      params.to = request.to ?? '9999-12-31';
    } else words.push('all rows (not dated)');
  }
  if (request.programId !== undefined) {
    if (scope.program) {
      conditions.push(`(${scope.program})`);
      words.push('rows of the program');
      params.program = request.programId;
    } else if (table === 'audit_events') {
      words.push(
        'not narrowed by program: the hash chain can only be checked as a run of consecutive events',
      );
    } else words.push('all rows (shared by every program)');
  }
  if (words.length === 0) words.push('all rows');
  if (scope.columns) words.push(scope.columns[1]);
  return {
    select: scope.columns?.[0] ?? '*',
    where: conditions.length > 0 ? conditions.join(' AND ') : '1',
    params,
    words: words.join('; '),
  };
}
