/**
 * A pairing's evaluation responses for a packet: scores this quarter against last, and the
 * comments, read with our own SQL from the responses that are not superseded.
 */
import {
  ANONYMITY_LABELS,
  DEFAULT_LIKERT_LABELS,
  FORM_AUDIENCE_LABELS,
  type AnonymityMode,
  type FormAudience,
  type QuestionKind,
} from '../../../shared/domain/evaluations';
import type { Pairing } from '../../../shared/domain/pairings';
import type {
  ConfidentialComment,
  FormScores,
  NamedComment,
  PacketEvaluations,
  PrintPeriod,
  QuestionMean,
} from '../../../shared/domain/printing';
import type { Db } from '../db/open';

interface ResponseRow {
  id: number;
  period: string;
  answered_on: string;
  score: number | null;
  respondent_staff_id: number | null;
  form_id: number;
  form_name: string;
  audience: FormAudience;
  anonymity: AnonymityMode;
  sections_json: string;
  version: number;
}

interface AnswerRow {
  response_id: number;
  question_key: string;
  number_value: number | null;
  text_value: string | null;
}

/** The part of a stored question a packet needs. */
interface StoredQuestion {
  key: string;
  text: string;
  kind: QuestionKind;
  scored?: boolean;
  labels?: string[];
}

const AUDIENCE_ORDER: readonly FormAudience[] = ['mentee', 'mentor', 'educator'];

/**
 * A response belongs to a quarter when its period is that quarter; a response for another kind
 * of period (day-30, end) belongs to the quarter it was answered in.
 */
const RESPONSES = `
  SELECT r.id, r.period, r.answered_on, r.score, r.respondent_staff_id, fv.form_id, fv.version,
         fv.audience, fv.anonymity, fv.sections_json,
         (SELECT n.name FROM form_versions n WHERE n.form_id = fv.form_id ORDER BY n.version DESC LIMIT 1) AS form_name
  FROM evaluation_responses r
  JOIN form_versions fv ON fv.id = r.form_version_id
  WHERE r.pairing_id = ?
    AND NOT EXISTS (SELECT 1 FROM evaluation_responses s WHERE s.supersedes_id = r.id)
    AND (r.period = ? OR (r.period NOT GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' AND r.answered_on BETWEEN ? AND ?))
  ORDER BY r.answered_on, r.id`;

function responsesIn(db: Db, pairingId: number, period: PrintPeriod): ResponseRow[] {
  return db
    .prepare(RESPONSES)
    .all(pairingId, period.key, period.start, period.end) as ResponseRow[];
}

