import { describe, expect, it } from 'vitest';
import { createFacility } from '../../../electron/core/facility/service';
import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import type { Enrolment } from '../../../shared/domain/programs';
import type { DueList, PersonTraining, TrainingModule } from '../../../shared/domain/training';
import { testContext } from '../../helpers/db';
import { staffFields } from '../../helpers/staff';
import { signedInRouter } from '../../helpers/accounts';

async function openRouter() {
  const ctx = testContext();
  await createFacility(ctx, {
    path: `${ctx.userDataDir}/f.sqlite`,
    name: 'Test Facility',
    demo: false,
  });
  const call = signedInRouter(ctx);
  const value = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  const count = (table: string) =>
    (ctx.db?.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { call, value, count };
}

/** An ICU nurse hired in 2019, as the People form would send one. */
const staffPayload = (employeeNumber: string, firstName: string, lastName: string) =>
  staffFields(employeeNumber, firstName, lastName, {
    unit: 'ICU',
    jobLevel: 3,
    hireDate: '2019-05-01',
    yearsExperience: 9,
    languages: [],
  });

describe('the training API', () => {
  it('records a completion for a person and shows it in their training', async () => {
    const { value } = await openRouter();
    const staff = await value<{ id: number }>('people.create', staffPayload('E100', 'Ana', 'Lee'));
    const modules = await value<TrainingModule[]>('training.modules', {});
    const preceptor = modules.find((m) => m.name === 'Preceptor essentials');
    await value('training.record', {
      staffId: staff.id,
      moduleId: preceptor?.id,
      completedOn: '2026-10-02',
      evidence: 'Certificate',
    });
    const mine = await value<PersonTraining>('training.forStaff', { staffId: staff.id });
    expect(mine).toMatchObject({
      person: { displayName: 'Ana Lee', employeeNumber: 'E100' },
      hireDate: '2019-05-01',
      requirements: [],
      completions: [{ moduleName: 'Preceptor essentials', expiresOn: '2028-10-02' }],
    });
    expect(await value<DueList>('training.due', {})).toMatchObject({
      items: [],
      unknownModules: [],
    });
  });

  it('refuses malformed input naming each field, and changes nothing', async () => {
    const { call, count } = await openRouter();
    const before = [
      count('training_completions'),
      count('training_modules'),
      count('audit_events'),
    ];
    const result = await call('training.record', {
      staffId: 0,
      moduleId: 1,
      completedOn: '23/11/2026',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (result.ok) return;
    expect(result.error.details?.problems).toEqual([
      { field: 'staffId', message: 'choose a person' },
      { field: 'completedOn', message: 'expected a date as YYYY-MM-DD' },
    ]);
    const module = await call('training.createModule', {
      name: '',
      audience: 'mentor',
      required: true,
      validMonths: -3,
    });
    expect(module.ok ? [] : module.error.details?.problems?.map((p) => p.field)).toEqual([
      'name',
      'validMonths',
    ]);
    const voided = await call('training.void', { id: 1, reason: '' });
    expect(voided.ok ? null : voided.error.details?.problems).toEqual([
      { field: 'reason', message: 'say why this completion is void' },
    ]);
    expect([
      count('training_completions'),
      count('training_modules'),
      count('audit_events'),
    ]).toEqual(before);
  });

  it('gives a mentor their missing required training wherever an enrolment comes back', async () => {
    const { value } = await openRouter();
    const mentor = await value<{ id: number }>('people.create', staffPayload('E200', 'Bo', 'Kim'));
    const program = await value<{ id: number }>('programs.create', {
      ...PROGRAM_TEMPLATES.residency,
      name: 'Residency',
    });
    const cohort = await value<{ id: number }>('cohorts.create', {
      programId: program.id,
      code: 'RES-1',
      name: 'Residency 1',
      startDate: '2026-09-01',
      endDate: null,
    });
    await value('enrolments.add', { cohortId: cohort.id, role: 'mentor', staffIds: [mentor.id] });
    const [listed] = await value<Enrolment[]>('enrolments.list', { cohortId: cohort.id });
    const missing = ['Preceptor essentials', 'Giving effective feedback'];
    expect(listed?.missingTraining).toEqual(missing);
    const updated = await value<Enrolment>('enrolments.update', { id: listed?.id, capacity: 3 });
    expect(updated).toMatchObject({ capacity: 3, missingTraining: missing });
    const withdrawn = await value<Enrolment>('enrolments.withdraw', { id: listed?.id });
    expect(withdrawn).toMatchObject({ withdrawn: true, missingTraining: missing });
  });
});
