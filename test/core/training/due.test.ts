import { describe, expect, it } from 'vitest';
import { createCohort } from '../../../electron/core/cohorts/service';
import { withdraw } from '../../../electron/core/enrolments/service';
import { markLeft } from '../../../electron/core/people/service';
import { voidCompletion } from '../../../electron/core/training/completions';
import { dueList, personRequirements } from '../../../electron/core/training/requirements';
import { updateProgram } from '../../../electron/core/programs/service';
import { programInput } from '../../../shared/domain/programs';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';
import { addModule, complete } from './fixtures';

const TODAY = '2026-11-23';

/** The residency requires Preceptor essentials and Giving effective feedback of its mentors. */
function residency() {
  const ctx = testDb();
  const { program, cohort } = setUpCohort(ctx);
  const ana = addStaff(ctx, 'Ana-Lee', { yearsExperience: 12, jobLevel: 4 });
  const nico = addStaff(ctx, 'Nico-Newgrad', { yearsExperience: 0, jobLevel: 1 });
  const mentor = enrolMentor(ctx, cohort.id, ana.id);
  enrolMentee(ctx, cohort.id, nico.id);
  return { ctx, program, cohort, ana, nico, mentor };
}

const lines = (ctx: ReturnType<typeof testDb>, today = TODAY) =>
  dueList(ctx.db, today).items.map((i) => [
    i.person.displayName,
    i.moduleName,
    i.status,
    i.expiresOn,
  ]);

describe('what training is due', () => {
  it("lists a mentor's missing program training, and recording it takes it off the list", () => {
    const { ctx, ana } = residency();
    expect(lines(ctx)).toEqual([
      ['Ana Lee', 'Giving effective feedback', 'missing', null],
      ['Ana Lee', 'Preceptor essentials', 'missing', null],
    ]);
    const item = dueList(ctx.db, TODAY).items[1];
    expect(item).toMatchObject({
      moduleId: expect.any(Number),
      requiredAs: ['mentor'],
      // Preceptor essentials is both in the program's list and required of every mentor.
      requiredBy: ['RES-2026 (New-graduate nurse residency)', 'Required of every mentor'],
    });
    complete(ctx, ana.id, 'Preceptor essentials', '2026-11-01');
    expect(lines(ctx)).toEqual([['Ana Lee', 'Giving effective feedback', 'missing', null]]);
  });

  it('lists expired completions first and those expiring within 60 days last', () => {
    const { ctx, ana } = residency();
    complete(ctx, ana.id, 'Preceptor essentials', '2024-11-01'); // expired 2026-11-01
    complete(ctx, ana.id, 'Giving effective feedback', '2023-12-20'); // expires 2026-12-20
    expect(lines(ctx)).toEqual([
      ['Ana Lee', 'Preceptor essentials', 'expired', '2026-11-01'],
      ['Ana Lee', 'Giving effective feedback', 'expiring', '2026-12-20'],
    ]);
    // A void completion is as good as none.
    const renewal = complete(ctx, ana.id, 'Preceptor essentials', '2026-11-20');
    expect(lines(ctx).map((l) => l[1])).toEqual(['Giving effective feedback']);
    voidCompletion(ctx, renewal.id, 'Wrong module ticked on the sign-in sheet');
    expect(lines(ctx)[0]).toEqual(['Ana Lee', 'Preceptor essentials', 'expired', '2026-11-01']);
  });

  it("lists mentees' required modules too, and people whose cohort has ended or who withdrew or left, not", () => {
    const { ctx, cohort, ana, nico, mentor } = residency();
    addModule(ctx, { name: 'Orientation for new starters', audience: 'mentee', required: true });
    expect(lines(ctx).map((l) => l.slice(0, 2))).toEqual([
      ['Ana Lee', 'Giving effective feedback'],
      ['Ana Lee', 'Preceptor essentials'],
      ['Nico Newgrad', 'Orientation for new starters'],
    ]);
    withdraw(ctx, mentor.id);
    markLeft(ctx, nico.id, '2026-11-20');
    expect(lines(ctx)).toEqual([]);
    // A cohort that has ended asks for nothing; one that starts later already does.
    const later = addStaff(ctx, 'Lou-Later', { yearsExperience: 12 });
    const next = createCohort(ctx, {
      programId: cohort.programId,
      code: 'RES-2027',
      name: 'Residency 2027',
      startDate: '2027-03-01',
      endDate: null,
    });
    const old = createCohort(ctx, {
      programId: cohort.programId,
      code: 'RES-2025',
      name: 'Residency 2025',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
    enrolMentor(ctx, old.id, ana.id);
    enrolMentor(ctx, next.id, later.id);
    expect(lines(ctx).map((l) => l[0])).toEqual(['Lou Later', 'Lou Later']);
  });

  it('shows program training that is not in the catalogue as missing and names it as unknown', () => {
    const { ctx, program, ana } = residency();
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = program;
    updateProgram(
      ctx,
      program.id,
      programInput.parse({
        ...fields,
        requiredTraining: ['Preceptor essentials', 'Bedside teaching'],
      }),
    );
    const due = dueList(ctx.db, TODAY);
    expect(due.unknownModules).toEqual([
      { name: 'Bedside teaching', programs: ['New-graduate nurse residency'] },
    ]);
    expect(due.items.find((i) => i.moduleName === 'Bedside teaching')).toMatchObject({
      moduleId: null,
      status: 'missing',
      person: { staffId: ana.id },
    });
  });

  it("gives one person's requirements, complete ones included, sorted by module", () => {
    const { ctx, ana, nico } = residency();
    complete(ctx, ana.id, 'Preceptor essentials', '2026-11-01');
    expect(
      personRequirements(ctx.db, ana.id, TODAY).map((r) => [
        r.moduleName,
        r.status,
        r.completedOn,
        r.expiresOn,
      ]),
    ).toEqual([
      ['Giving effective feedback', 'missing', null, null],
      ['Preceptor essentials', 'complete', '2026-11-01', '2028-11-01'],
    ]);
    expect(personRequirements(ctx.db, nico.id, TODAY)).toEqual([]);
  });
});
