import { describe, expect, it } from 'vitest';
import {
  correctionInput,
  signOffInput,
  type CorrectionInput,
  type SignOffInput,
} from '../../../shared/domain/competencies';
import { TandemError } from '../../../shared/result';
import { listCompetencies } from '../../../electron/core/competencies/catalogue';
import { currentLevels } from '../../../electron/core/competencies/levels';
import { competencyHistory } from '../../../electron/core/competencies/person';
import { correctSignOff, recordSignOff } from '../../../electron/core/competencies/signoffs';
import { markLeft } from '../../../electron/core/people/service';
import { addStaff } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

function setUp() {
  const ctx = testDb();
  const nurse = addStaff(ctx, 'Nico-Newgrad', { yearsExperience: 0, jobLevel: 1 });
  const preceptor = addStaff(ctx, 'Maya-Preceptor', { yearsExperience: 12, jobLevel: 4 });
  const educator = addStaff(ctx, 'Elena-Educator', { yearsExperience: 20, jobLevel: 5 });
  const competencyId = (name: string) => {
    const found = listCompetencies(ctx.db).find((c) => c.name === name);
    if (!found) throw new Error(`${name} is not in the starter catalogue`);
    return found.id;
  };
  const iv = competencyId('IV insertion');
  const signOff = (fields: Partial<SignOffInput> = {}) =>
    recordSignOff(
      ctx,
      signOffInput.parse({
        staffId: nurse.id,
        competencyId: iv,
        level: 1,
        validatorId: preceptor.id,
        date: '2026-09-01',
        method: 'observation',
        ...fields,
      }),
    );
  const correct = (signOffId: number, fields: Partial<CorrectionInput> = {}) =>
    correctSignOff(
      ctx,
      correctionInput.parse({
        signOffId,
        level: 2,
        validatorId: preceptor.id,
        date: '2026-09-01',
        method: 'observation',
        reason: 'Level entered wrongly',
        ...fields,
      }),
    );
  return { ctx, nurse, preceptor, educator, iv, competencyId, signOff, correct };
}

const snapshot = (ctx: ReturnType<typeof testDb>) => ({
  signOffs: ctx.db.prepare('SELECT * FROM competency_sign_offs ORDER BY id').all(),
  audit: ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get(),
});

