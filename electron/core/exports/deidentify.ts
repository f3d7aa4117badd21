import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../db/open';

/**
 * The de-identification policy, reviewed in one place. For each table: the columns kept as
 * they are, the columns dropped (names, e-mails, free text: notes, comments, text answers,
 * reasons) and the columns holding a person's account name, replaced by a pseudonym. Row ids
 * and every foreign key are always replaced by pseudonyms (keyed per export, so one export is
 * consistent within itself and cannot be joined to another). A column missing from the policy
 * (added by a later migration and not yet reviewed) is dropped; a table missing from it is
 * left out of the de-identified bundle. Both are listed in the manifest.
 */
interface TablePolicy {
  keep: string;
  drop: string;
  pseudonymise?: string;
}

export const DEIDENTIFICATION: Record<string, TablePolicy> = {
  audit_events: {
    keep: 'id at entity action prev_hash hash',
    drop: 'before_json after_json',
    pseudonymise: 'actor entity_id',
  },
  circle_attendance: { keep: 'role present', drop: 'reason' },
  circle_goals: { keep: 'created_at', drop: 'title' },
  circle_meetings: {
    keep: 'date duration_minutes mode created_at',
    drop: 'topics_json notes',
  },
  circle_mentors: { keep: 'joined_at', drop: '' },
  // A circle is named after its mentor ("Circle of Ana Ruiz").
  circles: { keep: 'created_at updated_at', drop: 'name' },
  cohorts: { keep: 'code name start_date end_date created_at updated_at', drop: '' },
  competencies: {
    keep: 'name category disciplines_json description origin created_at updated_at',
    drop: '',
  },
  competency_sign_offs: {
    keep: 'level signed_on method recorded_at',
    drop: 'note correction_reason',
    pseudonymise: 'recorded_by',
  },
  do_not_pair: { keep: 'created_at removed_at', drop: 'reason' },
  enrolments: {
    keep: 'role capacity withdrawn_at created_at updated_at',
    drop: 'intake_json mentor_profile_json',
  },
  evaluation_answers: { keep: 'question_key number_value choices_json', drop: 'text_value' },
  evaluation_responses: {
    keep: 'period source answered_on score entered_at',
    drop: 'correction_reason',
    pseudonymise: 'entered_by',
  },
  facility: { keep: 'name created_at', drop: '' },
  form_versions: {
    keep: 'version name audience purpose anonymity introduction sections_json created_at',
    drop: '',
    pseudonymise: 'created_by',
  },
  forms: { keep: 'origin created_at updated_at', drop: '' },
  goal_milestones: { keep: 'due_date achieved_on created_at updated_at', drop: 'title' },
  goal_progress: { keep: 'date value recorded_at', drop: 'note', pseudonymise: 'recorded_by' },
  goal_templates: {
    keep: 'title metric unit baseline target plan relevance due_week milestones_json created_at updated_at',
    drop: '',
  },
  goals: {
    keep: 'metric unit baseline target start_date due_date dropped_at created_at updated_at',
    drop: 'title plan relevance drop_reason',
  },
  meeting_action_items: { keep: 'position owner due_date', drop: 'description owner_name' },
  meeting_cohort_settings: { keep: 'inactivity_days updated_at', drop: '' },
  meetings: {
    keep: 'status date duration_minutes mode created_at updated_at',
    drop: 'topics_json notes reason',
  },
  pairing_transitions: {
    keep: 'from_status to_status at',
    drop: 'reason note',
    pseudonymise: 'actor',
  },
  pairings: {
    keep: 'status locked score source start_date end_date reciprocal created_at updated_at',
    drop: 'breakdown_json end_reason',
  },
  program_evaluation_plan: { keep: 'rule', drop: '' },
  programs: {
    keep: 'name kind format cadence duration_weeks default_capacity required_training_json evaluation_schedule description matching_json created_at updated_at',
    drop: '',
  },
  roster_mappings: { keep: 'name mapping_json created_at updated_at', drop: '' },
  staff: {
    keep: 'role unit job_level hire_date end_date years_experience shift status created_at updated_at',
    drop: 'employee_number first_name last_name preferred_name email languages_json interests_json career_goals notes',
  },
  training_completion_voids: { keep: 'voided_at', drop: 'reason', pseudonymise: 'voided_by' },
  training_completions: {
    keep: 'completed_on recorded_at',
    drop: 'evidence',
    pseudonymise: 'recorded_by',
  },
  training_modules: {
    keep: 'name audience required valid_months description created_at updated_at',
    drop: '',
  },
};

const words = (list: string | undefined): string[] =>
  (list ?? '').split(' ').filter((w) => w !== '');

type Cell = unknown;

/** How one table's rows are turned into de-identified rows. */
export interface TablePlan {
  columns: string[];
  dropped: string[];
  pseudonymised: string[];
  transform: (row: Cell[]) => Cell[];
}

/** A per-export keyed pseudonymiser: the same id in the same table always gets the same name. */
export function pseudonymiser(key: Buffer = randomBytes(32)): (kind: string, value: Cell) => Cell {
  return (kind, value) =>
    value === null || value === undefined
      ? null
      : createHmac('sha256', key)
          .update(`${kind}:${String(value)}`)
          .digest('hex')
          .slice(0, 16);
}

interface ColumnInfo {
  name: string;
  pk: number;
}

/** The plan for one table, or null when the table has not been reviewed (left out). */
export function planTable(
  db: Db,
  table: string,
  columns: string[],
  pseudo: (kind: string, value: Cell) => Cell,
  tables: readonly string[],
): TablePlan | null {
  const policy = DEIDENTIFICATION[table];
  if (!policy) return null;
  const info = db.prepare('SELECT name, pk FROM pragma_table_info(?)').all(table) as ColumnInfo[];
  const keys = new Map(
    (
      db
        .prepare('SELECT "from" AS col, "table" AS target FROM pragma_foreign_key_list(?)')
        .all(table) as { col: string; target: string }[]
    ).map((fk) => [fk.col, fk.target]),
  );
  const keep = new Set(words(policy.keep));
  const named = new Set(words(policy.pseudonymise));
  const steps: ((row: Cell[]) => Cell)[] = [];
  const out: string[] = [];
  const dropped: string[] = [];
  const pseudonymised: string[] = [];
  columns.forEach((column, index) => {
    const isRowId = info.some((c) => c.name === column && c.pk > 0) && column === 'id';
    if (table === 'audit_events' && column === 'entity_id') {
      const entityIndex = columns.indexOf('entity');
      steps.push((row) => pseudo(entityTable(String(row[entityIndex]), tables), row[index]));
    } else if (keep.has(column)) steps.push((row) => row[index]);
    else if (isRowId && table !== 'audit_events') steps.push((row) => pseudo(table, row[index]));
    else if (keys.has(column)) {
      const target = keys.get(column) ?? table;
      steps.push((row) => pseudo(target, row[index]));
    } else if (named.has(column)) steps.push((row) => pseudo('actor', row[index]));
    else {
      dropped.push(column);
      return;
    }
    if (!keep.has(column)) pseudonymised.push(column);
    out.push(column);
  });
  return {
    columns: out,
    dropped,
    pseudonymised,
    transform: (row) => steps.map((step) => step(row)),
  };
}

/** Audit events name a kind of record ('staff', 'pairing'); the table is that or its plural. */
function entityTable(entity: string, tables: readonly string[]): string {
  if (tables.includes(entity)) return entity;
  if (tables.includes(`${entity}s`)) return `${entity}s`;
  return `entity:${entity}`;
}
