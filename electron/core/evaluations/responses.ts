import type { z } from 'zod';
import {
  PLAN_RULE_LABELS,
  type EvaluationResponse,
  type FormVersion,
  type responseCorrectionInput,
  type responseInput,
} from '../../../shared/domain/evaluations';
import type { Pairing } from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';
import { getPairing } from '../pairings/rows';
import {
  checkAnswers,
  insertAnswers,
  readStoredAnswers,
  scoreOf,
  type StoredAnswer,
} from './answers';
import { audienceOf } from './audience';
import { getFormVersion } from './form-rows';
import { Problems } from './problems';
import { currentResponseId, getResponse } from './response-rows';
import { END_DUE_DAYS, periodProblem, ruleOfPeriod, type PairingSpan } from './schedule';
import { addDays } from '../../../shared/dates';

export { getResponse, responsesForPairing } from './response-rows';

type ParsedResponse = z.output<typeof responseInput>;
type ParsedCorrection = z.output<typeof responseCorrectionInput>;

/** Who enters, and the day that counts as today (the demo's history passes an earlier day). */
export interface Recorder {
  actor: string;
  today: string;
}

export function recorderOf(ctx: WriteContext): Recorder {
  return { actor: ctx.actor.name, today: todayOf(ctx) };
}

const EVALUATED = ['active', 'paused', 'completed', 'ended_early'];
const CLOSED = ['completed', 'ended_early'];

function pairingFor(tx: WriteTx, pairingId: number): Pairing & { startDate: string } {
  let p: Pairing;
  try {
    p = getPairing(tx.db, pairingId);
  } catch (error) {
    if (!(error instanceof TandemError) || error.code !== 'not_found') throw error;
    throw new TandemError('not_found', `No pairing with id ${pairingId}.`, {
      problems: [{ field: 'pairingId', value: String(pairingId), message: 'no such pairing' }],
    });
  }
  if (!EVALUATED.includes(p.status) || p.startDate === null) {
    throw new TandemError(
      'invalid_input',
      `Nothing was recorded: pairing #${p.id} is ${p.status}; only pairings that have started are evaluated.`,
      {
        problems: [
          { field: 'pairingId', value: String(p.id), message: `is ${p.status}, not started` },
        ],
      },
    );
  }
  return { ...p, startDate: p.startDate };
}

const spanOf = (p: Pairing & { startDate: string }): PairingSpan => ({
  startDate: p.startDate,
  endDate: p.endDate,
  status: p.status,
});

/** The day the answers were given; refuses a paper date that is missing, ahead, or off the pairing. */
function answeredOn(
  by: Recorder,
  p: Pairing & { startDate: string },
  input: Pick<ParsedResponse, 'source' | 'paperDate'>,
  problems: Problems,
): string {
  if (input.source === 'respondent') {
    if (input.paperDate !== null)
      problems.add('paperDate', 'is only for responses entered from paper', input.paperDate);
    return by.today;
  }
  const date = input.paperDate;
  if (date === null) {
    problems.add('paperDate', 'is required for a paper response: the date written on the form');
    return by.today;
  }
  // Answers about a closed pairing are often written in the days after its end (the end
  // evaluation is due two weeks later), so paper dates run to that due day.
  const last =
    CLOSED.includes(p.status) && p.endDate !== null ? addDays(p.endDate, END_DUE_DAYS) : null;
  if (date > by.today) problems.add('paperDate', `is after today (${by.today})`, date);
  else if (date < p.startDate)
    problems.add('paperDate', `is before the pairing started on ${p.startDate}`, date);
  else if (last !== null && date > last)
    problems.add(
      'paperDate',
      `is after the pairing ended on ${p.endDate ?? ''} (answers written up to ${last} are accepted)`,
      date,
    );
  return date;
}

