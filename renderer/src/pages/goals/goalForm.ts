import {
  datesFromTemplate,
  parseQuantity,
  type GoalTemplate,
  type GoalView,
} from '../../../../shared/domain/goals';
import type { PathErrors } from './useAction';

/** One milestone being typed: `when` is a date on a goal, a week number on a template. */
export interface MilestoneDraft {
  key: number;
  title: string;
  when: string;
}

let nextKey = 1;
export const milestoneDraft = (title = '', when = ''): MilestoneDraft => ({
  key: nextKey++,
  title,
  when,
});

/** What the goal form holds: exactly what was typed, so nothing is lost when it is refused. */
export interface GoalFormValues {
  title: string;
  metric: string;
  unit: string;
  baseline: string;
  target: string;
  plan: string;
  relevance: string;
  startDate: string;
  dueDate: string;
  milestones: MilestoneDraft[];
  templateId: number | null;
}

export const EMPTY_GOAL: GoalFormValues = {
  title: '',
  metric: '',
  unit: '',
  baseline: '',
  target: '',
  plan: '',
  relevance: '',
  startDate: '',
  dueDate: '',
  milestones: [],
  templateId: null,
};

export function formFromGoal(g: GoalView): GoalFormValues {
  return {
    title: g.title,
    metric: g.metric,
    unit: g.unit,
    baseline: String(g.baseline),
    target: String(g.target),
    plan: g.plan,
    relevance: g.relevance,
    startDate: g.startDate,
    dueDate: g.dueDate,
    milestones: [],
    templateId: g.templateId,
  };
}

/** A template's fields with its weeks turned into dates from the goal's start. */
export function formFromTemplate(t: GoalTemplate, start: string): GoalFormValues {
  const dates = datesFromTemplate(t, start);
  return {
    title: t.title,
    metric: t.metric,
    unit: t.unit,
    baseline: String(t.baseline),
    target: String(t.target),
    plan: t.plan,
    relevance: t.relevance,
    startDate: '',
    dueDate: dates.dueDate,
    milestones: dates.milestones.map((m) => milestoneDraft(m.title, m.dueDate)),
    templateId: t.id,
  };
}

/** The numbers, read in the goal's unit; errors by field for anything that is not one. */
export function readNumbers(v: GoalFormValues): {
  baseline?: number;
  target?: number;
  errors: PathErrors;
} {
  const unit = v.unit.trim() || 'the goal unit';
  const errors: PathErrors = {};
  const read = (key: 'baseline' | 'target') => {
    const parsed = parseQuantity(v[key], unit);
    if (parsed.ok) return parsed.value;
    errors[key] = parsed.message;
    return undefined;
  };
  return { baseline: read('baseline'), target: read('target'), errors };
}

/** The SMART fields as the API takes them. */
export function goalFieldsOf(v: GoalFormValues, baseline: number, target: number) {
  return {
    title: v.title,
    metric: v.metric,
    unit: v.unit,
    baseline,
    target,
    plan: v.plan,
    relevance: v.relevance,
    startDate: v.startDate === '' ? null : v.startDate,
    dueDate: v.dueDate,
  };
}