function answersOf(db: Db, responses: readonly ResponseRow[]): Map<number, AnswerRow[]> {
  const byResponse = new Map<number, AnswerRow[]>();
  if (responses.length === 0) return byResponse;
  const rows = db
    .prepare(
      `SELECT response_id, question_key, number_value, text_value FROM evaluation_answers
       WHERE response_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(responses.map((r) => r.id))) as AnswerRow[];
  for (const row of rows)
    byResponse.set(row.response_id, [...(byResponse.get(row.response_id) ?? []), row]);
  return byResponse;
}

function questionsOf(response: ResponseRow): StoredQuestion[] {
  const sections = JSON.parse(response.sections_json) as { questions: StoredQuestion[] }[];
  return sections.flatMap((s) => s.questions);
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

const oneDecimal = (n: number | null): number | null =>
  n === null ? null : Math.round(n * 10) / 10;

function scaleLabel(q: StoredQuestion): string {
  if (q.kind === 'scale10') return '0–10';
  const labels = q.labels ?? DEFAULT_LIKERT_LABELS;
  return `1–5 (1 ${labels[0] ?? ''}, 5 ${labels[4] ?? ''})`;
}

function scoredQuestions(responses: readonly ResponseRow[]): Map<string, StoredQuestion> {
  // The newest version's wording wins; keys are stable across versions.
  const byKey = new Map<string, StoredQuestion>();
  for (const r of [...responses].sort((a, b) => a.version - b.version)) {
    for (const q of questionsOf(r)) {
      if (q.scored && (q.kind === 'likert5' || q.kind === 'scale10')) byKey.set(q.key, q);
    }
  }
  return byKey;
}

function questionMeans(
  current: readonly ResponseRow[],
  previous: readonly ResponseRow[],
  answers: Map<number, AnswerRow[]>,
): QuestionMean[] {
  const questions = scoredQuestions([...previous, ...current]);
  const meanOf = (responses: readonly ResponseRow[], key: string) =>
    oneDecimal(
      mean(
        responses.flatMap((r) =>
          (answers.get(r.id) ?? [])
            .filter((a) => a.question_key === key && a.number_value !== null)
            .map((a) => a.number_value ?? 0),
        ),
      ),
    );
  return [...questions.values()].map((q) => ({
    question: q.text,
    scaleLabel: scaleLabel(q),
    current: meanOf(current, q.key),
    previous: meanOf(previous, q.key),
  }));
}

function formScores(
  current: readonly ResponseRow[],
  previous: readonly ResponseRow[],
  answers: Map<number, AnswerRow[]>,
): FormScores[] {
  const formIds = [...new Set([...current, ...previous].map((r) => r.form_id))];
  const forms = formIds.flatMap((formId) => {
    const cur = current.filter((r) => r.form_id === formId);
    const prev = previous.filter((r) => r.form_id === formId);
    // The form's name, audience and anonymity, from any of its responses (one always exists).
    const sample = cur[0] ?? prev[0];
    if (!sample) return [];
    const score = (rows: readonly ResponseRow[]) =>
      oneDecimal(mean(rows.flatMap((r) => (r.score === null ? [] : [r.score]))));
    return {
      audience: sample.audience,
      scores: {
        formName: sample.form_name,
        audienceLabel: FORM_AUDIENCE_LABELS[sample.audience],
        anonymityLabel: ANONYMITY_LABELS[sample.anonymity],
        currentCount: cur.length,
        currentScore: score(cur),
        previousCount: prev.length,
        previousScore: score(prev),
        questions: questionMeans(cur, prev, answers),
      },
    };
  });
  return forms
    .sort(
      (a, b) =>
        AUDIENCE_ORDER.indexOf(a.audience) - AUDIENCE_ORDER.indexOf(b.audience) ||
        a.scores.formName.localeCompare(b.scores.formName),
    )
    .map((f) => f.scores);
}

function comments(
  pairing: Pairing,
  current: readonly ResponseRow[],
  answers: Map<number, AnswerRow[]>,
): { named: NamedComment[]; confidential: ConfidentialComment[] } {
  const named: NamedComment[] = [];
  const confidential: ConfidentialComment[] = [];
  for (const r of current) {
    const texts = new Map(questionsOf(r).map((q) => [q.key, q]));
    for (const a of answers.get(r.id) ?? []) {
      const q = texts.get(a.question_key);
      const text = a.text_value?.trim() ?? '';
      if (!q || q.kind !== 'text' || text === '') continue;
      if (r.anonymity === 'confidential') {
        // Nothing that could name the author: no name, no role, no day.
        confidential.push({ formName: r.form_name, question: q.text, text });
      } else {
        named.push({
          formName: r.form_name,
          question: q.text,
          ...author(pairing, r.respondent_staff_id),
          answeredOn: r.answered_on,
          text,
        });
      }
    }
  }
  return { named, confidential };
}

function author(pairing: Pairing, staffId: number | null): { author: string; authorRole: string } {
  if (staffId === pairing.mentor.staffId)
    return { author: pairing.mentor.displayName, authorRole: 'Mentor' };
  if (staffId === pairing.mentee.staffId)
    return { author: pairing.mentee.displayName, authorRole: 'Mentee' };
  return { author: 'Educator', authorRole: 'Educator' };
}

export function packetEvaluations(
  db: Db,
  pairing: Pairing,
  period: PrintPeriod,
  previousPeriod: PrintPeriod,
): {
  evaluations: PacketEvaluations;
  namedComments: NamedComment[];
  confidentialComments: ConfidentialComment[];
} {
  const current = responsesIn(db, pairing.id, period);
  const previous = responsesIn(db, pairing.id, previousPeriod);
  const answers = answersOf(db, [...current, ...previous]);
  const { named, confidential } = comments(pairing, current, answers);
  return {
    evaluations: {
      currentCount: current.length,
      previousCount: previous.length,
      forms: formScores(current, previous, answers),
    },
    namedComments: named,
    confidentialComments: confidential,
  };
}