function checkRespondent(
  p: Pairing,
  version: FormVersion,
  respondentStaffId: number | null,
  problems: Problems,
): void {
  const expected = audienceOf(p, version.audience);
  const named = expected.map((e) => `${e.displayName} (staff #${e.staffId})`).join(' or ');
  if (expected.length === 0) {
    if (respondentStaffId !== null)
      problems.add(
        'respondentStaffId',
        'must be empty: educators answer this form',
        respondentStaffId,
      );
  } else if (!expected.some((e) => e.staffId === respondentStaffId)) {
    problems.add(
      'respondentStaffId',
      p.reciprocal
        ? `must be one of the peers, ${named}`
        : `must be the pairing's ${version.audience}, ${named}`,
      respondentStaffId ?? 'none',
    );
  }
}

/** The period must be one the pairing can have and, where its program plans the form, of a planned rule. */
function checkPeriod(
  tx: WriteTx,
  by: Recorder,
  p: Pairing & { startDate: string },
  version: FormVersion,
  period: string,
  problems: Problems,
): void {
  const problem = periodProblem(spanOf(p), period, by.today);
  if (problem !== null) {
    problems.add('period', problem, period);
    return;
  }
  const rules = (
    tx.db
      .prepare(
        `SELECT pl.rule FROM program_evaluation_plan pl JOIN cohorts c ON c.program_id = pl.program_id
         WHERE c.id = ? AND pl.form_id = ?`,
      )
      .all(p.cohortId, version.formId) as { rule: keyof typeof PLAN_RULE_LABELS }[]
  ).map((r) => r.rule);
  if (rules.length > 0 && !rules.includes(ruleOfPeriod(period)))
    problems.add(
      'period',
      `does not fit the program's plan for "${version.name}": ${rules.map((r) => PLAN_RULE_LABELS[r].toLowerCase()).join(', ')}`,
      period,
    );
}

function insertResponse(
  tx: WriteTx,
  by: Recorder,
  fields: {
    formVersionId: number;
    pairingId: number;
    period: string;
    respondentStaffId: number | null;
    source: ParsedResponse['source'];
    answeredOn: string;
    score: number | null;
    supersedesId: number | null;
    reason: string | null;
  },
  stored: readonly StoredAnswer[],
): EvaluationResponse {
  const { lastInsertRowid } = tx.db
    .prepare(
      `INSERT INTO evaluation_responses (form_version_id, pairing_id, period, respondent_staff_id,
         source, answered_on, score, entered_at, entered_by, supersedes_id, correction_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      fields.formVersionId,
      fields.pairingId,
      fields.period,
      fields.respondentStaffId,
      fields.source,
      fields.answeredOn,
      fields.score,
      tx.at,
      by.actor,
      fields.supersedesId,
      fields.reason,
    );
  const id = Number(lastInsertRowid);
  insertAnswers(tx.db, id, stored);
  return getResponse(tx.db, id);
}

/**
 * What the trail keeps: the answers by key, and who answered even for a confidential form
 * (educators can see who answered; the partner and the packets cannot).
 */
function auditView(r: EvaluationResponse) {
  return {
    formId: r.formId,
    formVersionId: r.formVersionId,
    formVersion: r.formVersion,
    pairingId: r.pairingId,
    period: r.period,
    respondentStaffId: r.respondent?.staffId ?? null,
    anonymity: r.anonymity,
    source: r.source,
    answeredOn: r.answeredOn,
    score: r.score,
    answers: Object.fromEntries(
      r.answers.filter((a) => a.value !== null).map((a) => [a.key, a.value]),
    ),
  };
}

/**
 * Records a response. Refused, naming each field and recording nothing, for answers that do
 * not fit the form, a respondent who is not the form's audience in the pairing, a period the
 * pairing has no evaluation for, a paper date that is missing, ahead of today or off the
 * pairing, and a second response where one already stands (correct that one instead).
 * Expects the caller's transaction (the demo records hundreds).
 */
export function submitResponseInTransaction(
  tx: WriteTx,
  by: Recorder,
  input: ParsedResponse,
): EvaluationResponse {
  const version = getFormVersion(tx.db, input.formVersionId, 'formVersionId');
  const p = pairingFor(tx, input.pairingId);
  const problems = new Problems();
  checkRespondent(p, version, input.respondentStaffId, problems);
  checkPeriod(tx, by, p, version, input.period, problems);
  const day = answeredOn(by, p, input, problems);
  const stored = checkAnswers(version, input.answers, problems);
  problems.throwIfAny('Nothing was recorded');

  const subject = { ...input, formId: version.formId };
  const existing = currentResponseId(tx.db, subject);
  if (existing !== null) {
    const old = getResponse(tx.db, existing);
    throw new TandemError(
      'conflict',
      `Nothing was recorded: "${version.name}" for ${input.period} already has a response (#${old.id}, answered on ${old.answeredOn}). To change it, record a correction of that response.`,
      {
        problems: [
          {
            field: 'period',
            value: input.period,
            message: `already answered (response #${old.id}); correct it instead`,
          },
        ],
        existingResponseId: old.id,
      },
    );
  }
  const created = insertResponse(
    tx,
    by,
    {
      ...input,
      answeredOn: day,
      score: scoreOf(version, stored),
      supersedesId: null,
      reason: null,
    },
    stored,
  );
  tx.audit({
    entity: 'evaluation_response',
    entityId: created.id,
    action: 'submit',
    before: null,
    after: auditView(created),
  });
  return created;
}

