import { describe, expect, it } from 'vitest';
import { responseInput, type ResponseInput } from '../../../shared/domain/evaluations';
import { TandemError } from '../../../shared/result';
import { submitResponse } from '../../../electron/core/evaluations/responses';
import { assignMentee } from '../../../electron/core/pairings/proposals';
import { enrolMentee } from '../../helpers/cohort';
import {
  counts,
  endPairing,
  menteeQuarterlyAnswers,
  setToday,
  setUpEvaluations,
  type Setup,
} from './setup';

/** The pairing started 2026-08-10 (planned to 2027-08-09); today is 2026-10-05. */
function inOctober() {
  const s = setUpEvaluations();
  setToday(s.clock, '2026-10-05');
  return s;
}

const valid = (s: Setup): ResponseInput => ({
  formVersionId: s.forms.menteeQuarterly,
  pairingId: s.pairing.id,
  period: '2026-Q3',
  respondentStaffId: s.mentee.id,
  answers: menteeQuarterlyAnswers(),
  source: 'respondent',
});

/** Submits, expects a refusal with nothing written, and returns the problems by field. */
function refused(s: Setup, input: ResponseInput) {
  const before = counts(s.ctx);
  let error: unknown = null;
  try {
    submitResponse(s.ctx, responseInput.parse(input));
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(TandemError);
  expect(counts(s.ctx)).toEqual(before);
  const e = error as TandemError;
  return {
    code: e.code,
    message: e.message,
    problems: Object.fromEntries((e.details?.problems ?? []).map((p) => [p.field, p.message])),
  };
}

describe('a response that does not fit is refused, naming the field, with nothing saved', () => {
  it('the valid response used below is accepted', () => {
    const s = inOctober();
    expect(submitResponse(s.ctx, responseInput.parse(valid(s))).id).toBeGreaterThan(0);
  });

  it('a required answer missing (left out, null or blank)', () => {
    const s = inOctober();
    const answers = menteeQuarterlyAnswers({ support_2: null, overall: '  ' }).filter(
      (a) => a.key !== 'met_as_planned',
    );
    const r = refused(s, { ...valid(s), answers });
    expect(Object.keys(r.problems).sort()).toEqual([
      'answers.met_as_planned',
      'answers.overall',
      'answers.support_2',
    ]);
    expect(r.problems['answers.support_2']).toMatch(/required/);
    expect(r.message).toMatch(/^Nothing was recorded: answers\.\w+ is required/);
  });

  it('answers out of range or of the wrong kind', () => {
    const s = inOctober();
    const r = refused(s, {
      ...valid(s),
      answers: menteeQuarterlyAnswers({
        support_1: 6,
        support_2: 3.5,
        confidence_1: 0,
        overall: 11,
        met_as_planned: 2,
        next_quarter: 'Longer shifts',
        comments: 5,
      }),
    });
    expect(r.problems).toEqual({
      'answers.support_1': 'expected a whole number from 1 to 5',
      'answers.support_2': 'expected a whole number from 1 to 5',
      'answers.confidence_1': 'expected a whole number from 1 to 5',
      'answers.met_as_planned': 'expected 1 for yes or 0 for no',
      'answers.overall': 'expected a whole number from 0 to 10',
      'answers.next_quarter': expect.stringMatching(
        /^expected one of: More time together/,
      ) as unknown,
      'answers.comments': 'expected text',
    });
  });

  it('a choice that is not offered, or ticked twice', () => {
    const s = inOctober();
    const base = {
      formVersionId: s.forms.mentorQuarterly,
      respondentStaffId: s.mentor.id,
      answers: [
        { key: 'skills', value: 4 },
        { key: 'judgement', value: 4 },
        { key: 'organisation', value: 4 },
        { key: 'communication', value: 4 },
        { key: 'feedback', value: 4 },
        { key: 'readiness', value: 'On track' },
        { key: 'overall', value: 7 },
      ],
    };
    const unknown = refused(s, {
      ...valid(s),
      ...base,
      answers: [...base.answers, { key: 'focus', value: ['Documentation', 'Juggling'] }],
    });
    expect(unknown.problems).toEqual({
      'answers.focus': expect.stringContaining('"Juggling"') as unknown,
    });
    const twice = refused(s, {
      ...valid(s),
      ...base,
      answers: [...base.answers, { key: 'focus', value: ['Documentation', 'Documentation'] }],
    });
    expect(twice.problems).toEqual({ 'answers.focus': 'lists a choice twice' });
  });

  it('an unknown question key, or a question answered twice', () => {
    const s = inOctober();
    const r = refused(s, {
      ...valid(s),
      answers: [
        ...menteeQuarterlyAnswers(),
        { key: 'favourite_colour', value: 'blue' },
        { key: 'overall', value: 9 },
      ],
    });
    expect(r.problems).toEqual({
      'answers.favourite_colour': expect.stringMatching(/is not a question of/) as unknown,
      'answers.overall': 'is answered twice',
    });
  });

  it('a paper date in the future, missing, or given for a typed-in response', () => {
    const s = inOctober();
    expect(refused(s, { ...valid(s), source: 'paper', paperDate: '2026-10-06' }).problems).toEqual({
      paperDate: 'is after today (2026-10-05)',
    });
    expect(refused(s, { ...valid(s), source: 'paper', paperDate: null }).problems).toEqual({
      paperDate: expect.stringMatching(/required/) as unknown,
    });
    expect(
      refused(s, { ...valid(s), source: 'respondent', paperDate: '2026-10-01' }).problems,
    ).toEqual({ paperDate: 'is only for responses entered from paper' });
  });

  it('a paper date outside the pairing: before its start or well after its end', () => {
    const s = inOctober();
    expect(refused(s, { ...valid(s), source: 'paper', paperDate: '2026-08-09' }).problems).toEqual({
      paperDate: 'is before the pairing started on 2026-08-10',
    });
    endPairing(s, '2026-09-20');
    setToday(s.clock, '2026-11-20');
    const late = refused(s, { ...valid(s), source: 'paper', paperDate: '2026-10-05' });
    expect(late.problems.paperDate).toMatch(/after the pairing ended on 2026-09-20/);
    // Written in the two weeks after the end: accepted (the end evaluations are due then).
    expect(
      submitResponse(
        s.ctx,
        responseInput.parse({ ...valid(s), source: 'paper', paperDate: '2026-10-04' }),
      ).answeredOn,
    ).toBe('2026-10-04');
  });

  it('a respondent who is not the form audience in this pairing', () => {
    const s = inOctober();
    expect(refused(s, { ...valid(s), respondentStaffId: s.other.id }).problems).toEqual({
      respondentStaffId: expect.stringMatching(
        /must be the pairing's mentee, Nico Newgrad/,
      ) as unknown,
    });
    // The mentor cannot fill in the mentee's form, nor can it be left without a respondent.
    expect(
      Object.keys(refused(s, { ...valid(s), respondentStaffId: s.mentor.id }).problems),
    ).toEqual(['respondentStaffId']);
    expect(Object.keys(refused(s, { ...valid(s), respondentStaffId: null }).problems)).toEqual([
      'respondentStaffId',
    ]);
  });

  it('a period the pairing has no evaluation for', () => {
    const s = inOctober();
    const period = (p: string) => refused(s, { ...valid(s), period: p }).problems.period;
    expect(period('2026-Q2')).toMatch(/did not run in 2026-Q2/);
    expect(period('2027-Q1')).toMatch(/has not begun/);
    expect(period('end')).toMatch(/has not ended/);
    // The quarterly form is planned by quarter: a pulse day is not one of its periods.
    expect(period('day-30')).toMatch(/plan/);
    const pulse = {
      ...valid(s),
      formVersionId: s.forms.pulse,
      answers: [
        { key: 'settling', value: 4 },
        { key: 'met_recently', value: 1 },
      ],
    };
    expect(refused(s, { ...pulse, period: 'day-45' }).problems.period).toMatch(/every 60 days/);
    // Day 90 of a pairing started 2026-08-10 is 2026-11-08, after today.
    expect(refused(s, { ...pulse, period: 'day-90' }).problems.period).toMatch(/2026-11-08/);
    expect(submitResponse(s.ctx, responseInput.parse({ ...pulse, period: 'day-30' })).period).toBe(
      'day-30',
    );
  });

  it('every problem at once, so the form can mark them all', () => {
    const s = inOctober();
    const r = refused(s, {
      ...valid(s),
      respondentStaffId: s.other.id,
      period: '2026-Q2',
      source: 'paper',
      paperDate: '2027-01-01',
      answers: menteeQuarterlyAnswers({ support_1: 9, nonsense: 1 }),
    });
    expect(Object.keys(r.problems).sort()).toEqual([
      'answers.nonsense',
      'answers.support_1',
      'paperDate',
      'period',
      'respondentStaffId',
    ]);
    expect(r.message).toMatch(/and 4 more/);
  });

  it('an unknown form version or pairing, and a pairing not started', () => {
    const s = inOctober();
    expect(refused(s, { ...valid(s), formVersionId: 999 })).toMatchObject({
      code: 'not_found',
      problems: { formVersionId: 'no such form version' },
    });
    expect(refused(s, { ...valid(s), pairingId: 999 })).toMatchObject({
      code: 'not_found',
      problems: { pairingId: 'no such pairing' },
    });
    const proposed = assignMentee(s.ctx, {
      cohortId: s.cohort.id,
      menteeEnrolmentId: enrolMentee(s.ctx, s.cohort.id, s.other.id).id,
      mentorEnrolmentId: s.pairing.mentorEnrolmentId,
    });
    expect(
      refused(s, { ...valid(s), pairingId: proposed.id, respondentStaffId: s.other.id }),
    ).toMatchObject({ problems: { pairingId: 'is proposed, not started' } });
  });
});
