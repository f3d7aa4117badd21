import { describe, expect, it } from 'vitest';
import { formInput, responseInput } from '../../../shared/domain/evaluations';
import { TandemError } from '../../../shared/result';
import { STARTER_FORM_IDS } from '../../../electron/core/db/migrations/007-evaluations';
import { dueEvaluations } from '../../../electron/core/evaluations/due';
import { createForm } from '../../../electron/core/evaluations/forms';
import { getPlan, setPlan } from '../../../electron/core/evaluations/plan';
import { submitResponse } from '../../../electron/core/evaluations/responses';
import { counts, endPairing, must, setToday, setUpEvaluations } from './setup';

const planEvents = (s: ReturnType<typeof setUpEvaluations>) =>
  s.ctx.db
    .prepare(
      "SELECT at, before_json, after_json FROM audit_events WHERE action = 'set_evaluation_plan' ORDER BY id",
    )
    .all() as { at: string; before_json: string; after_json: string }[];

describe("a program's evaluation plan", () => {
  it('starts a new quarterly program with the quarterly pair, the pulse and the exit survey', () => {
    const s = setUpEvaluations();
    expect(getPlan(s.ctx.db, s.program.id)).toEqual([
      {
        formId: STARTER_FORM_IDS.menteeQuarterly,
        formName: 'Quarterly mentee evaluation of the mentorship',
        audience: 'mentee',
        purpose: 'quarterly',
        rule: 'quarterly',
      },
      {
        formId: STARTER_FORM_IDS.mentorQuarterly,
        formName: "Quarterly mentor evaluation of the mentee's progress",
        audience: 'mentor',
        purpose: 'quarterly',
        rule: 'quarterly',
      },
      expect.objectContaining({ formName: '30-day pulse', rule: 'pulse' }),
      expect.objectContaining({ formName: 'Exit survey', rule: 'end' }),
    ]);
    // Recorded in the same write as the program itself.
    const created = s.ctx.db
      .prepare("SELECT at FROM audit_events WHERE entity = 'program' AND action = 'create'")
      .get() as { at: string };
    expect(planEvents(s).map((e) => e.at)).toEqual([created.at]);
  });

  it('starts other schedules with the pulse and the exit survey only', () => {
    const s = setUpEvaluations({ schedule: 'end_only' });
    expect(getPlan(s.ctx.db, s.program.id).map((i) => [i.formName, i.rule])).toEqual([
      ['30-day pulse', 'pulse'],
      ['Exit survey', 'end'],
    ]);
  });

  it('is replaced as a whole, with before and after in the audit trail', () => {
    const s = setUpEvaluations();
    const after = setPlan(s.ctx, s.program.id, [
      { formId: STARTER_FORM_IDS.menteeQuarterly, rule: 'quarterly' },
      { formId: STARTER_FORM_IDS.program, rule: 'end' },
    ]);
    expect(after.map((i) => [i.formName, i.rule])).toEqual([
      ['Quarterly mentee evaluation of the mentorship', 'quarterly'],
      ['Program evaluation', 'end'],
    ]);
    const event = must(planEvents(s).at(-1));
    expect((JSON.parse(event.before_json) as unknown[]).length).toBe(4);
    expect(JSON.parse(event.after_json)).toEqual([
      {
        formId: STARTER_FORM_IDS.menteeQuarterly,
        form: 'Quarterly mentee evaluation of the mentorship',
        rule: 'quarterly',
      },
      { formId: STARTER_FORM_IDS.program, form: 'Program evaluation', rule: 'end' },
    ]);
    // The same plan again changes nothing and records nothing.
    const before = counts(s.ctx);
    setPlan(s.ctx, s.program.id, [
      { formId: STARTER_FORM_IDS.program, rule: 'end' },
      { formId: STARTER_FORM_IDS.menteeQuarterly, rule: 'quarterly' },
    ]);
    expect(counts(s.ctx)).toEqual(before);
  });

  it('refuses an unknown form or an item listed twice, naming the item, and keeps the plan', () => {
    const s = setUpEvaluations();
    const before = getPlan(s.ctx.db, s.program.id);
    const audit = counts(s.ctx).audit;
    let error: unknown;
    try {
      setPlan(s.ctx, s.program.id, [
        { formId: 999, rule: 'end' },
        { formId: STARTER_FORM_IDS.pulse, rule: 'pulse' },
        { formId: STARTER_FORM_IDS.pulse, rule: 'pulse' },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TandemError);
    expect((error as TandemError).details?.problems?.map((p) => p.field)).toEqual([
      'items.0.formId',
      'items.2',
    ]);
    expect(getPlan(s.ctx.db, s.program.id)).toEqual(before);
    expect(counts(s.ctx).audit).toBe(audit);
    expect(() => getPlan(s.ctx.db, 999)).toThrow(/No program with id 999/);
  });

  it("asks an educator's form of nobody in the pairing, and takes its answers without a respondent", () => {
    const s = setUpEvaluations({ startDay: '2026-09-10' });
    const form = createForm(
      s.ctx,
      formInput.parse({
        name: 'Educator review',
        audience: 'educator',
        purpose: 'exit',
        anonymity: 'named',
        sections: [
          {
            title: 'Review',
            questions: [
              { key: 'ready', text: 'Ready to practise alone?', kind: 'yes_no', required: true },
            ],
          },
        ],
      }),
    );
    setPlan(s.ctx, s.program.id, [{ formId: form.id, rule: 'end' }]);
    setToday(s.clock, '2026-11-23');
    endPairing(s, '2026-11-20');
    expect(dueEvaluations(s.ctx.db, '2026-11-23')).toEqual([
      expect.objectContaining({
        formName: 'Educator review',
        period: 'end',
        respondent: null,
        state: 'due',
      }),
    ]);
    const r = submitResponse(
      s.ctx,
      responseInput.parse({
        formVersionId: form.latestVersionId,
        pairingId: s.pairing.id,
        period: 'end',
        respondentStaffId: null,
        answers: [{ key: 'ready', value: 1 }],
        source: 'respondent',
      }),
    );
    expect(r.respondent).toBeNull();
    expect(dueEvaluations(s.ctx.db, '2026-11-23', { states: ['done'] })).toHaveLength(1);
  });
});
