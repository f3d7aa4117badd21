import { z } from 'zod';
import { parseQuarter, quarterLabel } from '../periods';
import { isoDay } from './staff';

/** Feedback forms, their versions, evaluation plans and responses (DOMAIN.md "Form"). */

export const QUESTION_KINDS = [
  'likert5',
  'scale10',
  'yes_no',
  'single_choice',
  'multiple_choice',
  'text',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  likert5: 'Agreement, 1 to 5',
  scale10: 'Rating, 0 to 10',
  yes_no: 'Yes or no',
  single_choice: 'One choice',
  multiple_choice: 'Several choices',
  text: 'Free text',
};

/** The labels a Likert question shows under 1 to 5 unless the form gives its own. */
export const DEFAULT_LIKERT_LABELS = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
] as const;

export const FORM_AUDIENCES = ['mentee', 'mentor', 'educator'] as const;
export type FormAudience = (typeof FORM_AUDIENCES)[number];
export const FORM_AUDIENCE_LABELS: Record<FormAudience, string> = {
  mentee: 'Mentee',
  mentor: 'Mentor',
  educator: 'Educator',
};

export const FORM_PURPOSES = ['intake', 'pulse', 'quarterly', 'exit', 'program'] as const;
export type FormPurpose = (typeof FORM_PURPOSES)[number];
export const FORM_PURPOSE_LABELS: Record<FormPurpose, string> = {
  intake: 'Intake',
  pulse: 'Pulse check',
  quarterly: 'Quarterly evaluation',
  exit: 'Exit survey',
  program: 'Program evaluation',
};

export const ANONYMITY_MODES = ['named', 'confidential'] as const;
export type AnonymityMode = (typeof ANONYMITY_MODES)[number];
export const ANONYMITY_LABELS: Record<AnonymityMode, string> = {
  named: 'Named',
  confidential: 'Confidential',
};
/**
 * What respondents are told, word for word, wherever the form appears (screen, paper, packet).
 * It must stay true to what Tandem does with the answers.
 */
export const ANONYMITY_STATEMENTS: Record<AnonymityMode, string> = {
  named:
    'Named: your name is shown with your answers, and your comments may be printed with your name in the pairing’s evaluation packet.',
  confidential:
    'Confidential: educators can see who answered, but your name is never shown or printed with your answers; packets print your comments without your name.',
};

/** When a plan asks for a form: every calendar quarter, a pulse at day 30 then every 60 days, or once at the end. */
export const PLAN_RULES = ['quarterly', 'pulse', 'end'] as const;
export type PlanRule = (typeof PLAN_RULES)[number];
export const PLAN_RULE_LABELS: Record<PlanRule, string> = {
  quarterly: 'Every calendar quarter',
  pulse: 'At day 30, then every 60 days',
  end: 'When the pairing ends',
};

const text = (what: string, max: number) =>
  z.string().trim().min(1, `${what} is required`).max(max, `at most ${max} characters`);

/** A question's stable key inside its form: answers and outcomes refer to it across versions. */
export const questionKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _ (e.g. support_1)');

export const questionInput = z.object({
  key: questionKey,
  text: text('the question', 500),
  kind: z.enum(QUESTION_KINDS),
  required: z.boolean().default(false),
  /** Likert only: five labels for 1 to 5 (defaults to agreement wording). */
  labels: z.array(text('a label', 60)).length(5, 'exactly five labels, for 1 to 5').optional(),
  /** Choice questions only: the options, at least two. */
  options: z.array(text('an option', 120)).max(20, 'at most 20 options').optional(),
  /** Whether the answer counts towards the form's score (Likert and 0–10 questions). */
  scored: z.boolean().default(false),
});
export type QuestionInput = z.input<typeof questionInput>;
export type Question = z.output<typeof questionInput>;

export const sectionInput = z.object({
  title: text('a section title', 160),
  questions: z.array(questionInput).min(1, 'a section needs at least one question').max(40),
});
export type Section = z.output<typeof sectionInput>;

/** A form as an educator edits it; cross-field rules (unique keys, options) are the service's. */
export const formInput = z.object({
  name: text('a form name', 160),
  audience: z.enum(FORM_AUDIENCES),
  purpose: z.enum(FORM_PURPOSES),
  anonymity: z.enum(ANONYMITY_MODES),
  introduction: z.string().trim().max(2000, 'at most 2000 characters').default(''),
  sections: z.array(sectionInput).min(1, 'a form needs at least one section').max(20),
});
export type FormInput = z.input<typeof formInput>;
export type FormFields = z.output<typeof formInput>;

export interface FormVersion extends FormFields {
  id: number;
  formId: number;
  version: number;
  /** True once any response uses it: it can no longer change, editing makes a new version. */
  frozen: boolean;
  responseCount: number;
  createdAt: string;
  createdBy: string;
}

export interface FormSummary {
  id: number;
  name: string;
  audience: FormAudience;
  purpose: FormPurpose;
  anonymity: AnonymityMode;
  origin: 'starter' | 'facility';
  latestVersionId: number;
  latestVersion: number;
  versionCount: number;
  responseCount: number;
}

