import { describe, expect, it } from 'vitest';
import { DUE_STATES, responseInput, type DueFilter } from '../../../shared/domain/evaluations';
import { STARTER_FORM_IDS } from '../../../electron/core/db/migrations/007-evaluations';
import { dueEvaluations } from '../../../electron/core/evaluations/due';
import { submitResponse } from '../../../electron/core/evaluations/responses';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff, enrolMentee } from '../../helpers/cohort';
import {
  correct,
  endPairing,
  menteeQuarterly,
  must,
  setToday,
  setUpEvaluations,
  type Setup,
} from './setup';

const SHORT: Record<number, string> = {
  [STARTER_FORM_IDS.menteeQuarterly]: 'mentee-quarterly',
  [STARTER_FORM_IDS.mentorQuarterly]: 'mentor-quarterly',
  [STARTER_FORM_IDS.pulse]: 'pulse',
  [STARTER_FORM_IDS.exit]: 'exit',
};

const ALL = { states: [...DUE_STATES] };

/** Each due evaluation as [form, period, opens, due, state], in the order listed. */
function due(s: Setup, today: string, filter: DueFilter = ALL) {
  return dueEvaluations(s.ctx.db, today, filter).map((d) => [
    SHORT[d.formId],
    d.period,
    d.opensOn,
    d.dueOn,
    d.state,
  ]);
}

const periods = (s: Setup, today: string) =>
  dueEvaluations(s.ctx.db, today, ALL).map((d) => `${SHORT[d.formId] ?? '?'} ${d.period}`);

function pulseDay30(s: Setup) {
  return submitResponse(
    s.ctx,
    responseInput.parse({
      formVersionId: s.forms.pulse,
      pairingId: s.pairing.id,
      period: 'day-30',
      respondentStaffId: s.mentee.id,
      answers: [
        { key: 'settling', value: 4 },
        { key: 'met_recently', value: 1 },
      ],
      source: 'respondent',
    }),
  );
}

