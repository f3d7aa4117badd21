import type { FormFields, Question } from '../../../shared/domain/evaluations';
import type { Db } from '../db/open';
import { Problems } from './problems';

const CHOICE_KINDS: readonly Question['kind'][] = ['single_choice', 'multiple_choice'];
const SCORED_KINDS: readonly Question['kind'][] = ['likert5', 'scale10'];

function checkQuestion(q: Question, at: string, problems: Problems): void {
  const isChoice = CHOICE_KINDS.includes(q.kind);
  if (isChoice) {
    const options = q.options ?? [];
    const distinct = new Set(options.map((o) => o.toLowerCase()));
    if (distinct.size < 2)
      problems.add(`${at}.options`, 'needs at least two different options', options);
    else if (distinct.size < options.length)
      problems.add(`${at}.options`, 'lists an option twice; give each option once', options);
  } else if (q.options !== undefined && q.options.length > 0) {
    problems.add(`${at}.options`, 'only choice questions have options', q.options);
  }
  if (q.labels !== undefined && q.kind !== 'likert5')
    problems.add(`${at}.labels`, 'only Likert (1 to 5) questions have labels', q.labels);
  if (q.scored && !SCORED_KINDS.includes(q.kind))
    problems.add(
      `${at}.scored`,
      'only Likert (1 to 5) and 0 to 10 questions count towards the score',
      q.kind,
    );
}

/**
 * The rules zod cannot see on one field: keys unique across the whole form (answers refer to
 * them), options only and always on choice questions, labels only on Likert, scores only on
 * numeric scales, and a name no other form uses. `prefix` is where the form sits in the input.
 */
export function checkForm(
  db: Db,
  form: FormFields,
  prefix: string,
  exceptFormId: number | null,
): Problems {
  const problems = new Problems();
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  const seen = new Map<string, string>();
  form.sections.forEach((section, s) =>
    section.questions.forEach((q, i) => {
      const path = at(`sections.${s}.questions.${i}`);
      const first = seen.get(q.key);
      if (first !== undefined)
        problems.add(`${path}.key`, `is already the key of another question (${first})`, q.key);
      else seen.set(q.key, path);
      checkQuestion(q, path, problems);
    }),
  );
  const sameName = db
    .prepare(
      `SELECT v.form_id AS formId FROM form_versions v
       WHERE v.version = (SELECT max(version) FROM form_versions w WHERE w.form_id = v.form_id)
         AND lower(v.name) = lower(?) AND v.form_id IS NOT ?`,
    )
    .get(form.name, exceptFormId) as { formId: number } | undefined;
  if (sameName) problems.add(at('name'), 'is the name of another form', form.name);
  return problems;
}

/** The form's contents as stored on a version: only what the respondent sees. */
export function storedSections(form: FormFields): string {
  return JSON.stringify(
    form.sections.map((s) => ({
      title: s.title,
      questions: s.questions.map((q) => ({
        key: q.key,
        text: q.text,
        kind: q.kind,
        required: q.required,
        ...(q.labels ? { labels: q.labels } : {}),
        ...(q.options && q.options.length > 0 ? { options: q.options } : {}),
        scored: q.scored,
      })),
    })),
  );
}
