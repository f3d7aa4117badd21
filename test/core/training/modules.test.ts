import { describe, expect, it } from 'vitest';
import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { trainingModuleInput } from '../../../shared/domain/training';
import { getModule, listModules, updateModule } from '../../../electron/core/training/modules';
import { setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';
import { addModule, moduleId, snapshot, thrown } from './fixtures';

describe('the training catalogue', () => {
  it('starts with the starter set, which covers every module the program templates require', () => {
    const ctx = testDb();
    const names = listModules(ctx.db).map((m) => m.name);
    expect(names).toEqual([
      'Giving effective feedback',
      'Inclusive mentoring',
      'Mentoring at a distance',
      'Preceptor essentials',
      'Setting SMART goals',
    ]);
    const required = Object.values(PROGRAM_TEMPLATES).flatMap((t) => t.requiredTraining);
    for (const name of required) expect(names).toContain(name);
    expect(listModules(ctx.db).find((m) => m.name === 'Preceptor essentials')).toMatchObject({
      audience: 'mentor',
      required: true,
      validMonths: 24,
      completionCount: 0,
    });
  });

  it('shows which programs require a module, matching names without regard to case', () => {
    const ctx = testDb();
    setUpCohort(ctx);
    const feedback = getModule(ctx.db, moduleId(ctx, 'Giving effective feedback'));
    expect(feedback.requiredByPrograms).toEqual(['New-graduate nurse residency']);
    expect(getModule(ctx.db, moduleId(ctx, 'Inclusive mentoring')).requiredByPrograms).toEqual([]);
  });

  it('adds a module and records it in the audit trail', () => {
    const ctx = testDb();
    const created = addModule(ctx, {
      name: 'Coaching new graduates',
      audience: 'mentor',
      validMonths: 12,
    });
    expect(created).toMatchObject({
      name: 'Coaching new graduates',
      required: false,
      validMonths: 12,
      description: null,
    });
    const event = ctx.db
      .prepare("SELECT action, after_json FROM audit_events WHERE entity = 'training_module'")
      .get() as {
      action: string;
      after_json: string;
    };
    expect(event.action).toBe('create');
    expect(JSON.parse(event.after_json)).toMatchObject({
      name: 'Coaching new graduates',
      validMonths: 12,
    });
  });

  it('refuses a second module of the same name in any case, naming the field, and changes nothing', () => {
    const ctx = testDb();
    const before = snapshot(ctx);
    const error = thrown(() => addModule(ctx, { name: 'preceptor ESSENTIALS' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('A training module called “Preceptor essentials” already exists.');
    expect(error.problems).toEqual([
      {
        field: 'name',
        value: 'preceptor ESSENTIALS',
        message: 'another module is called “Preceptor essentials”',
      },
    ]);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('explains bad module input per field', () => {
    const result = trainingModuleInput.safeParse({
      name: '  ',
      audience: 'managers',
      required: true,
      validMonths: 0,
      description: null,
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [],
    );
    expect(messages).toMatchObject({
      name: 'a module name is required',
      validMonths: 'at least 1 month',
    });
    expect(messages.audience).toBeDefined();
    expect(
      trainingModuleInput.safeParse({
        name: 'X',
        audience: 'both',
        required: false,
        validMonths: 1.5,
      }).error?.issues[0]?.message,
    ).toBe('a whole number of months');
  });

  it('edits a module with its values before and after in the audit trail; an unchanged save records nothing', () => {
    const ctx = testDb();
    const id = moduleId(ctx, 'Inclusive mentoring');
    const input = trainingModuleInput.parse({
      name: 'Inclusive mentoring',
      audience: 'mentor',
      required: true,
      validMonths: 12,
      description: 'Updated',
    });
    const updated = updateModule(ctx, id, input);
    expect(updated).toMatchObject({
      audience: 'mentor',
      required: true,
      validMonths: 12,
      description: 'Updated',
    });
    const event = ctx.db
      .prepare(
        "SELECT before_json, after_json FROM audit_events WHERE entity = 'training_module' AND action = 'update'",
      )
      .get() as {
      before_json: string;
      after_json: string;
    };
    expect(JSON.parse(event.before_json)).toMatchObject({
      audience: 'both',
      required: false,
      validMonths: 24,
    });
    expect(JSON.parse(event.after_json)).toMatchObject({
      audience: 'mentor',
      required: true,
      validMonths: 12,
    });
    const before = snapshot(ctx);
    updateModule(ctx, id, input);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses to rename a module a program requires, saying how, and changes nothing', () => {
    const ctx = testDb();
    setUpCohort(ctx);
    const id = moduleId(ctx, 'Preceptor essentials');
    const before = snapshot(ctx);
    const rename = trainingModuleInput.parse({
      name: 'Preceptor basics',
      audience: 'mentor',
      required: true,
      validMonths: 24,
      description: null,
    });
    const error = thrown(() => updateModule(ctx, id, rename));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(
      '“Preceptor essentials” is required by New-graduate nurse residency',
    );
    expect(error.problems[0]).toMatchObject({
      field: 'name',
      message: 'required by New-graduate nurse residency under its current name',
    });
    expect(snapshot(ctx)).toEqual(before);
    // A change of case only is not a rename: programs still find the module.
    const recased = updateModule(ctx, id, { ...rename, name: 'Preceptor Essentials' });
    expect(recased.requiredByPrograms).toEqual(['New-graduate nurse residency']);
  });
});