describe('due evaluations of a quarterly program', () => {
  // Started 2026-09-10: only 21 days of Q3 (fewer than 30), so the first quarter evaluated is
  // Q4, opening 14 days before 31 Dec (17 Dec) and due 14 days after it (14 Jan). Pulses fall on
  // day 30 (10 Oct), day 90 (9 Dec), day 150 (7 Feb), each due a week later.
  it('lists, on 23 Nov, the overdue day-30 pulse and the next of each rule as upcoming', () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    expect(due(s, '2026-11-23')).toEqual([
      ['pulse', 'day-30', '2026-10-10', '2026-10-17', 'overdue'],
      ['pulse', 'day-90', '2026-12-09', '2026-12-16', 'upcoming'],
      ['mentee-quarterly', '2026-Q4', '2026-12-17', '2027-01-14', 'upcoming'],
      ['mentor-quarterly', '2026-Q4', '2026-12-17', '2027-01-14', 'upcoming'],
    ]);
    // By default only what needs doing.
    expect(due(s, '2026-11-23', {})).toEqual([
      ['pulse', 'day-30', '2026-10-10', '2026-10-17', 'overdue'],
    ]);
  });

  it('opens Q4 on 17 Dec, keeps it due through 14 Jan and overdue from 15 Jan', () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    expect(due(s, '2026-12-20')).toEqual([
      ['pulse', 'day-30', '2026-10-10', '2026-10-17', 'overdue'],
      ['pulse', 'day-90', '2026-12-09', '2026-12-16', 'overdue'],
      ['mentee-quarterly', '2026-Q4', '2026-12-17', '2027-01-14', 'due'],
      ['mentor-quarterly', '2026-Q4', '2026-12-17', '2027-01-14', 'due'],
      ['pulse', 'day-150', '2027-02-07', '2027-02-14', 'upcoming'],
      ['mentee-quarterly', '2027-Q1', '2027-03-17', '2027-04-14', 'upcoming'],
      ['mentor-quarterly', '2027-Q1', '2027-03-17', '2027-04-14', 'upcoming'],
    ]);
    const q4 = (today: string) =>
      dueEvaluations(s.ctx.db, today, ALL)
        .filter((d) => d.period === '2026-Q4')
        .map((d) => d.state);
    expect(q4('2026-12-16')).toEqual(['upcoming', 'upcoming']);
    expect(q4('2026-12-17')).toEqual(['due', 'due']);
    expect(q4('2027-01-14')).toEqual(['due', 'due']);
    expect(q4('2027-01-15')).toEqual(['overdue', 'overdue']);
  });

  it('evaluates a quarter the pairing ran at least 30 days of', () => {
    // From 10 Aug: 52 days of Q3, which opens on 16 Sep and is due on 14 Oct.
    const august = setUpEvaluations({ startDay: '2026-08-10' });
    expect(due(august, '2026-10-01').filter((d) => d[1] === '2026-Q3')).toEqual([
      ['mentee-quarterly', '2026-Q3', '2026-09-16', '2026-10-14', 'due'],
      ['mentor-quarterly', '2026-Q3', '2026-09-16', '2026-10-14', 'due'],
    ]);
    // From 1 Sep: exactly 30 days of Q3; from 2 Sep: 29, so Q3 is not asked for.
    const quarters = (s: Setup) => periods(s, '2026-10-01').filter((p) => p.includes('-Q'));
    expect(quarters(setUpEvaluations({ startDay: '2026-09-01' }))).toEqual([
      'mentee-quarterly 2026-Q3',
      'mentor-quarterly 2026-Q3',
      'mentee-quarterly 2026-Q4',
      'mentor-quarterly 2026-Q4',
    ]);
    expect(quarters(setUpEvaluations({ startDay: '2026-09-02' }))).toEqual([
      'mentee-quarterly 2026-Q4',
      'mentor-quarterly 2026-Q4',
    ]);
  });

  it('asks for the exit survey when the pairing ends early, and for no pulse after the end', () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    setToday(s.clock, '2026-11-23');
    endPairing(s, '2026-11-05');
    // Q4 ran 36 days (1 Oct to 5 Nov): evaluated, opening at the end rather than on 17 Dec.
    // Day 90 (9 Dec) falls after the end; the exit survey opens at the end, due 14 days later.
    expect(due(s, '2026-11-23')).toEqual([
      ['pulse', 'day-30', '2026-10-10', '2026-10-17', 'overdue'],
      ['exit', 'end', '2026-11-05', '2026-11-19', 'overdue'],
      ['mentee-quarterly', '2026-Q4', '2026-11-05', '2027-01-14', 'due'],
      ['mentor-quarterly', '2026-Q4', '2026-11-05', '2027-01-14', 'due'],
    ]);
    const exit = must(dueEvaluations(s.ctx.db, '2026-11-23').find((d) => d.period === 'end'));
    expect(exit).toMatchObject({
      formName: 'Exit survey',
      periodLabel: 'End of the pairing',
      respondent: { staffId: s.mentee.id, role: 'mentee' },
    });
  });

  it('leaves out a last quarter of fewer than 30 days when the pairing ended early in it', () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    setToday(s.clock, '2026-11-23');
    endPairing(s, '2026-10-20');
    expect(periods(s, '2026-11-23')).toEqual(['pulse day-30', 'exit end']);
  });

  it('marks an evaluation done once its respondent answers, and keeps it done after a correction', () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    setToday(s.clock, '2026-10-12');
    const response = pulseDay30(s);
    const day30 = () =>
      must(dueEvaluations(s.ctx.db, '2026-10-20', ALL).find((d) => d.period === 'day-30'));
    expect(day30()).toMatchObject({ state: 'done', responseId: response.id });
    const corrected = correct(s, {
      responseId: response.id,
      reason: 'Mentee meant "agree"',
      answers: [
        { key: 'settling', value: 4 },
        { key: 'met_recently', value: 0 },
      ],
      source: 'respondent',
    });
    expect(day30()).toMatchObject({ state: 'done', responseId: corrected.id });
    expect(due(s, '2026-10-20', {})).toEqual([]);
  });

  it('counts each respondent apart: the mentee answering Q4 leaves the mentor’s Q4 due', () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    setToday(s.clock, '2026-12-20');
    menteeQuarterly(s, '2026-Q4');
    expect(
      dueEvaluations(s.ctx.db, '2026-12-20', ALL)
        .filter((d) => d.period === '2026-Q4')
        .map((d) => [d.respondent?.role, d.state]),
    ).toEqual([
      ['mentee', 'done'],
      ['mentor', 'due'],
    ]);
  });

  it('keeps a paused pairing’s evaluations, names both people, and filters by pairing and cohort', () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    setToday(s.clock, '2026-09-12');
    const second = assignMentee(s.ctx, {
      cohortId: s.cohort.id,
      menteeEnrolmentId: enrolMentee(s.ctx, s.cohort.id, addStaff(s.ctx, 'Pia-Second').id).id,
      mentorEnrolmentId: s.pairing.mentorEnrolmentId,
    });
    // A proposed pairing has not started: nothing is asked of it yet.
    expect(dueEvaluations(s.ctx.db, '2026-11-23', ALL).map((d) => d.pairingId)).not.toContain(
      second.id,
    );
    acceptProposals(s.ctx, [second.id]);
    setToday(s.clock, '2026-11-01');
    transitionPairing(s.ctx, { pairingId: s.pairing.id, to: 'paused' });

    const first = dueEvaluations(s.ctx.db, '2026-11-23', { pairingId: s.pairing.id });
    expect(first).toEqual([
      expect.objectContaining({
        pairingId: s.pairing.id,
        cohortId: s.cohort.id,
        cohortCode: 'EVAL-2026',
        formVersionId: s.forms.pulse,
        period: 'day-30',
        periodLabel: 'Day 30 pulse',
        mentorName: 'Maya Mentor',
        menteeName: 'Nico Newgrad',
        state: 'overdue',
        responseId: null,
      }),
    ]);
    // The second pairing started on 12 Sep: its day 30 (12 Oct) is overdue too.
    expect(
      dueEvaluations(s.ctx.db, '2026-11-23', { cohortId: s.cohort.id }).map((d) => [
        d.pairingId,
        d.opensOn,
      ]),
    ).toEqual([
      [s.pairing.id, '2026-10-10'],
      [second.id, '2026-10-12'],
    ]);
    expect(dueEvaluations(s.ctx.db, '2026-11-23', { cohortId: 999 })).toEqual([]);
  });

  it('asks nothing of a program whose plan is empty', () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    s.ctx.db.prepare('DELETE FROM program_evaluation_plan').run();
    expect(dueEvaluations(s.ctx.db, '2027-06-01', ALL)).toEqual([]);
  });
});
