import type {
  Answer,
  AnswerInput,
  FormVersion,
  Question,
} from '../../../shared/domain/evaluations';
import type { Db } from '../db/open';
import type { Problems } from './problems';

/** One answer as stored: a number (Likert, 0–10, yes/no), a text (text, one choice), or choices. */
export interface StoredAnswer {
  key: string;
  number: number | null;
  text: string | null;
  choices: string[] | null;
}

type Value = AnswerInput['value'];

export function questionsOf(version: Pick<FormVersion, 'sections'>): Question[] {
  return version.sections.flatMap((s) => s.questions);
}

const isWhole = (v: Value, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/** The stored form of one given answer, or the reason it does not fit its question. */
function convert(q: Question, value: Exclude<Value, null>): StoredAnswer | string {
  const empty = { key: q.key, number: null, text: null, choices: null };
  switch (q.kind) {
    case 'likert5':
      return isWhole(value, 1, 5)
        ? { ...empty, number: value }
        : 'expected a whole number from 1 to 5';
    case 'scale10':
      return isWhole(value, 0, 10)
        ? { ...empty, number: value }
        : 'expected a whole number from 0 to 10';
    case 'yes_no':
      return isWhole(value, 0, 1) ? { ...empty, number: value } : 'expected 1 for yes or 0 for no';
    case 'text':
      return typeof value === 'string' ? { ...empty, text: value.trim() } : 'expected text';
    case 'single_choice': {
      const options = q.options ?? [];
      return typeof value === 'string' && options.includes(value.trim())
        ? { ...empty, text: value.trim() }
        : `expected one of: ${options.join(', ')}`;
    }
    case 'multiple_choice': {
      const options = q.options ?? [];
      if (!Array.isArray(value)) return `expected a list of choices from: ${options.join(', ')}`;
      const chosen = value.map((v) => v.trim());
      const unknown = chosen.find((c) => !options.includes(c));
      if (unknown !== undefined) return `"${unknown}" is not one of: ${options.join(', ')}`;
      if (new Set(chosen).size < chosen.length) return 'lists a choice twice';
      // Stored in the form's order, so the same choices always read the same.
      return { ...empty, choices: options.filter((o) => chosen.includes(o)) };
    }
  }
}

function isBlank(value: Value): boolean {
  return (
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Checks answers against the version they answer: each known question at most once, every
 * required one answered, each value in its range or among its options. Problems name the
 * question (`answers.support_1`); blank answers are left out of what is stored.
 */
export function checkAnswers(
  version: FormVersion,
  answers: readonly { key: string; value: Value }[],
  problems: Problems,
): StoredAnswer[] {
  const questions = new Map(questionsOf(version).map((q) => [q.key, q]));
  const given = new Map<string, Value>();
  for (const a of answers) {
    const field = `answers.${a.key}`;
    if (!questions.has(a.key))
      problems.add(
        field,
        `is not a question of "${version.name}" (version ${version.version})`,
        a.key,
      );
    else if (given.has(a.key)) problems.add(field, 'is answered twice', a.key);
    else given.set(a.key, a.value);
  }
  const stored: StoredAnswer[] = [];
  for (const q of questions.values()) {
    const value = given.get(q.key) ?? null;
    if (isBlank(value)) {
      if (q.required) problems.add(`answers.${q.key}`, `is required ("${q.text}")`);
      continue;
    }
    const converted = convert(q, value as Exclude<Value, null>);
    if (typeof converted === 'string') problems.add(`answers.${q.key}`, converted, value);
    else stored.push(converted);
  }
  return stored;
}

/** 0–100: Likert 1→0 … 5→100, 0–10 ×10. */
function points(q: Question, n: number): number {
  return q.kind === 'likert5' ? (n - 1) * 25 : n * 10;
}

/** Mean of the scored answers on 0–100 to one decimal, or null when no scored question was answered. */
export function scoreOf(version: FormVersion, stored: readonly StoredAnswer[]): number | null {
  const questions = new Map(questionsOf(version).map((q) => [q.key, q]));
  const values = stored.flatMap((a) => {
    const q = questions.get(a.key);
    return q?.scored && a.number !== null ? [points(q, a.number)] : [];
  });
  if (values.length === 0) return null;
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}

export function insertAnswers(db: Db, responseId: number, stored: readonly StoredAnswer[]): void {
  const insert = db.prepare(
    `INSERT INTO evaluation_answers (response_id, question_key, number_value, text_value, choices_json)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const a of stored)
    insert.run(
      responseId,
      a.key,
      a.number,
      a.text,
      a.choices === null ? null : JSON.stringify(a.choices),
    );
}

export function readStoredAnswers(db: Db, responseId: number): StoredAnswer[] {
  const rows = db
    .prepare(
      `SELECT question_key, number_value, text_value, choices_json FROM evaluation_answers
       WHERE response_id = ? ORDER BY question_key`,
    )
    .all(responseId) as {
    question_key: string;
    number_value: number | null;
    text_value: string | null;
    choices_json: string | null;
  }[];
  return rows.map((r) => ({
    key: r.question_key,
    number: r.number_value,
    text: r.text_value,
    choices: r.choices_json === null ? null : (JSON.parse(r.choices_json) as string[]),
  }));
}

/** Every question of the version in the form's order, with its answer or null when left blank. */
export function answersFor(
  version: Pick<FormVersion, 'sections'>,
  stored: readonly StoredAnswer[],
): Answer[] {
  const byKey = new Map(stored.map((a) => [a.key, a]));
  return questionsOf(version).map((q) => {
    const a = byKey.get(q.key);
    return {
      key: q.key,
      question: q.text,
      kind: q.kind,
      value: a === undefined ? null : (a.choices ?? a.number ?? a.text),
    };
  });
}
