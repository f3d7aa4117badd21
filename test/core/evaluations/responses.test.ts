import { describe, expect, it } from 'vitest';
import { formInput, responseInput } from '../../../shared/domain/evaluations';
import { TandemError } from '../../../shared/result';
import { createForm } from '../../../electron/core/evaluations/forms';
import {
  getResponse,
  responsesForPairing,
  submitResponse,
} from '../../../electron/core/evaluations/responses';
import {
  correct,
  counts,
  menteeQuarterly,
  menteeQuarterlyAnswers,
  mentorQuarterlyAnswers,
  must,
  setToday,
  setUpEvaluations,
  type Setup,
} from './setup';

function refusal(run: () => unknown): TandemError {
  try {
    run();
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function lastAudit(s: Setup) {
  const row = s.ctx.db
    .prepare(
      "SELECT action, entity_id, before_json, after_json FROM audit_events WHERE entity = 'evaluation_response' ORDER BY id DESC",
    )
    .get() as { action: string; entity_id: string; before_json: string | null; after_json: string };
  return {
    action: row.action,
    entityId: Number(row.entity_id),
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: JSON.parse(row.after_json) as Record<string, unknown>,
  };
}

/** A pairing started 2026-08-10; on 2026-10-05 its Q3 evaluations are open. */
function inOctober() {
  const s = setUpEvaluations();
  setToday(s.clock, '2026-10-05');
  return s;
}

describe('submitting a response', () => {
  it('keeps the answers with their questions, the day answered and a 0-100 score', () => {
    const s = inOctober();
    const r = menteeQuarterly(s, '2026-Q3', {
      answers: menteeQuarterlyAnswers({
        workload_1: 2,
        next_quarter: 'More hands-on practice',
        comments: '  Good start.  ',
      }),
    });
    expect(r).toMatchObject({
      formName: 'Quarterly mentee evaluation of the mentorship',
      formVersion: 1,
      anonymity: 'confidential',
      period: '2026-Q3',
      respondent: { staffId: s.mentee.id, displayName: 'Nico Newgrad', role: 'mentee' },
      source: 'respondent',
      answeredOn: '2026-10-05',
      enteredBy: s.ctx.actor.name,
      supersedesId: null,
      supersededById: null,
    });
    // Likert (v-1)×25: 4→75, 5→100, 3→50, 4→75, 4→75, 2→25; 0-10 ×10: 8→80. Mean 480/7.
    expect(r.score).toBe(68.6);
    expect(r.answers.map((a) => a.key)).toEqual([
      'support_1',
      'support_2',
      'confidence_1',
      'skills_1',
      'communication_1',
      'met_as_planned',
      'workload_1',
      'overall',
      'next_quarter',
      'comments',
    ]);
    expect(r.answers.find((a) => a.key === 'comments')).toEqual({
      key: 'comments',
      question: 'What has worked well, and what could be better?',
      kind: 'text',
      value: 'Good start.',
    });
    expect(getResponse(s.ctx.db, r.id)).toEqual(r);
  });

  it('dates a paper response by the day written on it and records who entered it', () => {
    const s = inOctober();
    const r = submitResponse(
      s.ctx,
      responseInput.parse({
        formVersionId: s.forms.mentorQuarterly,
        pairingId: s.pairing.id,
        period: '2026-Q3',
        respondentStaffId: s.mentor.id,
        answers: mentorQuarterlyAnswers({ focus: ['Documentation', 'Clinical skills'] }),
        source: 'paper',
        paperDate: '2026-09-28',
      }),
    );
    expect(r).toMatchObject({
      source: 'paper',
      answeredOn: '2026-09-28',
      enteredAt: '2026-10-05T09:00:00.000Z',
      anonymity: 'named',
      respondent: { role: 'mentor', displayName: 'Maya Mentor' },
    });
    // Choices are kept in the form's order, whatever order they were ticked in.
    expect(r.answers.find((a) => a.key === 'focus')?.value).toEqual([
      'Clinical skills',
      'Documentation',
    ]);
    // (75 + 50 + 50 + 75 + 100 + 70) / 6
    expect(r.score).toBe(70);
  });

  it('scores nothing when no scored question is answered', () => {
    const s = inOctober();
    const form = createForm(
      s.ctx,
      formInput.parse({
        name: 'Open questions',
        audience: 'mentee',
        purpose: 'program',
        anonymity: 'named',
        sections: [
          {
            title: 'Open',
            questions: [
              { key: 'mood', text: 'Mood', kind: 'scale10', scored: true },
              { key: 'notes', text: 'Notes', kind: 'text', required: true },
            ],
          },
        ],
      }),
    );
    const r = submitResponse(
      s.ctx,
      responseInput.parse({
        formVersionId: form.latestVersionId,
        pairingId: s.pairing.id,
        period: '2026-Q4',
        respondentStaffId: s.mentee.id,
        answers: [
          { key: 'notes', value: 'Fine' },
          { key: 'mood', value: null },
        ],
        source: 'respondent',
      }),
    );
    expect(r.score).toBeNull();
  });

  it('puts the answers and the respondent in the audit trail, even for a confidential form', () => {
    const s = inOctober();
    const r = menteeQuarterly(s, '2026-Q3');
    expect(lastAudit(s)).toMatchObject({
      action: 'submit',
      entityId: r.id,
      before: null,
      after: {
        formId: 1,
        period: '2026-Q3',
        respondentStaffId: s.mentee.id,
        anonymity: 'confidential',
        score: r.score,
        answers: { support_1: 4, support_2: 5, met_as_planned: 1, overall: 8 },
      },
    });
  });

  it('refuses a second response for the same period, pointing to a correction', () => {
    const s = inOctober();
    const first = menteeQuarterly(s, '2026-Q3');
    const before = counts(s.ctx);
    const error = refusal(() => menteeQuarterly(s, '2026-Q3'));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(new RegExp(`#${first.id}.*correction`));
    expect(error.details?.problems?.[0]?.field).toBe('period');
    expect(counts(s.ctx)).toEqual(before);
    // The mentor's evaluation of the same quarter is another respondent's, and is accepted.
    setToday(s.clock, '2026-10-06');
    expect(() =>
      submitResponse(
        s.ctx,
        responseInput.parse({
          formVersionId: s.forms.mentorQuarterly,
          pairingId: s.pairing.id,
          period: '2026-Q3',
          respondentStaffId: s.mentor.id,
          answers: mentorQuarterlyAnswers(),
          source: 'respondent',
        }),
      ),
    ).not.toThrow();
  });
});

describe('correcting a response', () => {
  it('adds a new response that supersedes the old one, which is kept as it was', () => {
    const s = inOctober();
    const original = menteeQuarterly(s, '2026-Q3');
    setToday(s.clock, '2026-10-07');
    const corrected = correct(s, {
      responseId: original.id,
      reason: 'Typed 8 instead of 3 for the overall rating',
      answers: menteeQuarterlyAnswers({ overall: 3 }),
      source: 'respondent',
    });
    expect(corrected).toMatchObject({
      supersedesId: original.id,
      supersededById: null,
      correctionReason: 'Typed 8 instead of 3 for the overall rating',
      period: '2026-Q3',
      respondent: { staffId: s.mentee.id },
      answeredOn: '2026-10-07',
    });
    expect(corrected.answers.find((a) => a.key === 'overall')?.value).toBe(3);
    const old = getResponse(s.ctx.db, original.id);
    expect(old).toEqual({ ...original, supersededById: corrected.id });
    expect(lastAudit(s)).toMatchObject({
      action: 'correct',
      entityId: corrected.id,
      before: { responseId: original.id, answers: { overall: 8 } },
      after: { supersedes: original.id, answers: { overall: 3 } },
    });
  });

  it('refuses to correct a response twice, naming the correction to correct instead', () => {
    const s = inOctober();
    const original = menteeQuarterly(s, '2026-Q3');
    const first = correct(s, {
      responseId: original.id,
      reason: 'Wrong overall rating',
      answers: menteeQuarterlyAnswers({ overall: 3 }),
      source: 'respondent',
    });
    const before = counts(s.ctx);
    const error = refusal(() =>
      correct(s, {
        responseId: original.id,
        reason: 'Again',
        answers: menteeQuarterlyAnswers({ overall: 5 }),
        source: 'respondent',
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`#${first.id}`);
    expect(error.details).toMatchObject({
      supersededById: first.id,
      problems: [{ field: 'responseId' }],
    });
    expect(counts(s.ctx)).toEqual(before);

    // Correcting the correction is how a second change is made; the history reads newest first.
    const second = correct(s, {
      responseId: first.id,
      reason: 'Mentee asked to change the comment',
      answers: menteeQuarterlyAnswers({ overall: 3, comments: 'Better now.' }),
      source: 'respondent',
    });
    const history = responsesForPairing(s.ctx.db, s.pairing.id);
    expect(history.map((r) => [r.id, r.supersedesId, r.supersededById])).toEqual([
      [second.id, first.id, null],
      [first.id, original.id, second.id],
      [original.id, null, first.id],
    ]);
  });

  it('refuses a correction that changes nothing, and one with a bad answer', () => {
    const s = inOctober();
    const original = menteeQuarterly(s, '2026-Q3');
    const before = counts(s.ctx);
    const same = refusal(() =>
      correct(s, {
        responseId: original.id,
        reason: 'No reason',
        answers: menteeQuarterlyAnswers(),
        source: 'respondent',
      }),
    );
    expect(same.details?.problems?.map((p) => p.field)).toEqual(['answers']);
    const bad = refusal(() =>
      correct(s, {
        responseId: original.id,
        reason: 'Fix',
        answers: menteeQuarterlyAnswers({ overall: 12 }),
        source: 'respondent',
      }),
    );
    expect(bad.details?.problems?.map((p) => p.field)).toEqual(['answers.overall']);
    expect(counts(s.ctx)).toEqual(before);
  });

  it('can turn a typed-in response into the paper one it came from, with the paper date', () => {
    const s = inOctober();
    const original = menteeQuarterly(s, '2026-Q3');
    const fixed = correct(s, {
      responseId: original.id,
      reason: 'It was entered from the paper form dated 30 September',
      answers: menteeQuarterlyAnswers(),
      source: 'paper',
      paperDate: '2026-09-30',
    });
    expect(fixed).toMatchObject({
      source: 'paper',
      answeredOn: '2026-09-30',
      score: original.score,
    });
    expect(must(getResponse(s.ctx.db, original.id).supersededById)).toBe(fixed.id);
  });
});
