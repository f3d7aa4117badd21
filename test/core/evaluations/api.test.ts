import { describe, expect, it } from 'vitest';
import type { EvaluationResponse, FormDetail } from '../../../shared/domain/evaluations';
import type { Result } from '../../../shared/result';
import { STARTER_FORM_IDS } from '../../../electron/core/db/migrations/007-evaluations';
import { handlers } from '../../../electron/core/api/handlers';
import { createRouter } from '../../../electron/core/api/router';
import { testContext } from '../../helpers/db';
import { counts, menteeQuarterlyAnswers, routerFor, setToday, setUpEvaluations } from './setup';

const fieldsOf = (r: Result<unknown>) =>
  r.ok ? [] : r.error.details?.problems?.map((p) => p.field);

function valueOf<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

describe('the evaluations API', () => {
  it('enters a response, lists it, corrects it, and shows the due list change', async () => {
    const s = setUpEvaluations({ startDay: '2026-08-10' });
    setToday(s.clock, '2026-10-05');
    const call = routerFor(s.ctx);
    const input = {
      formVersionId: s.forms.menteeQuarterly,
      pairingId: s.pairing.id,
      period: '2026-Q3',
      respondentStaffId: s.mentee.id,
      answers: menteeQuarterlyAnswers(),
      source: 'paper',
      paperDate: '2026-09-30',
    };
    const dueBefore = valueOf<{ formId: number; period: string }[]>(
      await call('evaluations.due', { pairingId: s.pairing.id }),
    );
    expect(dueBefore.map((d) => [d.formId, d.period])).toContainEqual([
      STARTER_FORM_IDS.menteeQuarterly,
      '2026-Q3',
    ]);

    const created = valueOf<EvaluationResponse>(await call('evaluations.submit', input));
    expect(created).toMatchObject({ source: 'paper', answeredOn: '2026-09-30', period: '2026-Q3' });
    const dueAfter = valueOf<{ formId: number; period: string }[]>(
      await call('evaluations.due', { pairingId: s.pairing.id }),
    );
    expect(dueAfter.map((d) => [d.formId, d.period])).not.toContainEqual([
      STARTER_FORM_IDS.menteeQuarterly,
      '2026-Q3',
    ]);

    const fixed = valueOf<EvaluationResponse>(
      await call('evaluations.correct', {
        responseId: created.id,
        reason: 'Misread a circled 3 as an 8',
        answers: menteeQuarterlyAnswers({ overall: 3 }),
        source: 'paper',
        paperDate: '2026-09-30',
      }),
    );
    expect(fixed.supersedesId).toBe(created.id);
    const history = valueOf<EvaluationResponse[]>(
      await call('evaluations.forPairing', { pairingId: s.pairing.id }),
    );
    expect(history.map((r) => r.id)).toEqual([fixed.id, created.id]);
    expect(
      valueOf<EvaluationResponse>(await call('evaluations.response', { responseId: created.id }))
        .supersededById,
    ).toBe(fixed.id);
  });

  it('refuses bad input at the schema and in the service, naming the field, writing nothing', async () => {
    const s = setUpEvaluations({ startDay: '2026-08-10' });
    setToday(s.clock, '2026-10-05');
    const call = routerFor(s.ctx);
    const before = counts(s.ctx);
    const base = {
      formVersionId: s.forms.menteeQuarterly,
      pairingId: s.pairing.id,
      period: '2026-Q3',
      respondentStaffId: s.mentee.id,
      answers: menteeQuarterlyAnswers(),
      source: 'respondent',
    };
    const malformed = await call('evaluations.submit', { ...base, period: 'Q3 2026' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fieldsOf(malformed)).toEqual(['period']);
    const badDate = await call('evaluations.submit', {
      ...base,
      source: 'paper',
      paperDate: '30/09/2026',
    });
    expect(fieldsOf(badDate)).toEqual(['paperDate']);
    const outOfRange = await call('evaluations.submit', {
      ...base,
      answers: menteeQuarterlyAnswers({ support_1: 7 }),
    });
    expect(outOfRange).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fieldsOf(outOfRange)).toEqual(['answers.support_1']);
    const future = await call('evaluations.submit', {
      ...base,
      source: 'paper',
      paperDate: '2026-12-01',
    });
    expect(fieldsOf(future)).toEqual(['paperDate']);
    expect(counts(s.ctx)).toEqual(before);
  });

  it('reads and edits forms and plans', async () => {
    const s = setUpEvaluations();
    const call = routerFor(s.ctx);
    const forms = valueOf<{ name: string }[]>(await call('evaluations.forms', {}));
    expect(forms.map((f) => f.name)).toContain('Program evaluation');
    const form = valueOf<FormDetail>(
      await call('evaluations.form', { formId: STARTER_FORM_IDS.pulse }),
    );
    expect(form).toMatchObject({ name: '30-day pulse', versions: [{ version: 1 }] });
    expect(
      valueOf<{ name: string }>(
        await call('evaluations.formVersion', { versionId: form.latestVersionId }),
      ).name,
    ).toBe('30-day pulse');

    const fields = {
      name: 'Huddle feedback',
      audience: 'mentor',
      purpose: 'pulse',
      anonymity: 'named',
      sections: [
        {
          title: 'Huddle',
          questions: [
            { key: 'clear', text: 'The huddle was clear.', kind: 'likert5', scored: true },
            { key: 'time', text: 'It kept to time.', kind: 'yes_no' },
          ],
        },
      ],
    };
    const badKey = await call('evaluations.createForm', {
      ...fields,
      sections: [{ title: 'Huddle', questions: [{ key: 'Not A Key', text: 'Q', kind: 'text' }] }],
    });
    expect(fieldsOf(badKey)).toEqual(['sections.0.questions.0.key']);
    const created = valueOf<FormDetail>(await call('evaluations.createForm', fields));
    const duplicate = await call('evaluations.updateForm', {
      formId: created.id,
      form: {
        ...fields,
        sections: [
          {
            title: 'Huddle',
            questions: [
              { key: 'clear', text: 'Clear?', kind: 'likert5' },
              { key: 'clear', text: 'Clear again?', kind: 'likert5' },
            ],
          },
        ],
      },
    });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fieldsOf(duplicate)).toEqual(['form.sections.0.questions.1.key']);

    const plan = await call('evaluations.setPlan', {
      programId: s.program.id,
      items: [{ formId: created.id, rule: 'pulse' }],
    });
    expect(valueOf<{ formName: string }[]>(plan).map((i) => i.formName)).toEqual([
      'Huddle feedback',
    ]);
    expect(
      valueOf<unknown[]>(await call('evaluations.plan', { programId: s.program.id })),
    ).toHaveLength(1);
    const missing = await call('evaluations.plan', { programId: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('says no facility is open when none is', async () => {
    const call = createRouter(handlers, testContext());
    expect(await call('evaluations.forms', {})).toMatchObject({
      ok: false,
      error: { code: 'no_database' },
    });
  });
});
