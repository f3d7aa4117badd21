import { z } from 'zod';
import { addDays } from '../dates';
import { isoDay } from './staff';

/** A goal's status is derived from its dates and progress (DOMAIN.md "Goal"); never typed in. */
export const GOAL_STATUSES = [
  'not_started',
  'on_track',
  'at_risk',
  'overdue',
  'achieved',
  'dropped',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  overdue: 'Overdue',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** Targets may lie below the baseline ("reduce charting errors"): progress then goes down. */
export type GoalDirection = 'increase' | 'decrease';

export function goalDirection(goal: { baseline: number; target: number }): GoalDirection {
  return goal.target < goal.baseline ? 'decrease' : 'increase';
}

/** Whether a value reaches the goal's target, in the goal's direction. */
export function reachesTarget(goal: { baseline: number; target: number }, value: number): boolean {
  return goalDirection(goal) === 'increase' ? value >= goal.target : value <= goal.target;
}

const title = (what: string) =>
  z.string().trim().min(1, `${what} is required`).max(160, 'at most 160 characters');
const freeText = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const quantity = z.number({ error: 'a number' });

export const milestoneInput = z.object({ title: title('a milestone title'), dueDate: isoDay });
export type MilestoneInput = z.input<typeof milestoneInput>;

/** The SMART fields of a goal. Rules across fields and dates are checked by the goals service. */
export const goalFields = z.object({
  /** Specific: what the mentee will be able to do. */
  title: title('what the goal is'),
  /** Measurable: what is counted, in which unit, from where to where. */
  metric: title('what will be measured'),
  unit: z.string().trim().min(1, 'a unit is required, e.g. insertions or %').max(40),
  baseline: quantity,
  target: quantity,
  /** Achievable: the plan and the resources. */
  plan: freeText(2000).default(''),
  /** Relevant: the competency or career goal it serves (free text until competencies link). */
  relevance: freeText(300).default(''),
  /** Time-bound: null means the pairing's start. */
  startDate: isoDay.nullable().default(null),
  dueDate: isoDay,
});
export type GoalFieldsInput = z.input<typeof goalFields>;
export type GoalFields = z.output<typeof goalFields>;

export const goalInput = goalFields.extend({
  pairingId: z.number().int().positive(),
  /** The template the goal was started from, if any; the goal keeps its own copy of the fields. */
  templateId: z.number().int().positive().nullable().default(null),
  milestones: z.array(milestoneInput).max(20, 'at most 20 milestones').default([]),
});
export type GoalInput = z.input<typeof goalInput>;

export const templateMilestone = z.object({
  title: title('a milestone title'),
  week: z.number().int('a whole number of weeks').min(0, 'cannot be negative').max(260),
});

export const goalTemplateInput = z.object({
  programId: z.number().int().positive(),
  title: title('what the goal is'),
  metric: title('what will be measured'),
  unit: z.string().trim().min(1, 'a unit is required, e.g. insertions or %').max(40),
  baseline: quantity,
  target: quantity,
  plan: freeText(2000).default(''),
  relevance: freeText(300).default(''),
  dueWeek: z.number().int('a whole number of weeks').min(1, 'at least 1 week').max(260),
  milestones: z.array(templateMilestone).max(20, 'at most 20 milestones').default([]),
});
export type GoalTemplateInput = z.input<typeof goalTemplateInput>;

export interface GoalTemplate extends z.output<typeof goalTemplateInput> {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** A template's weeks turned into days for a goal starting on `start`. */
export function datesFromTemplate(
  template: Pick<GoalTemplate, 'dueWeek' | 'milestones'>,
  start: string,
): { dueDate: string; milestones: { title: string; dueDate: string }[] } {
  return {
    dueDate: addDays(start, template.dueWeek * 7),
    milestones: template.milestones.map((m) => ({
      title: m.title,
      dueDate: addDays(start, m.week * 7),
    })),
  };
}

export interface Milestone {
  id: number;
  goalId: number;
  title: string;
  dueDate: string;
  achievedOn: string | null;
}

export interface ProgressEntry {
  id: number;
  goalId: number;
  date: string;
  value: number;
  note: string | null;
  /** The educator (or whoever was signed in) who recorded it. */
  recordedBy: string;
  recordedAt: string;
}

export interface Goal extends Omit<GoalFields, 'startDate'> {
  id: number;
  pairingId: number;
  templateId: number | null;
  startDate: string;
  droppedAt: string | null;
  dropReason: string | null;
  /** A member's copy of a mentoring circle's shared goal (the circle_goals id), else null. */
  circleGoalId?: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A goal as the tracker shows it: its rows plus what is derived from them today. */
export interface GoalView extends Goal {
  milestones: Milestone[];
  /** Oldest first. */
  progress: ProgressEntry[];
  status: GoalStatus;
  direction: GoalDirection;
  /** Where the straight line from the baseline through the latest entry lands on the due date. */
  projected: number | null;
  /** The day the target was reached (and stayed reached), when it is achieved. */
  achievedOn: string | null;
}

export interface GoalPairing {
  id: number;
  cohortId: number;
  cohortCode: string;
  programId: number;
  status: string;
  startDate: string | null;
  endDate: string | null;
  mentee: { staffId: number; name: string };
  mentor: { staffId: number; name: string };
}

export interface PairingGoals {
  pairing: GoalPairing;
  /** The day status is derived for (the application's clock). */
  today: string;
  /** Why goals cannot change now (a proposal, a closed pairing), or null when they can. */
  readOnlyReason: string | null;
  goals: GoalView[];
}

/** A goal that needs the educator: at risk or overdue, with its pairing. */
export interface AttentionItem {
  pairing: GoalPairing;
  goal: GoalView;
}

/** Recognition (DOMAIN.md): a milestone achieved or a goal met, for the celebrate list. */
export interface Celebration {
  kind: 'milestone' | 'goal';
  date: string;
  goalId: number;
  goalTitle: string;
  milestoneId: number | null;
  milestoneTitle: string | null;
  pairingId: number;
  mentee: { staffId: number; name: string };
  mentor: { staffId: number; name: string };
}

export interface CohortGoals {
  cohort: { id: number; code: string; name: string };
  today: string;
  counts: Record<GoalStatus, number>;
  /** Overdue first, then at risk; soonest due first within each. */
  attention: AttentionItem[];
  /** Newest first. */
  celebrate: Celebration[];
}

export type QuantityResult = { ok: true; value: number } | { ok: false; message: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a value typed for a goal measured in `unit`: a plain number, or a number followed by
 * the goal's own unit ("4 insertions", "85 %"). Anything else is refused, naming the unit.
 */
export function parseQuantity(raw: string, unit: string): QuantityResult {
  const text = raw.trim();
  const expected = `Enter a number (the unit is ${unit}), e.g. 4`;
  if (text === '') return { ok: false, message: `${expected}.` };
  // "1,5" and "12,000" are refused rather than guessed at: decimals use a point.
  const match = /^([+-]?[\d.]+)(?![\d,])\s*(.*)$/.exec(text);
  const number = match?.[1] ?? '';
  const suffix = (match?.[2] ?? text).trim();
  if (!match || !NUMBER.test(number)) {
    return { ok: false, message: `“${text}” is not a number. ${expected}.` };
  }
  if (suffix !== '' && !sameUnit(suffix, unit)) {
    return { ok: false, message: `“${text}” is not in ${unit}. ${expected}.` };
  }
  return { ok: true, value: Number(number) };
}

function sameUnit(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^percent$|^per cent$/, '%')
      .replace(/s$/, '');
  return norm(a) === norm(b);
}
