import { BENNER_LABELS, SIGN_OFF_METHOD_LABELS } from './competencies';
import { ANONYMITY_LABELS, PLAN_RULE_LABELS, RESPONSE_SOURCE_LABELS } from './evaluations';
import { GOAL_STATUS_LABELS } from './goals';
import { ACTION_OWNER_LABELS, MEETING_MODE_LABELS } from './meetings';
import { READINESS_LABELS } from './outcomes';
import { END_REASON_LABELS, PAIRING_STATUS_LABELS } from './pairings';
import {
  CADENCE_LABELS,
  EVALUATION_SCHEDULE_LABELS,
  PROGRAM_FORMAT_LABELS,
  PROGRAM_KIND_LABELS,
} from './programs';
import { ROLE_LABELS, SHIFT_LABELS, STAFF_STATUS_LABELS } from './staff';
import { TRAINING_AUDIENCE_LABELS } from './training';

export interface AuditEvent {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  hash: string;
  /**
   * What the event is about in words, read from the database when the trail is listed
   * ("Ana Ruiz, #1313919", "Ana Ruiz mentoring Bo Li"); null when nothing is known of it.
   */
  subject: string | null;
  /** The staff member the event is about, for a link to their page; null for anything else. */
  subjectStaffId: number | null;
  /**
   * Names of what the before and after values point at by id, keyed `kind:id` (see
   * AUDIT_REFERENCES): `staff:99` → "Ana Ruiz".
   */
  names: Record<string, string>;
}

export type AuditVerification =
  | { intact: true; events: number; headHash: string }
  | { intact: false; events: number; firstBadId: number; reason: string };

/** Kinds of record an audit value can point at by id; each has a name the core can look up. */
export const AUDIT_REFERENCE_KINDS = [
  'staff',
  'cohort',
  'program',
  'pairing',
  'enrolment',
  'goal',
  'goal_template',
  'competency',
  'competency_sign_off',
  'training_module',
  'training_completion',
  'form',
  'form_version',
  'circle',
  'account',
] as const;
export type AuditReferenceKind = (typeof AUDIT_REFERENCE_KINDS)[number];

/** Fields of before/after values that hold an id, and what kind of record it is. */
export const AUDIT_REFERENCES: Record<string, AuditReferenceKind> = {
  staffId: 'staff',
  validatorId: 'staff',
  supervisorId: 'staff',
  staffA: 'staff',
  staffB: 'staff',
  respondentStaffId: 'staff',
  mentorStaffId: 'staff',
  menteeStaffId: 'staff',
  raterId: 'staff',
  cohortId: 'cohort',
  programId: 'program',
  pairingId: 'pairing',
  enrolmentId: 'enrolment',
  mentorEnrolmentId: 'enrolment',
  menteeEnrolmentId: 'enrolment',
  goalId: 'goal',
  templateId: 'goal_template',
  competencyId: 'competency',
  signOffId: 'competency_sign_off',
  supersedes: 'competency_sign_off',
  moduleId: 'training_module',
  correctsId: 'training_completion',
  formId: 'form',
  formVersionId: 'form_version',
  circleId: 'circle',
};

/** The key of a referenced record's name in AuditEvent.names. */
export function referenceKey(kind: string, id: unknown): string {
  return `${kind}:${String(id)}`;
}

/** What an event is about, as the Audit page names the kinds. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  staff: 'Staff member',
  facility: 'Facility',
  roster_import: 'Roster import',
  roster_mapping: 'Roster mapping',
  program: 'Program',
  cohort: 'Cohort',
  enrolment: 'Enrolment',
  do_not_pair: 'Do-not-pair entry',
  pairing: 'Pairing',
  goal: 'Goal',
  goal_template: 'Goal template',
  goal_milestone: 'Goal milestone',
  goal_progress: 'Goal progress',
  competency: 'Competency',
  competency_sign_off: 'Competency sign-off',
  meeting: 'Meeting',
  training_module: 'Training module',
  training_completion: 'Training completion',
  form: 'Evaluation form',
  form_version: 'Evaluation form version',
  evaluation_response: 'Evaluation response',
  print_settings: 'Print settings',
  staff_demographics: 'Self-identified data (consent)',
  succession_rating: 'Readiness rating',
  circle: 'Mentoring circle',
  circle_meeting: 'Circle meeting',
  circle_goal: 'Shared circle goal',
  account: 'Account',
};

const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  remove: 'Removed',
  rename: 'Renamed',
  mark_left: 'Marked as left',
  import: 'Imported',
  import_update: 'Updated by roster import',
  propose: 'Proposed',
  withdraw: 'Withdrawn',
  reinstate: 'Reinstated',
  lock: 'Locked in place',
  unlock: 'Unlocked',
  extend: 'End date extended',
  optimise: 'Optimised',
  'transition:active': 'Activated',
  'transition:paused': 'Paused',
  'transition:completed': 'Completed',
  'transition:declined': 'Declined',
  'transition:ended_early': 'Ended early',
  'meetings:inactivity-days': 'Inactivity threshold changed',
  log: 'Logged',
  'mark:missed': 'Marked as missed',
  'mark:cancelled': 'Marked as cancelled',
  sign_off: 'Signed off',
  correct: 'Corrected',
  void: 'Voided',
  achieve: 'Achieved',
  unachieve: 'Marked as not achieved',
  drop: 'Dropped',
  submit: 'Submitted',
  set_evaluation_plan: 'Evaluation plan set',
  new_version: 'New version made',
  flag: 'Flagged',
  rate: 'Rated',
  withdraw_consent: 'Consent withdrawn',
  record_consent: 'Consent recorded',
  join_circle: 'Joined a circle',
  add_mentor: 'Co-mentor added',
  sign_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  lock_out: 'Locked out after failed sign-ins',
  reset_password: 'Password reset',
};

/**
 * An action in words. A pairing made active again says how: resumed after a pause, re-opened
 * after completion; everything else reads the same whatever it is about.
 */