export interface FormDetail extends FormSummary {
  /** Newest first. */
  versions: FormVersion[];
}

export interface FormUpdateResult {
  form: FormDetail;
  version: FormVersion;
  /** True when the edited version was frozen and a new version was made. */
  newVersion: boolean;
}

export const planItemInput = z.object({
  formId: z.number().int().positive(),
  rule: z.enum(PLAN_RULES),
});
export type PlanItemInput = z.input<typeof planItemInput>;

export interface PlanItem {
  formId: number;
  formName: string;
  audience: FormAudience;
  purpose: FormPurpose;
  rule: PlanRule;
}

/** One answer as entered: a number for Likert, 0–10 and yes/no (1 yes, 0 no), text, or choices. */
export const answerInput = z.object({
  key: questionKey,
  value: z.union([
    z.number(),
    z.string().max(10_000, 'at most 10,000 characters'),
    z.array(z.string().max(120)).max(20),
    z.null(),
  ]),
});
export type AnswerInput = z.input<typeof answerInput>;

export const RESPONSE_SOURCES = ['respondent', 'paper'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];
export const RESPONSE_SOURCE_LABELS: Record<ResponseSource, string> = {
  respondent: 'Entered by the respondent',
  paper: 'Entered from paper',
};

/** A period of a plan: `2026-Q3` (quarterly), `day-30`, `day-90`… (pulse) or `end`. */
export const periodKey = z
  .string()
  .trim()
  .regex(/^(\d{4}-Q[1-4]|day-\d{1,4}|end)$/, 'a quarter like 2026-Q3, day-30, or end');

/** How a period reads on screen and paper: "July–September 2026", "Day 30 pulse", "End of the pairing". */
export function periodLabel(period: string): string {
  const quarter = parseQuarter(period);
  if (quarter) return quarterLabel(quarter);
  const pulse = /^day-(\d+)$/.exec(period);
  if (pulse) return `Day ${pulse[1]} pulse`;
  return period === 'end' ? 'End of the pairing' : period;
}

const responseFields = {
  answers: z.array(answerInput).max(400),
  /** From paper: the day written on the form; otherwise today. */
  source: z.enum(RESPONSE_SOURCES),
  paperDate: isoDay.nullable().default(null),
};

export const responseInput = z.object({
  formVersionId: z.number().int().positive(),
  pairingId: z.number().int().positive(),
  period: periodKey,
  /** Whose answers these are: the pairing's mentor or mentee, or null for an educator's form. */
  respondentStaffId: z.number().int().positive().nullable(),
  ...responseFields,
});
export type ResponseInput = z.input<typeof responseInput>;

export const responseCorrectionInput = z.object({
  responseId: z.number().int().positive(),
  reason: text('the reason for the correction', 1000),
  ...responseFields,
});
export type ResponseCorrectionInput = z.input<typeof responseCorrectionInput>;

export interface Answer {
  key: string;
  /** The question's text in the response's version, for reading without the form. */
  question: string;
  kind: QuestionKind;
  value: number | string | string[] | null;
}

export interface EvaluationResponse {
  id: number;
  formId: number;
  formName: string;
  formVersionId: number;
  formVersion: number;
  anonymity: AnonymityMode;
  audience: FormAudience;
  pairingId: number;
  period: string;
  respondent: { staffId: number; displayName: string; role: 'mentor' | 'mentee' } | null;
  source: ResponseSource;
  /** The day the answers were given: the paper's date, or the day they were entered. */
  answeredOn: string;
  enteredAt: string;
  enteredBy: string;
  /** Mean of the scored answers on a 0–100 scale (Likert 1→0, 5→100; 0–10 ×10), or null. */
  score: number | null;
  /** Every question of the response's version, in the form's order; `value` null when left blank. */
  answers: Answer[];
  supersedesId: number | null;
  supersededById: number | null;
  correctionReason: string | null;
}

export const DUE_STATES = ['due', 'overdue', 'done', 'upcoming'] as const;
export type DueState = (typeof DUE_STATES)[number];
export const DUE_STATE_LABELS: Record<DueState, string> = {
  due: 'Due',
  overdue: 'Overdue',
  done: 'Done',
  upcoming: 'Upcoming',
};

/** One evaluation a plan asks of one respondent of one pairing for one period. */
export interface DueEvaluation {
  pairingId: number;
  cohortId: number;
  cohortCode: string;
  formId: number;
  formName: string;
  /** The version a new response uses: the form's latest. */
  formVersionId: number;
  period: string;
  periodLabel: string;
  respondent: { staffId: number; displayName: string; role: 'mentor' | 'mentee' } | null;
  mentorName: string;
  menteeName: string;
  opensOn: string;
  dueOn: string;
  state: DueState;
  /** The current (not superseded) response, when done. */
  responseId: number | null;
}

export const dueFilter = z.object({
  cohortId: z.number().int().positive().optional(),
  pairingId: z.number().int().positive().optional(),
  /** Which states to list; by default what needs doing (due and overdue). */
  states: z.array(z.enum(DUE_STATES)).default(['due', 'overdue']),
});
export type DueFilter = z.input<typeof dueFilter>;
