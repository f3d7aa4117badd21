import { describe, expect, it } from 'vitest';
import { responseInput } from '../../../shared/domain/evaluations';
import { TandemError } from '../../../shared/result';
import { STARTER_FORM_IDS } from '../../../electron/core/db/migrations/007-evaluations';
import { enrol, listEnrolments } from '../../../electron/core/enrolments/service';
import { dueEvaluations } from '../../../electron/core/evaluations/due';
import { latestVersion } from '../../../electron/core/evaluations/form-rows';
import { setPlan } from '../../../electron/core/evaluations/plan';
import { submitResponse } from '../../../electron/core/evaluations/responses';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff } from '../../helpers/cohort';
import { testClock, testDb } from '../../helpers/db';
import { programOf, setDay } from '../pairings/circle-setup';
import { mentorQuarterlyAnswers, must } from './setup';

/** Ana and Ben, peers mentoring each other since 1 Sep; Cy is in the cohort but not paired. */
function peersEvaluated() {
  const ctx = { ...testDb(), clock: testClock('2026-09-01T08:00:00.000Z') };
  const { program, cohort } = programOf(ctx, 'peer', 1);
  setPlan(ctx, program.id, [
    { formId: STARTER_FORM_IDS.menteeQuarterly, rule: 'quarterly' },
    { formId: STARTER_FORM_IDS.mentorQuarterly, rule: 'quarterly' },
  ]);
  const [ana, ben, cy] = ['Ana-Ruiz', 'Ben-Cole', 'Cy-Dunn'].map((n) => addStaff(ctx, n));
  enrol(ctx, { cohortId: cohort.id, role: 'peer', staffIds: [must(ana).id, must(ben).id] });
  const [first, second] = listEnrolments(ctx.db, cohort.id, 'peer');
  const proposed = assignMentee(ctx, {
    cohortId: cohort.id,
    menteeEnrolmentId: must(second).id,
    mentorEnrolmentId: must(first).id,
  });
  const pairing = must(acceptProposals(ctx, [proposed.id])[0]);
  return { ctx, pairing, ana: must(ana), ben: must(ben), cy: must(cy) };
}

describe('evaluations of a reciprocal peer pairing', () => {
  it("asks both peers for the mentor's and the mentee's forms, each period", () => {
    const s = peersEvaluated();
    expect(s.pairing.reciprocal).toBe(true);
    setDay(s.ctx, '2027-01-05');
    const due = dueEvaluations(s.ctx.db, '2027-01-05', { pairingId: s.pairing.id });
    const asked = (formId: number) =>
      due
        .filter((d) => d.formId === formId && d.period === '2026-Q4')
        .map((d) => d.respondent?.staffId)
        .sort();
    const both = [s.ana.id, s.ben.id].sort();
    expect(asked(STARTER_FORM_IDS.menteeQuarterly)).toEqual(both);
    expect(asked(STARTER_FORM_IDS.mentorQuarterly)).toEqual(both);
  });

  it("takes the mentor's form from either peer and refuses anyone else, naming both", () => {
    const s = peersEvaluated();
    setDay(s.ctx, '2027-01-05');
    const answer = (respondentStaffId: number) =>
      submitResponse(
        s.ctx,
        responseInput.parse({
          formVersionId: latestVersion(s.ctx.db, STARTER_FORM_IDS.mentorQuarterly).id,
          pairingId: s.pairing.id,
          period: '2026-Q4',
          respondentStaffId,
          answers: mentorQuarterlyAnswers(),
          source: 'respondent',
        }),
      );
    // Ben is the pairing's "mentee" row, and mentors Ana all the same.
    expect(answer(s.ben.id).respondent?.staffId).toBe(s.ben.id);
    expect(answer(s.ana.id).respondent?.staffId).toBe(s.ana.id);
    let refused: unknown = null;
    try {
      answer(s.cy.id);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(TandemError);
    const problem = (refused as TandemError).details?.problems?.[0];
    expect(problem?.field).toBe('respondentStaffId');
    expect(problem?.message).toMatch(/^must be one of the peers, /);
    expect(problem?.message).toContain('Ana Ruiz (staff #');
    expect(problem?.message).toContain('Ben Cole (staff #');
    const done = dueEvaluations(s.ctx.db, '2027-01-05', {
      pairingId: s.pairing.id,
      states: ['done'],
    });
    expect(done.filter((d) => d.formId === STARTER_FORM_IDS.mentorQuarterly)).toHaveLength(2);
  });
});
