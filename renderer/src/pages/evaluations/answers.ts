import type {
  Answer,
  AnswerInput,
  FormVersion,
  Question,
} from '../../../../shared/domain/evaluations';
import type { ApiError } from '../../../../shared/result';

export type AnswerValue = number | string | string[] | null;
/** Answers as they are being entered, by question key. */
export type AnswerDraft = Record<string, AnswerValue>;

export const questionsOf = (v: Pick<FormVersion, 'sections'>): Question[] =>
  v.sections.flatMap((s) => s.questions);

export function blankAnswers(v: Pick<FormVersion, 'sections'>): AnswerDraft {
  return Object.fromEntries(questionsOf(v).map((q) => [q.key, null]));
}

/** A response's answers, to correct them: the old ones are the starting point. */
export function answersFrom(v: Pick<FormVersion, 'sections'>, answers: Answer[]): AnswerDraft {
  const draft = blankAnswers(v);
  for (const a of answers) if (a.key in draft) draft[a.key] = a.value;
  return draft;
}

/** Every question is sent, unanswered ones as null, so the service can say which are missing. */
export function answersInput(v: Pick<FormVersion, 'sections'>, draft: AnswerDraft): AnswerInput[] {
  return questionsOf(v).map((q) => {
    const value = draft[q.key] ?? null;
    const empty =
      value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0);
    return { key: q.key, value: empty ? null : value };
  });
}

/**
 * Problems by where they belong: `answers.<key>` (or the schema's `answers.<index>.value`) on
 * that question, anything else on its field (`paperDate`, `reason`).
 */
export function responseErrors(
  error: ApiError | null,
  sent: AnswerInput[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of error?.details?.problems ?? []) {
    if (!p.field) continue;
    const [head, second] = p.field.split('.');
    let field = head ?? p.field;
    if (head === 'answers' && second !== undefined) {
      const byIndex = /^\d+$/.test(second) ? sent[Number(second)]?.key : undefined;
      field = `answers.${byIndex ?? second}`;
    }
    errors[field] ??= p.message;
  }
  return errors;
}