export function auditActionLabel(action: string, before?: unknown): string {
  if (action === 'transition:active' && isRecord(before)) {
    if (before.status === 'paused') return 'Resumed';
    if (before.status === 'completed') return 'Re-opened';
  }
  return ACTION_LABELS[action] ?? humanise(action);
}

export function auditEntityLabel(entity: string): string {
  return AUDIT_ENTITY_LABELS[entity] ?? humanise(entity);
}

const FIELD_LABELS: Record<string, string> = {
  staffId: 'Staff member',
  validatorId: 'Validator',
  supervisorId: 'Supervisor',
  staffA: 'Person',
  staffB: 'Other person',
  respondentStaffId: 'Respondent',
  mentorStaffId: 'Mentor',
  menteeStaffId: 'Mentee',
  raterId: 'Rated by',
  cohortId: 'Cohort',
  programId: 'Program',
  pairingId: 'Pairing',
  enrolmentId: 'Enrolment',
  mentorEnrolmentId: 'Mentor',
  menteeEnrolmentId: 'Mentee',
  goalId: 'Goal',
  templateId: 'Template',
  competencyId: 'Competency',
  signOffId: 'Sign-off',
  supersedes: 'Replaces sign-off',
  moduleId: 'Training module',
  correctsId: 'Corrects',
  formId: 'Form',
  formVersionId: 'Form version',
  circleId: 'Circle',
  levelLabel: 'Level',
  durationMinutes: 'Duration (minutes)',
  happenedOn: 'Happened on',
  endReason: 'End reason',
  employeeNumber: 'Employee number',
  jobLevel: 'Job level',
  yearsExperience: 'Years of experience',
  notes: 'Private notes',
  path: 'Database file',
  defaultCapacity: 'Default capacity',
  durationWeeks: 'Duration (weeks)',
  evaluationSchedule: 'Evaluation schedule',
  requiredTraining: 'Required training',
  mentorProfile: 'Mentor profile',
  inactivityDays: 'Days without a meeting before a pairing is flagged',
  actionItems: 'Action items',
  dropReason: 'Reason dropped',
  achievedOn: 'Achieved on',
  completedOn: 'Completed on',
  validForMonths: 'Valid for (months)',
};

export function auditFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? humanise(field);
}

type Labels = Readonly<Record<string, string>>;

const YES_NO: Labels = { true: 'Yes', false: 'No' };
const ENROLMENT_ROLE_LABELS: Labels = { mentor: 'Mentor', mentee: 'Mentee' };
const MEETING_STATUS_LABELS: Labels = { held: 'Held', missed: 'Missed', cancelled: 'Cancelled' };
const PAIRING_SOURCE_LABELS: Labels = { optimiser: 'Optimiser', manual: 'By hand' };
const OBJECTIVE_LABELS: Labels = {
  'best-total': 'Best total score',
  'most-matched': 'Most mentees matched',
};

/** Codes whose label depends on what the event is about ("status" of a goal, of a pairing…). */
const VALUE_LABELS_BY_ENTITY: Record<string, Record<string, Labels>> = {
  staff: { status: STAFF_STATUS_LABELS, role: ROLE_LABELS },
  pairing: { status: PAIRING_STATUS_LABELS, source: PAIRING_SOURCE_LABELS },
  goal: { status: GOAL_STATUS_LABELS },
  goal_progress: { status: GOAL_STATUS_LABELS },
  meeting: { status: MEETING_STATUS_LABELS },
  enrolment: { role: ENROLMENT_ROLE_LABELS },
  competency_sign_off: { level: BENNER_LABELS },
  training_module: { audience: TRAINING_AUDIENCE_LABELS },
  evaluation_response: { source: RESPONSE_SOURCE_LABELS },
  program: { kind: PROGRAM_KIND_LABELS },
  cohort: { objective: OBJECTIVE_LABELS },
  succession_rating: { readiness: READINESS_LABELS },
};

/** Codes that read the same whatever the event is about. */
const VALUE_LABELS: Record<string, Labels> = {
  shift: SHIFT_LABELS,
  mode: MEETING_MODE_LABELS,
  endReason: END_REASON_LABELS,
  method: SIGN_OFF_METHOD_LABELS,
  format: PROGRAM_FORMAT_LABELS,
  cadence: CADENCE_LABELS,
  evaluationSchedule: EVALUATION_SCHEDULE_LABELS,
  anonymity: ANONYMITY_LABELS,
  rule: PLAN_RULE_LABELS,
  owner: ACTION_OWNER_LABELS,
  locked: YES_NO,
  withdrawn: YES_NO,
};

/** The label of a stored code ("in_person" → "In person"), or null when the value is no code. */
export function auditValueLabel(entity: string, field: string, value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    return null;
  }
  const labels = VALUE_LABELS_BY_ENTITY[entity]?.[field] ?? VALUE_LABELS[field];
  if (!labels) return null;
  const key = String(value);
  return Object.hasOwn(labels, key) ? (labels[key] ?? null) : null;
}

/** "import_update" → "Import update", "dueWeek" → "Due week": the last resort for new codes. */
export function humanise(code: string): string {
  const words = code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.:-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