export function submitResponse(ctx: WriteContext, input: ParsedResponse): EvaluationResponse {
  const by = recorderOf(ctx);
  return write(ctx, (tx) => submitResponseInTransaction(tx, by, input));
}

const sameAnswers = (a: readonly StoredAnswer[], b: readonly StoredAnswer[]) => {
  const key = (list: readonly StoredAnswer[]) =>
    JSON.stringify([...list].sort((x, y) => x.key.localeCompare(y.key)));
  return key(a) === key(b);
};

/**
 * Corrects a response with a new one that supersedes it, with the reason; the old one is never
 * touched and both stay in the history. A response is superseded once: to correct a correction,
 * correct the newer one. Same form version, pairing, period and respondent as the original.
 */
export function correctResponseInTransaction(
  tx: WriteTx,
  by: Recorder,
  input: ParsedCorrection,
): EvaluationResponse {
  const old = getResponse(tx.db, input.responseId);
  if (old.supersededById !== null) {
    const newer = getResponse(tx.db, old.supersededById);
    throw new TandemError(
      'conflict',
      `Nothing was recorded: response #${old.id} was already corrected by response #${newer.id} (entered ${newer.enteredAt.slice(0, 10)}); correct that one instead.`,
      {
        problems: [
          {
            field: 'responseId',
            value: String(old.id),
            message: `already superseded by response #${newer.id}`,
          },
        ],
        supersededById: newer.id,
      },
    );
  }
  const version = getFormVersion(tx.db, old.formVersionId, 'responseId');
  const p = pairingFor(tx, old.pairingId);
  const problems = new Problems();
  const day = answeredOn(by, p, input, problems);
  const stored = checkAnswers(version, input.answers, problems);
  if (
    !problems.any &&
    sameAnswers(stored, readStoredAnswers(tx.db, old.id)) &&
    input.source === old.source &&
    (input.source === 'respondent' || day === old.answeredOn)
  )
    problems.add(
      'answers',
      `are the same as response #${old.id}; change an answer, the source or the paper date`,
    );
  problems.throwIfAny('Nothing was recorded');
  const created = insertResponse(
    tx,
    by,
    {
      formVersionId: old.formVersionId,
      pairingId: old.pairingId,
      period: old.period,
      respondentStaffId: old.respondent?.staffId ?? null,
      source: input.source,
      answeredOn: day,
      score: scoreOf(version, stored),
      supersedesId: old.id,
      reason: input.reason,
    },
    stored,
  );
  tx.audit({
    entity: 'evaluation_response',
    entityId: created.id,
    action: 'correct',
    before: { responseId: old.id, ...auditView(old) },
    after: { ...auditView(created), supersedes: old.id, reason: input.reason },
  });
  return created;
}

export function correctResponse(ctx: WriteContext, input: ParsedCorrection): EvaluationResponse {
  const by = recorderOf(ctx);
  return write(ctx, (tx) => correctResponseInTransaction(tx, by, input));
}
