import { goalInput, type GoalInput } from '../../../shared/domain/goals';
import type { WriteContext } from '../../../electron/core/db/write';
import { createGoal } from '../../../electron/core/goals/service';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testClock, testDb } from '../../helpers/db';

/**
 * A residency cohort (starts 2026-11-01, 52 weeks) with one pairing accepted on `start`, so it
 * runs from `start` to 52 weeks later; the clock is then left on `start` for the test to move.
 */
export function activePairing(start = '2026-11-02') {
  const clock = testClock(`${start}T09:00:00.000Z`);
  const ctx = { ...testDb(), clock };
  const { cohort, program } = setUpCohort(ctx);
  const mentor = addStaff(ctx, 'Maya-Mentor', { yearsExperience: 12, jobLevel: 4 });
  const mentee = addStaff(ctx, 'Nico-Newgrad', { yearsExperience: 0, jobLevel: 1 });
  const mentorEnrolment = enrolMentor(ctx, cohort.id, mentor.id);
  const menteeEnrolment = enrolMentee(ctx, cohort.id, mentee.id);
  const proposal = assignMentee(ctx, {
    cohortId: cohort.id,
    menteeEnrolmentId: menteeEnrolment.id,
    mentorEnrolmentId: mentorEnrolment.id,
  });
  const [pairing] = acceptProposals(ctx, [proposal.id]);
  if (!pairing) throw new Error('pairing not accepted');
  return { ctx, clock, cohort, program, pairing, mentor, mentee, mentorEnrolment };
}

/** "Insert peripheral IVs independently": 0 → 10 insertions from 2026-11-02 to 2027-01-11 (70 days). */
export function ivGoal(pairingId: number, overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    pairingId,
    title: 'Insert peripheral IVs independently',
    metric: 'Successful independent PIV insertions',
    unit: 'insertions',
    baseline: 0,
    target: 10,
    plan: 'Two supervised insertions a shift; IV simulation lab in week 2',
    relevance: 'IV insertion',
    startDate: null,
    dueDate: '2027-01-11',
    milestones: [
      { title: 'First supervised insertion', dueDate: '2026-11-16' },
      { title: 'Five independent insertions', dueDate: '2026-12-14' },
    ],
    ...overrides,
  };
}

export function addIvGoal(
  ctx: WriteContext,
  pairingId: number,
  overrides: Partial<GoalInput> = {},
) {
  return createGoal(ctx, goalInput.parse(ivGoal(pairingId, overrides)));
}

/** Row counts of everything goals write, and the audit trail: for "nothing changed" checks. */
export function goalSnapshot(ctx: WriteContext) {
  const count = (table: string) =>
    (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    goals: ctx.db.prepare('SELECT * FROM goals ORDER BY id').all(),
    milestones: ctx.db.prepare('SELECT * FROM goal_milestones ORDER BY id').all(),
    progress: count('goal_progress'),
    templates: count('goal_templates'),
    audit: count('audit_events'),
  };
}

/** The error a call throws, for asserting its code, message and problems. */
export function errorOf(call: () => unknown): {
  code: string;
  message: string;
  details?: { problems?: { field?: string; message: string }[] };
} {
  try {
    call();
  } catch (error) {
    return error as never;
  }
  throw new Error('expected the call to be refused');
}