function refusal(action: () => unknown): TandemError {
  try {
    action();
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error('expected a refusal, but it was accepted');
}

describe('signing off a competency', () => {
  it('records level, validator, day, method and note, with one audit event', () => {
    const { ctx, nurse, preceptor, signOff } = setUp();
    const before = snapshot(ctx);
    const s = signOff({ level: 2, method: 'demonstration', note: 'Two attempts, second clean' });
    expect(s).toMatchObject({
      staffId: nurse.id,
      competencyName: 'IV insertion',
      level: 2,
      validator: { staffId: preceptor.id, displayName: 'Maya Preceptor' },
      date: '2026-09-01',
      method: 'demonstration',
      note: 'Two attempts, second clean',
      supersedesId: null,
      supersededById: null,
      recordedBy: 'educator@test-workstation',
    });
    const events = ctx.db
      .prepare("SELECT action, after_json FROM audit_events WHERE entity = 'competency_sign_off'")
      .all() as { action: string; after_json: string }[];
    expect(events).toHaveLength(1);
    expect(events[0]?.action).toBe('sign_off');
    expect(JSON.parse(events[0]?.after_json ?? '{}')).toMatchObject({
      level: 2,
      levelLabel: 'Advanced beginner',
      competency: 'IV insertion',
    });
    expect((snapshot(ctx).audit as { n: number }).n).toBe((before.audit as { n: number }).n + 1);
  });

  it('refuses a validator who is the person being validated, naming the field; nothing changes', () => {
    const { ctx, nurse, signOff } = setUp();
    const before = snapshot(ctx);
    const error = refusal(() => signOff({ validatorId: nurse.id }));
    expect(error.code).toBe('rule_violation');
    expect(error.message).toBe(
      'Nothing was recorded: Nico Newgrad cannot validate their own competency; choose another validator.',
    );
    expect(error.details?.problems).toEqual([
      {
        field: 'validatorId',
        value: 'Nico-Newgrad',
        message: 'cannot be the person being validated',
      },
    ]);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses a validator who has left the facility; nothing changes', () => {
    const { ctx, preceptor, signOff } = setUp();
    markLeft(ctx, preceptor.id, '2026-10-31');
    const before = snapshot(ctx);
    const error = refusal(() => signOff());
    expect(error.code).toBe('rule_violation');
    expect(error.message).toContain(
      'Maya Preceptor has left the facility and can no longer validate sign-offs',
    );
    expect(error.details?.problems?.[0]).toMatchObject({
      field: 'validatorId',
      message: 'has left the facility',
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses a day in the future but accepts today (the injected clock says 2026-11-23)', () => {
    const { ctx, signOff } = setUp();
    const before = snapshot(ctx);
    const error = refusal(() => signOff({ date: '2026-11-24' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'Nothing was recorded: the sign-off date 2026-11-24 is in the future; use today (2026-11-23) or an earlier day.',
    );
    expect(error.details?.problems).toEqual([
      {
        field: 'date',
        value: '2026-11-24',
        message: 'cannot be in the future (today is 2026-11-23)',
      },
    ]);
    expect(snapshot(ctx)).toEqual(before);
    expect(signOff({ date: '2026-11-23' }).date).toBe('2026-11-23');
  });

  it('reports every problem at once: own validator and a future day', () => {
    const { ctx, nurse, signOff } = setUp();
    const before = snapshot(ctx);
    const error = refusal(() => signOff({ validatorId: nurse.id, date: '2027-01-01' }));
    expect(error.code).toBe('rule_violation');
    expect(error.details?.problems?.map((p) => p.field)).toEqual(['validatorId', 'date']);
    expect(error.message).toMatch(/\(and 1 more problem\)$/);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses new sign-offs for someone who has left, and unknown people or competencies', () => {
    const { ctx, nurse, signOff } = setUp();
    markLeft(ctx, nurse.id, '2026-11-01');
    const before = snapshot(ctx);
    expect(refusal(() => signOff()).details?.problems?.[0]).toMatchObject({
      field: 'staffId',
      message: 'has left the facility',
    });
    expect(refusal(() => signOff({ validatorId: 9999 }))).toMatchObject({
      code: 'not_found',
      message: 'No staff member with id 9999.',
    });
    expect(refusal(() => signOff({ competencyId: 9999 }))).toMatchObject({
      code: 'not_found',
      message: 'No competency with id 9999.',
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('rejects levels outside Benner’s scale and unknown methods at the schema, naming the field', () => {
    const { nurse, preceptor, iv } = setUp();
    const base = {
      staffId: nurse.id,
      competencyId: iv,
      validatorId: preceptor.id,
      date: '2026-09-01',
      method: 'observation',
    };
    const levelProblem = signOffInput.safeParse({ ...base, level: 6 });
    expect(levelProblem.success).toBe(false);
    expect(levelProblem.error?.issues[0]).toMatchObject({
      path: ['level'],
      message: '1 (novice) to 5 (expert)',
    });
    const methodProblem = signOffInput.safeParse({ ...base, level: 3, method: 'hearsay' });
    expect(methodProblem.error?.issues[0]).toMatchObject({
      path: ['method'],
      message: 'choose observation, demonstration, simulation or verbal',
    });
  });
});

describe('correcting a sign-off', () => {
  it('supersedes it with a new row and a reason; the old row is untouched and both stay in the history', () => {
    const { ctx, nurse, educator, iv, signOff, correct } = setUp();
    const original = signOff({ level: 4, date: '2026-10-01' });
    const originalRow = ctx.db
      .prepare('SELECT * FROM competency_sign_offs WHERE id = ?')
      .get(original.id);
    const correction = correct(original.id, {
      level: 3,
      validatorId: educator.id,
      date: '2026-10-01',
      reason: 'Recorded as proficient by mistake',
    });

    expect(correction).toMatchObject({
      supersedesId: original.id,
      correctionReason: 'Recorded as proficient by mistake',
      level: 3,
    });
    expect(
      ctx.db.prepare('SELECT * FROM competency_sign_offs WHERE id = ?').get(original.id),
    ).toEqual(originalRow);
    const history = competencyHistory(ctx.db, nurse.id, iv);
    expect(history.signOffs.map((s) => [s.id, s.level, s.supersededById, s.supersedesId])).toEqual([
      [correction.id, 3, null, original.id],
      [original.id, 4, correction.id, null],
    ]);
    expect(history.standing.current).toEqual({
      level: 3,
      date: '2026-10-01',
      signOffId: correction.id,
    });
    const event = ctx.db
      .prepare("SELECT before_json, after_json FROM audit_events WHERE action = 'correct'")
      .get() as { before_json: string; after_json: string };
    expect(JSON.parse(event.before_json)).toMatchObject({ signOffId: original.id, level: 4 });
    expect(JSON.parse(event.after_json)).toMatchObject({
      level: 3,
      supersedes: original.id,
      reason: 'Recorded as proficient by mistake',
    });
  });

  it('refuses to supersede a sign-off twice, pointing at the newer one; nothing changes', () => {
    const { ctx, signOff, correct } = setUp();
    const original = signOff();
    const first = correct(original.id);
    const before = snapshot(ctx);
    const error = refusal(() => correct(original.id, { level: 3 }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`correct that one instead`);
    expect(error.details).toMatchObject({ supersededById: first.id });
    expect(snapshot(ctx)).toEqual(before);
    // The correction itself can be corrected: the chain grows, nothing is rewritten.
    expect(correct(first.id, { level: 3 }).supersedesId).toBe(first.id);
  });

  it('refuses a correction identical to the original, a validator who is the person, and a future day', () => {
    const { ctx, nurse, signOff, correct } = setUp();
    const original = signOff({ level: 2 });
    const before = snapshot(ctx);
    expect(refusal(() => correct(original.id, { level: 2 })).details?.problems?.[0]).toMatchObject({
      field: 'level',
      message: 'nothing differs from the sign-off being corrected',
    });
    expect(
      refusal(() => correct(original.id, { validatorId: nurse.id })).details?.problems?.[0],
    ).toMatchObject({ field: 'validatorId' });
    expect(
      refusal(() => correct(original.id, { date: '2026-12-01' })).details?.problems?.[0],
    ).toMatchObject({ field: 'date' });
    expect(refusal(() => correct(9999))).toMatchObject({ code: 'not_found' });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('needs a reason (the schema says which field)', () => {
    const parsed = correctionInput.safeParse({
      signOffId: 1,
      level: 2,
      validatorId: 2,
      date: '2026-09-01',
      method: 'verbal',
      reason: '   ',
    });
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['reason'],
      message: 'say why the sign-off is being corrected',
    });
  });
});

describe('the database itself keeps sign-offs as they were', () => {
  it('refuses UPDATE and DELETE of a sign-off, and a correction of another person’s sign-off', () => {
    const { ctx, preceptor, educator, iv, signOff } = setUp();
    const s = signOff();
    expect(() =>
      ctx.db.prepare('UPDATE competency_sign_offs SET level = 5 WHERE id = ?').run(s.id),
    ).toThrow(/never edited/);
    expect(() =>
      ctx.db.prepare('UPDATE competency_sign_offs SET note = note WHERE id = ?').run(s.id),
    ).toThrow(/never edited/);
    expect(() => ctx.db.prepare('DELETE FROM competency_sign_offs WHERE id = ?').run(s.id)).toThrow(
      /never deleted/,
    );
    expect(() =>
      ctx.db
        .prepare(
          `INSERT INTO competency_sign_offs (staff_id, competency_id, level, validator_id, signed_on, method, supersedes_id, correction_reason, recorded_at, recorded_by)
           VALUES (?, ?, 3, ?, '2026-09-02', 'verbal', ?, 'x', 'now', 'me')`,
        )
        .run(preceptor.id, iv, educator.id, s.id),
    ).toThrow(/same person and competency/);
  });
});

describe('current levels', () => {
  it('is the latest sign-off by day that no correction has superseded', () => {
    const { ctx, nurse, competencyId, signOff, correct } = setUp();
    signOff({ level: 1, date: '2026-09-01' });
    const october = signOff({ level: 2, date: '2026-10-01' });
    const november = signOff({ level: 4, date: '2026-11-02' });
    expect(currentLevels(ctx.db, [nurse.id]).get(nurse.id)).toEqual({ 'IV insertion': 4 });
    // November's "proficient" was a slip: the correction says competent.
    correct(november.id, { level: 3, date: '2026-11-02' });
    expect(currentLevels(ctx.db, [nurse.id]).get(nurse.id)).toEqual({ 'IV insertion': 3 });
    // Correcting an older sign-off does not override a later one.
    correct(october.id, { level: 3, date: '2026-10-01' });
    expect(currentLevels(ctx.db, [nurse.id]).get(nurse.id)).toEqual({ 'IV insertion': 3 });
    signOff({ competencyId: competencyId('Wound care'), level: 2, date: '2026-11-10' });
    expect(currentLevels(ctx.db, [nurse.id]).get(nurse.id)).toEqual({
      'IV insertion': 3,
      'Wound care': 2,
    });
  });

  it('answers for every id asked about, with nothing for people never signed off', () => {
    const { ctx, nurse, preceptor, signOff } = setUp();
    signOff({ level: 2 });
    const levels = currentLevels(ctx.db, [nurse.id, preceptor.id, 4242]);
    expect([...levels.keys()]).toEqual([nurse.id, preceptor.id, 4242]);
    expect(levels.get(preceptor.id)).toEqual({});
    expect(currentLevels(ctx.db, []).size).toBe(0);
  });
});
