import type { z } from 'zod';
import { PROGRAM_TEMPLATES } from '../../../../shared/domain/program-templates';
import {
  MATCH_FACTORS,
  programInput,
  type Cadence,
  type EvaluationSchedule,
  type MatchWeights,
  type ProgramFormat,
  type ProgramInput,
  type ProgramKind,
  type UnitRule,
} from '../../../../shared/domain/programs';
import type { ApiError } from '../../../../shared/result';
import type { FieldErrors } from '../../lib/problems';

/** What the program form holds: exactly what was typed, so nothing is lost on an error. */
export interface ProgramFormValues {
  name: string;
  kind: ProgramKind;
  format: ProgramFormat;
  cadence: Cadence;
  durationWeeks: string;
  defaultCapacity: string;
  requiredTraining: string[];
  evaluationSchedule: EvaluationSchedule;
  description: string;
  unitRule: UnitRule;
  minExperienceGap: string;
  requireSameShift: boolean;
  requireTraining: boolean;
  weights: MatchWeights;
}

export type ProgramPayload = z.output<typeof programInput>;

export function formFromProgram(p: ProgramInput): ProgramFormValues {
  return {
    name: p.name,
    kind: p.kind,
    format: p.format,
    cadence: p.cadence,
    durationWeeks: String(p.durationWeeks),
    defaultCapacity: String(p.defaultCapacity),
    requiredTraining: [...p.requiredTraining],
    evaluationSchedule: p.evaluationSchedule,
    description: p.description ?? '',
    unitRule: p.matching.unitRule,
    minExperienceGap: String(p.matching.minExperienceGap),
    requireSameShift: p.matching.requireSameShift,
    requireTraining: p.matching.requireTraining,
    weights: { ...p.matching.weights },
  };
}

/** A kind's template, or a plain start for "Other". */
export function formFromKind(kind: ProgramKind): ProgramFormValues {
  if (kind !== 'other') return formFromProgram(PROGRAM_TEMPLATES[kind]);
  const weights = Object.fromEntries(MATCH_FACTORS.map((f) => [f, 2])) as MatchWeights;
  return {
    ...formFromProgram(PROGRAM_TEMPLATES.peer),
    name: '',
    kind: 'other',
    format: 'one_to_one',
    description: '',
    weights,
  };
}

/** "" is a missing number; anything else must be a number (the schema checks whole/range). */
function toNumber(text: string): number {
  const t = text.trim();
  return t === '' ? Number.NaN : Number(t);
}

/** The schema's paths (`matching.weights.shift`) as the form's keys (`weights.shift`). */
export function formKey(path: readonly PropertyKey[] | string): string {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  if (parts[0] === 'matching') parts.shift();
  return parts.join('.');
}

const NUMBER_FIELDS = new Set(['durationWeeks', 'defaultCapacity', 'minExperienceGap']);

/** Checks the form with the back end's own schema, so every problem shows before sending. */
export function validateProgramForm(
  values: ProgramFormValues,
): { ok: true; value: ProgramPayload } | { ok: false; errors: FieldErrors } {
  const candidate = {
    name: values.name,
    kind: values.kind,
    format: values.format,
    cadence: values.cadence,
    durationWeeks: toNumber(values.durationWeeks),
    defaultCapacity: toNumber(values.defaultCapacity),
    requiredTraining: values.requiredTraining.map((t) => t.trim()).filter((t) => t !== ''),
    evaluationSchedule: values.evaluationSchedule,
    description: values.description,
    matching: {
      weights: values.weights,
      unitRule: values.unitRule,
      minExperienceGap: toNumber(values.minExperienceGap),
      requireSameShift: values.requireSameShift,
      requireTraining: values.requireTraining,
    },
  };
  const parsed = programInput.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = formKey(issue.path);
    const numberMissing = NUMBER_FIELDS.has(key) && issue.code === 'invalid_type';
    errors[key] ??= numberMissing ? 'expected a whole number' : issue.message;
  }
  return { ok: false, errors };
}

/** The server's problems by form key; `prefix` strips `program.` from programs.update. */
export function programErrorsFrom(error: ApiError | null, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of error?.details?.problems ?? []) {
    if (!problem.field) continue;
    const field = problem.field.startsWith(prefix)
      ? problem.field.slice(prefix.length)
      : problem.field;
    errors[formKey(field)] ??= problem.message;
  }
  return errors;
}

export const UNIT_RULE_WORDS: Record<UnitRule, string> = {
  same: 'On the mentee’s own unit',
  different: 'On a different unit (for cross-training)',
  any: 'Any unit',
};

export const UNIT_RULE_HINTS: Record<UnitRule, string> = {
  same: 'Mentors from the mentee’s unit score higher.',
  different: 'Mentors from another unit score higher.',
  any: 'The unit does not change the score.',
};
