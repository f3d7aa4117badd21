import { describe, expect, it } from 'vitest';
import { enrolCandidatesQuery, type EnrolCandidatesQuery } from '../../../shared/contract/programs';
import { listEnrolCandidates } from '../../../electron/core/enrolments/candidates';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

const TODAY = '2026-11-23';

/** A small directory: new graduates, experienced nurses, someone on leave, someone who left. */
function directory() {
  const ctx = testDb();
  const { cohort } = setUpCohort(ctx);
  const s = {
    ada: addStaff(ctx, 'Ada-Grad', { jobLevel: 1, yearsExperience: 0, hireDate: '2026-09-01' }),
    bo: addStaff(ctx, 'Bo-Grad', { jobLevel: 1, yearsExperience: 1, hireDate: '2026-03-15' }),
    cai: addStaff(ctx, 'Cai-Senior', { jobLevel: 3, yearsExperience: 9, hireDate: '2018-04-01' }),
    dev: addStaff(ctx, 'Dev-Senior', {
      jobLevel: 4,
      yearsExperience: 15,
      hireDate: '2011-02-01',
      shift: 'night',
    }),
    eve: addStaff(ctx, 'Eve-Away', {
      jobLevel: 2,
      yearsExperience: 4,
      hireDate: '2022-06-01',
      status: 'on_leave',
    }),
    fox: addStaff(ctx, 'Fox-Gone', {
      jobLevel: 1,
      yearsExperience: 0,
      hireDate: '2026-10-01',
      status: 'left',
      endDate: '2026-11-01',
    }),
    gil: addStaff(ctx, 'Gil-Unknown', { jobLevel: null, yearsExperience: null, hireDate: null }),
  };
  const names = (q: Omit<EnrolCandidatesQuery, 'cohortId'>) =>
    listEnrolCandidates(
      ctx.db,
      enrolCandidatesQuery.parse({ cohortId: cohort.id, ...q }),
      TODAY,
    ).items.map((c) => c.displayName);
  return { ctx, cohort, s, names };
}

describe('staff a bulk enrolment can pick from', () => {
  it('lists everyone who has not left, by name, and filters by status', () => {
    const { names } = directory();
    expect(names({})).toEqual([
      'Eve Away',
      'Ada Grad',
      'Bo Grad',
      'Cai Senior',
      'Dev Senior',
      'Gil Unknown',
    ]);
    expect(names({ statuses: ['on_leave'] })).toEqual(['Eve Away']);
    expect(names({ statuses: ['active'], shifts: ['night'] })).toEqual(['Dev Senior']);
  });

  it('filters by job level and by years of experience, unknown values passing no bound', () => {
    const { names } = directory();
    expect(names({ jobLevels: [3, 4] })).toEqual(['Cai Senior', 'Dev Senior']);
    expect(names({ minYears: 8 })).toEqual(['Cai Senior', 'Dev Senior']);
    expect(names({ minYears: 1, maxYears: 9 })).toEqual(['Eve Away', 'Bo Grad', 'Cai Senior']);
    expect(names({ maxYears: 0 })).toEqual(['Ada Grad']);
  });

  it('finds new graduates: hired in the last N months, or about to start', () => {
    const { ctx, cohort, names } = directory();
    expect(names({ hiredWithinMonths: 6 })).toEqual(['Ada Grad']);
    addStaff(ctx, 'Hal-Starting', { jobLevel: 1, yearsExperience: 0, hireDate: '2027-01-04' });
    expect(names({ hiredWithinMonths: 6 })).toEqual(['Ada Grad', 'Hal Starting']);
    expect(names({ hiredWithinMonths: 12, maxYears: 1 })).toEqual([
      'Ada Grad',
      'Bo Grad',
      'Hal Starting',
    ]);
    const page = listEnrolCandidates(
      ctx.db,
      enrolCandidatesQuery.parse({ cohortId: cohort.id, hiredWithinMonths: 6 }),
      TODAY,
    );
    expect(page.hiredSince).toBe('2026-05-23');
  });

  it('says which role each person already holds in the cohort', () => {
    const { ctx, cohort, s } = directory();
    enrolMentee(ctx, cohort.id, s.ada.id);
    enrolMentor(ctx, cohort.id, s.dev.id);
    const page = listEnrolCandidates(
      ctx.db,
      enrolCandidatesQuery.parse({ cohortId: cohort.id }),
      TODAY,
    );
    expect(Object.fromEntries(page.items.map((c) => [c.displayName, c.enrolledAs]))).toMatchObject({
      'Ada Grad': 'mentee',
      'Dev Senior': 'mentor',
      'Eve Away': null,
    });
    expect(page.items.find((c) => c.displayName === 'Ada Grad')).toMatchObject({
      hireDate: '2026-09-01',
      jobLevel: 1,
      yearsExperience: 0,
    });
  });

  it('refuses a maximum below the minimum and a hire window that is not a whole number of months', () => {
    const bad = enrolCandidatesQuery.safeParse({ cohortId: 1, minYears: 5, maxYears: 2 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['maxYears', 'at least the minimum years'],
    ]);
    const months = enrolCandidatesQuery.safeParse({ cohortId: 1, hiredWithinMonths: 1.5 });
    expect(months.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['hiredWithinMonths', 'a whole number of months'],
    ]);
  });
});
