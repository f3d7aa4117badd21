import { describe, expect, it } from 'vitest';
import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput } from '../../../shared/domain/programs';
import { createCohort } from '../../../electron/core/cohorts/service';
import { buildDemoGoals } from '../../../electron/core/demo/goals';
import { cohortGoals } from '../../../electron/core/goals/cohort';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { createProgram } from '../../../electron/core/programs/service';
import { addStaff, enrolMentee, enrolMentor } from '../../helpers/cohort';
import { testClock, testDb } from '../../helpers/db';

/** The demo's residency cohort in small: ten pairings accepted on 1 Sep; the demo is built on 23 Nov. */
function residencyCohort() {
  const clock = testClock('2026-09-01T09:00:00.000Z');
  const ctx = { ...testDb(), clock };
  const template = PROGRAM_TEMPLATES.residency;
  // Training is not what this test is about: no mentor needs it here.
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
      acceptProposals(ctx, [
        assignMentee(ctx, {
          cohortId: cohort.id,
          menteeEnrolmentId: mentee.id,
          mentorEnrolmentId: mentor.id,
        }).id,
      ]);
    }
  }
  clock.set('2026-11-23T09:00:00.000Z');
  return { ctx, cohort };
}

const snapshot = (ctx: ReturnType<typeof residencyCohort>['ctx']) => ({
  goals: ctx.db
    .prepare(
      'SELECT pairing_id, title, start_date, due_date, dropped_at IS NOT NULL AS dropped FROM goals ORDER BY id',
    )
    .all(),
  progress: ctx.db
    .prepare('SELECT goal_id, date, value, note FROM goal_progress ORDER BY id')
    .all(),
  milestones: ctx.db
    .prepare('SELECT goal_id, title, due_date, achieved_on FROM goal_milestones ORDER BY id')
    .all(),
});

describe('the demo goals', () => {
  it('gives most running pairings goals in every state, with milestones and progress up to today', () => {
    const { ctx, cohort } = residencyCohort();
    buildDemoGoals(ctx);
    const view = cohortGoals(ctx.db, cohort.id, '2026-11-23');
    for (const status of ['on_track', 'at_risk', 'overdue', 'achieved', 'dropped'] as const) {
      expect(view.counts[status], status).toBeGreaterThan(0);
    }
    const withGoals = new Set(
      snapshot(ctx).goals.map((g) => (g as { pairing_id: number }).pairing_id),
    );
    expect(withGoals.size).toBeGreaterThanOrEqual(8);
    expect(withGoals.size).toBeLessThan(10);
    expect(view.celebrate.some((c) => c.kind === 'milestone')).toBe(true);
    expect(view.celebrate.some((c) => c.kind === 'goal')).toBe(true);
    const latest = ctx.db.prepare('SELECT max(date) AS d FROM goal_progress').get() as {
      d: string;
    };
    expect(latest.d <= '2026-11-23').toBe(true);
    const templates = ctx.db.prepare('SELECT count(*) AS n FROM goal_templates').get() as {
      n: number;
    };
    expect(templates.n).toBeGreaterThanOrEqual(5);
  });

  it('is the same on every build', () => {
    const a = residencyCohort();
    buildDemoGoals(a.ctx);
    const b = residencyCohort();
    buildDemoGoals(b.ctx);
    expect(snapshot(a.ctx)).toEqual(snapshot(b.ctx));
    expect(snapshot(a.ctx).progress.length).toBeGreaterThan(40);
  });
});
