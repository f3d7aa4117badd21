import { describe, expect, it } from 'vitest';
import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput } from '../../../shared/domain/programs';
import { createCohort } from '../../../electron/core/cohorts/service';
import { buildDemoEvaluations } from '../../../electron/core/demo/evaluations';
import { dueEvaluations } from '../../../electron/core/evaluations/due';
import { responsesForPairing } from '../../../electron/core/evaluations/responses';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { createProgram } from '../../../electron/core/programs/service';
import { addStaff, enrolMentee, enrolMentor } from '../../helpers/cohort';
import { testClock, testDb } from '../../helpers/db';

/**
 * The demo's residency cohort in small: ten pairings started on 1 Sep 2026, one ended early on
 * 10 Dec; the demo is built on `today`.
 */
function residencyCohort(today: string) {
  const clock = testClock('2026-09-01T09:00:00.000Z');
  const ctx = { ...testDb(), clock };
  const template = PROGRAM_TEMPLATES.residency;
  const program = createProgram(
    ctx,
    programInput.parse({ ...template, matching: { ...template.matching, requireTraining: false } }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: 'RES-2026-FALL',
    name: 'Residency',
    startDate: '2026-09-01',
    endDate: '2027-08-31',
  });
  const pairings: number[] = [];
  for (let m = 0; m < 5; m += 1) {
    const mentor = enrolMentor(
      ctx,
      cohort.id,
      addStaff(ctx, `Mentor-${m}`, { yearsExperience: 10, jobLevel: 4 }).id,
      2,
    );
    for (let n = 0; n < 2; n += 1) {
      const mentee = enrolMentee(
        ctx,
        cohort.id,
        addStaff(ctx, `Mentee-${m}${n}`, { yearsExperience: 0, jobLevel: 1 }).id,
      );
      const [accepted] = acceptProposals(ctx, [
        assignMentee(ctx, {
          cohortId: cohort.id,
          menteeEnrolmentId: mentee.id,
          mentorEnrolmentId: mentor.id,
        }).id,
      ]);
      if (accepted) pairings.push(accepted.id);
    }
  }
  const ended = pairings[1] ?? 0;
  if (today > '2026-12-10') {
    clock.set('2026-12-10T09:00:00.000Z');
    transitionPairing(ctx, { pairingId: ended, to: 'ended_early', reason: 'mentee_left' });
  }
  clock.set(`${today}T09:00:00.000Z`);
  return { ctx, cohort, pairings, ended };
}

type Cohort = ReturnType<typeof residencyCohort>;

const all = (s: Cohort) => s.pairings.flatMap((id) => responsesForPairing(s.ctx.db, id));

const snapshot = (s: Cohort) =>
  s.ctx.db
    .prepare(
      `SELECT r.pairing_id, r.period, r.form_version_id, r.respondent_staff_id, r.source,
         r.answered_on, r.score, a.question_key, a.number_value, a.text_value, a.choices_json
       FROM evaluation_responses r JOIN evaluation_answers a ON a.response_id = r.id
       ORDER BY r.id, a.question_key`,
    )
    .all();

describe('the demo evaluations', () => {
  // On 25 Mar 2027: Q3 2026 (exactly 30 days from 1 Sep) and Q4 2026 are past due, Q1 2027 is
  // open (17 Mar to 14 Apr); pulses at day 30, 90 and 150 are past due.
  it('answers most of every quarter and pulse so far, from paper and on screen', () => {
    const s = residencyCohort('2027-03-25');
    buildDemoEvaluations(s.ctx);
    const responses = all(s);
    const quarterly = (period: string) =>
      responses.filter((r) => r.period === period && r.formName.startsWith('Quarterly'));
    // Both respondents of ten pairings: 20 per past quarter; nearly all answered.
    expect(quarterly('2026-Q3').length).toBeGreaterThanOrEqual(17);
    expect(quarterly('2026-Q4').length).toBeGreaterThanOrEqual(17);
    // The open quarter: answered by some, not yet by others.
    expect(quarterly('2027-Q1').length).toBeGreaterThan(3);
    expect(quarterly('2027-Q1').length).toBeLessThan(18);
    expect(responses.filter((r) => r.period.startsWith('day-')).length).toBeGreaterThanOrEqual(20);
    expect(responses.some((r) => r.pairingId === s.ended && r.period === 'end')).toBe(true);

    const paper = responses.filter((r) => r.source === 'paper');
    expect(paper.length).toBeGreaterThan(responses.length * 0.2);
    expect(paper.length).toBeLessThan(responses.length * 0.6);
    for (const r of responses) {
      expect(r.answeredOn >= '2026-09-01' && r.answeredOn <= '2027-03-25', r.answeredOn).toBe(true);
      expect(r.anonymity).toBe(r.audience === 'mentee' ? 'confidential' : 'named');
      expect(r.respondent?.role).toBe(r.audience);
    }
    const scores = responses.map((r) => r.score ?? -1);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0);
    expect(new Set(scores).size).toBeGreaterThan(10);
  });

  it('carries comments, one of them long, in mentor and mentee forms', () => {
    const s = residencyCohort('2027-03-25');
    buildDemoEvaluations(s.ctx);
    const comments = all(s).flatMap((r) =>
      r.answers
        .filter((a) => a.kind === 'text' && typeof a.value === 'string')
        .map((a) => ({ audience: r.audience, text: String(a.value) })),
    );
    expect(comments.filter((c) => c.audience === 'mentor').length).toBeGreaterThan(3);
    expect(comments.filter((c) => c.audience === 'mentee').length).toBeGreaterThan(3);
    expect(comments.filter((c) => c.text.length > 1000)).toHaveLength(1);
  });

  it('leaves a few evaluations missing, so the lists show some due and some overdue', () => {
    const s = residencyCohort('2027-03-25');
    buildDemoEvaluations(s.ctx);
    const open = dueEvaluations(s.ctx.db, '2027-03-25', { cohortId: s.cohort.id });
    expect(open.filter((d) => d.state === 'due').length).toBeGreaterThan(0);
    expect(open.filter((d) => d.state === 'overdue').length).toBeGreaterThan(0);
    // Few are overdue: the demo is a program that mostly works.
    const done = dueEvaluations(s.ctx.db, '2027-03-25', {
      cohortId: s.cohort.id,
      states: ['done'],
    });
    expect(open.filter((d) => d.state === 'overdue').length).toBeLessThan(done.length / 5);
  });

  it('adds nothing before any evaluation has opened', () => {
    const s = residencyCohort('2026-09-10');
    buildDemoEvaluations(s.ctx);
    expect(all(s)).toEqual([]);
  });

  it('is the same on every build', () => {
    const a = residencyCohort('2027-03-25');
    buildDemoEvaluations(a.ctx);
    const b = residencyCohort('2027-03-25');
    buildDemoEvaluations(b.ctx);
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(snapshot(a).length).toBeGreaterThan(300);
  });
});
