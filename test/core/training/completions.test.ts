import { describe, expect, it } from 'vitest';
import { completionInput, voidReason } from '../../../shared/domain/training';
import {
  correctCompletion,
  listCompletions,
  recordCompletion,
  voidCompletion,
} from '../../../electron/core/training/completions';
import { getModule } from '../../../electron/core/training/modules';
import { addStaff } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';
import { complete, moduleId, snapshot, thrown } from './fixtures';

// The test clock says 2026-11-23.
function nurse() {
  const ctx = testDb();
  const ana = addStaff(ctx, 'Ana-Lee', { hireDate: '2020-03-01', yearsExperience: 10 });
  return { ctx, ana };
}

describe('recording a training completion', () => {
  it('keeps the date, evidence and who recorded it, and works out the expiry from the valid months', () => {
    const { ctx, ana } = nurse();
    const done = complete(ctx, ana.id, 'Preceptor essentials', '2026-01-31', 'Certificate #4411');
    expect(done).toMatchObject({
      staffId: ana.id,
      moduleName: 'Preceptor essentials',
      completedOn: '2026-01-31',
      // 24 months on; the day stays inside February's end.
      expiresOn: '2028-01-31',
      evidence: 'Certificate #4411',
      recordedBy: 'educator@test-workstation',
      recordedAt: '2026-11-23T09:00:00.000Z',
      void: null,
      status: 'complete',
    });
    const forever = complete(ctx, ana.id, 'Setting SMART goals', '2021-05-02');
    expect(forever).toMatchObject({ expiresOn: null, status: 'complete' });
    const event = ctx.db
      .prepare(
        "SELECT action, after_json FROM audit_events WHERE entity = 'training_completion' ORDER BY id LIMIT 1",
      )
      .get() as {
      action: string;
      after_json: string;
    };
    expect(event.action).toBe('create');
    expect(JSON.parse(event.after_json)).toEqual({
      staffId: ana.id,
      module: 'Preceptor essentials',
      completedOn: '2026-01-31',
      evidence: 'Certificate #4411',
      correctsId: null,
    });
    expect(getModule(ctx.db, moduleId(ctx, 'Preceptor essentials')).completionCount).toBe(1);
  });

  it('refuses a date in the future, naming today, and changes nothing', () => {
    const { ctx, ana } = nurse();
    const before = snapshot(ctx);
    const error = thrown(() => complete(ctx, ana.id, 'Preceptor essentials', '2026-11-24'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'Nothing was recorded: the completion date cannot be in the future (today is 2026-11-23).',
    );
    expect(error.problems).toEqual([
      {
        field: 'completedOn',
        value: '2026-11-24',
        message: 'cannot be in the future (today is 2026-11-23)',
      },
    ]);
    expect(snapshot(ctx)).toEqual(before);
    expect(complete(ctx, ana.id, 'Preceptor essentials', '2026-11-23').completedOn).toBe(
      '2026-11-23',
    );
  });

  it('refuses a date before the hire date, naming it, and changes nothing', () => {
    const { ctx, ana } = nurse();
    const before = snapshot(ctx);
    const error = thrown(() => complete(ctx, ana.id, 'Preceptor essentials', '2020-02-29'));
    expect(error.problems).toEqual([
      {
        field: 'completedOn',
        value: '2020-02-29',
        message: "is before Ana Lee's hire date 2020-03-01",
      },
    ]);
    expect(snapshot(ctx)).toEqual(before);
    // Without a hire date any past day will do.
    const newcomer = addStaff(ctx, 'Ben-Ode', { hireDate: null });
    expect(complete(ctx, newcomer.id, 'Preceptor essentials', '2001-01-01').status).toBe('expired');
  });

  it('refuses the same completion twice', () => {
    const { ctx, ana } = nurse();
    complete(ctx, ana.id, 'Preceptor essentials', '2026-02-01');
    const before = snapshot(ctx);
    const error = thrown(() => complete(ctx, ana.id, 'Preceptor essentials', '2026-02-01'));
    expect(error.problems[0]?.message).toBe(
      'Preceptor essentials on 2026-02-01 is already recorded for Ana Lee',
    );
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses an unknown person or module, and malformed input, per field', () => {
    const { ctx, ana } = nurse();
    const before = snapshot(ctx);
    expect(thrown(() => complete(ctx, 999, 'Preceptor essentials', '2026-02-01')).message).toBe(
      'No staff member with id 999.',
    );
    const unknownModule = thrown(() =>
      recordCompletion(ctx, {
        staffId: ana.id,
        moduleId: 999,
        completedOn: '2026-02-01',
        evidence: null,
      }),
    );
    expect(unknownModule).toMatchObject({
      code: 'not_found',
      problems: [{ field: 'moduleId', message: 'no such training module' }],
    });
    expect(snapshot(ctx)).toEqual(before);
    const parsed = completionInput.safeParse({
      staffId: 0,
      moduleId: 0,
      completedOn: '2026-02-30',
      evidence: 'x'.repeat(1001),
    });
    const messages = Object.fromEntries(
      parsed.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [],
    );
    expect(messages).toEqual({
      staffId: 'choose a person',
      moduleId: 'choose a training module',
      completedOn: 'no such date',
      evidence: 'at most 1000 characters',
    });
  });
});

describe('voiding and correcting a completion', () => {
  it('voids with a reason: the record stays in the history, no longer counts, and the void is audited', () => {
    const { ctx, ana } = nurse();
    const wrong = complete(ctx, ana.id, 'Preceptor essentials', '2026-02-01');
    const voided = voidCompletion(ctx, wrong.id, 'Recorded for the wrong person');
    expect(voided).toMatchObject({
      id: wrong.id,
      completedOn: '2026-02-01',
      status: null,
      void: {
        at: '2026-11-23T09:00:00.000Z',
        by: 'educator@test-workstation',
        reason: 'Recorded for the wrong person',
      },
    });
    expect(
      listCompletions(ctx.db, ana.id, '2026-11-23').map((c) => [c.id, c.void?.reason]),
    ).toEqual([[wrong.id, 'Recorded for the wrong person']]);
    expect(getModule(ctx.db, moduleId(ctx, 'Preceptor essentials')).completionCount).toBe(0);
    const event = ctx.db
      .prepare("SELECT action, before_json, after_json FROM audit_events WHERE action = 'void'")
      .get() as {
      before_json: string;
      after_json: string;
    };
    expect(JSON.parse(event.before_json)).toMatchObject({ void: null });
    expect(JSON.parse(event.after_json)).toMatchObject({
      void: { reason: 'Recorded for the wrong person' },
    });
    // The same day may be recorded again once the wrong one is void.
    expect(complete(ctx, ana.id, 'Preceptor essentials', '2026-02-01').status).toBe('complete');
  });

  it('refuses to void twice or without a reason, and changes nothing', () => {
    const { ctx, ana } = nurse();
    const wrong = complete(ctx, ana.id, 'Preceptor essentials', '2026-02-01');
    voidCompletion(ctx, wrong.id, 'Duplicate of the paper record');
    const before = snapshot(ctx);
    const error = thrown(() => voidCompletion(ctx, wrong.id, 'again'));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'This completion was already voided on 2026-11-23 by educator@test-workstation (Duplicate of the paper record).',
    );
    expect(snapshot(ctx)).toEqual(before);
    expect(voidReason.safeParse('   ').error?.issues[0]?.message).toBe(
      'say why this completion is void',
    );
  });

  it('corrects by voiding the wrong record and adding the right one that points at it, in one change', () => {
    const { ctx, ana } = nurse();
    const wrong = complete(ctx, ana.id, 'Preceptor essentials', '2026-02-01', 'Sign-in sheet');
    const auditBefore = snapshot(ctx).audit as { n: number };
    const right = correctCompletion(ctx, {
      id: wrong.id,
      completedOn: '2026-01-21',
      evidence: 'Sign-in sheet',
      reason: 'Typed the wrong day',
    });
    expect(right).toMatchObject({
      completedOn: '2026-01-21',
      correctsId: wrong.id,
      void: null,
      expiresOn: '2028-01-21',
    });
    const history = listCompletions(ctx.db, ana.id, '2026-11-23');
    expect(history.map((c) => [c.completedOn, c.void?.reason ?? null, c.correctsId])).toEqual([
      ['2026-02-01', 'Typed the wrong day', null],
      ['2026-01-21', null, wrong.id],
    ]);
    expect((snapshot(ctx).audit as { n: number }).n).toBe(auditBefore.n + 2);
  });

  it('refuses a correction that changes nothing or is itself invalid, and changes nothing', () => {
    const { ctx, ana } = nurse();
    const wrong = complete(ctx, ana.id, 'Preceptor essentials', '2026-02-01', null);
    const before = snapshot(ctx);
    expect(
      thrown(() =>
        correctCompletion(ctx, {
          id: wrong.id,
          completedOn: '2026-02-01',
          evidence: null,
          reason: 'x',
        }),
      ).problems,
    ).toEqual([
      {
        field: 'completedOn',
        value: '2026-02-01',
        message: 'change the date or the evidence note',
      },
    ]);
    expect(
      thrown(() =>
        correctCompletion(ctx, {
          id: wrong.id,
          completedOn: '2027-01-01',
          evidence: null,
          reason: 'x',
        }),
      ).problems[0]?.message,
    ).toBe('cannot be in the future (today is 2026-11-23)');
    expect(snapshot(ctx)).toEqual(before);
  });

  it('cannot be changed or deleted in the database itself', () => {
    const { ctx, ana } = nurse();
    const done = complete(ctx, ana.id, 'Preceptor essentials', '2026-02-01');
    expect(() =>
      ctx.db.prepare("UPDATE training_completions SET completed_on = '2026-03-01'").run(),
    ).toThrow(/never changed/);
    expect(() => ctx.db.prepare('DELETE FROM training_completions').run()).toThrow(/never deleted/);
    voidCompletion(ctx, done.id, 'Test');
    expect(() => ctx.db.prepare('DELETE FROM training_completion_voids').run()).toThrow(
      /kept as it was recorded/,
    );
  });
});
