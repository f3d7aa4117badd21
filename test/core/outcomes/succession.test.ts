import { describe, expect, it } from 'vitest';
import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput } from '../../../shared/domain/programs';
import { readinessCorrectionInput, readinessInput } from '../../../shared/domain/outcomes';
import { createCohort } from '../../../electron/core/cohorts/service';
import { createProgram } from '../../../electron/core/programs/service';
import {
  correctReadiness,
  rateReadiness,
  ratingHistory,
  succession,
} from '../../../electron/core/outcomes/succession';
import { TandemError } from '../../../shared/result';
import { addStaff, enrolMentee } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

const ALL = { programId: null, cohortId: null, unit: null, from: null, to: null };

function setUp() {
  const ctx = testDb();
  const program = createProgram(
    ctx,
    programInput.parse({
      ...PROGRAM_TEMPLATES.leadership,
      matching: { ...PROGRAM_TEMPLATES.leadership.matching, requireTraining: false },
    }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: 'LEAD-26',
    name: 'Leadership 2026',
    startDate: '2026-09-01',
    endDate: null,
  });
  const ana = addStaff(ctx, 'Ana-Ruiz', { unit: 'Cardiology' });
  const rater = addStaff(ctx, 'Bo-Lee', { unit: 'Cardiology', jobLevel: 5 });
  const other = addStaff(ctx, 'Cy-Ode', { unit: 'Oncology' });
  enrolMentee(ctx, cohort.id, ana.id);
  return { ctx, ana, rater, other };
}

describe('succession readiness ratings', () => {
  it('records a rating, and a correction supersedes it without touching the old row', () => {
    const { ctx, ana, rater } = setUp();
    const first = rateReadiness(
      ctx,
      readinessInput.parse({
        staffId: ana.id,
        raterId: rater.id,
        readiness: 'not_yet',
        ratedOn: '2026-11-01',
        targetRole: 'Charge nurse',
      }),
    );
    const fixed = correctReadiness(
      ctx,
      readinessCorrectionInput.parse({
        ratingId: first.id,
        raterId: rater.id,
        readiness: 'ready_now',
        ratedOn: '2026-11-01',
        targetRole: 'Charge nurse',
        reason: 'Wrong box ticked',
      }),
    );
    expect(fixed.supersedesId).toBe(first.id);
    const history = ratingHistory(ctx.db, ana.id);
    expect(history.map((r) => [r.id, r.readiness, r.supersededById])).toEqual([
      [fixed.id, 'ready_now', null],
      [first.id, 'not_yet', fixed.id],
    ]);
    expect(() =>
      ctx.db.prepare('UPDATE succession_ratings SET readiness = ?').run('not_yet'),
    ).toThrow(/never edited/);
    expect(() => ctx.db.prepare('DELETE FROM succession_ratings').run()).toThrow(/never deleted/);
    expect(() =>
      correctReadiness(
        ctx,
        readinessCorrectionInput.parse({
          ratingId: first.id,
          raterId: rater.id,
          readiness: 'not_yet',
          ratedOn: '2026-11-02',
          targetRole: 'Charge nurse',
          reason: 'again',
        }),
      ),
    ).toThrow(/already corrected/);

    const view = succession(ctx.db, ALL);
    expect(view.ratings.map((r) => [r.personName, r.readiness])).toEqual([
      ['Ana Ruiz', 'ready_now'],
    ]);
    expect(view.byUnitAndRole).toEqual([
      { unit: 'Cardiology', targetRole: 'Charge nurse', readyNow: 1, oneToTwoYears: 0, notYet: 0 },
    ]);
    expect(view.unitsWithoutReadySuccessor).toEqual(['Oncology']);
  });

  it('refuses someone outside the leadership program, self-rating and future days, recording nothing', () => {
    const { ctx, ana, rater, other } = setUp();
    const attempt = (over: object) => {
      try {
        rateReadiness(
          ctx,
          readinessInput.parse({
            staffId: ana.id,
            raterId: rater.id,
            readiness: 'ready_now',
            ratedOn: '2026-11-01',
            targetRole: 'Charge nurse',
            ...over,
          }),
        );
      } catch (e) {
        return e instanceof TandemError ? e.details?.problems?.map((p) => p.field) : e;
      }
      return 'recorded';
    };
    expect(attempt({ staffId: other.id })).toEqual(['staffId']);
    expect(attempt({ raterId: ana.id })).toEqual(['raterId']);
    expect(attempt({ ratedOn: '2027-01-01' })).toEqual(['ratedOn']);
    expect(ctx.db.prepare('SELECT count(*) FROM succession_ratings').pluck().get()).toBe(0);
  });
});
