import { describe, expect, it } from 'vitest';
import { formInput, responseInput, type FormInput } from '../../../shared/domain/evaluations';
import { TandemError } from '../../../shared/result';
import { getForm, getFormVersion, listForms } from '../../../electron/core/evaluations/form-rows';
import { createForm, updateForm } from '../../../electron/core/evaluations/forms';
import { getResponse, submitResponse } from '../../../electron/core/evaluations/responses';
import { counts, must, setToday, setUpEvaluations, type Setup } from './setup';

const checkIn = (fields: Partial<FormInput> = {}): FormInput => ({
  name: 'Monthly check-in',
  audience: 'mentee',
  purpose: 'pulse',
  anonymity: 'named',
  introduction: 'A few words on your month.',
  sections: [
    {
      title: 'This month',
      questions: [
        {
          key: 'going_well',
          text: 'Things are going well.',
          kind: 'likert5',
          required: true,
          scored: true,
        },
        { key: 'notes', text: 'Anything to add?', kind: 'text' },
      ],
    },
  ],
  ...fields,
});

const create = (s: Setup, fields: Partial<FormInput> = {}) =>
  createForm(s.ctx, formInput.parse(checkIn(fields)));
const update = (s: Setup, formId: number, fields: Partial<FormInput> = {}) =>
  updateForm(s.ctx, formId, formInput.parse(checkIn(fields)));

function answer(s: Setup, versionId: number, value = 4) {
  setToday(s.clock, '2026-10-05');
  return submitResponse(
    s.ctx,
    responseInput.parse({
      formVersionId: versionId,
      pairingId: s.pairing.id,
      period: '2026-Q3',
      respondentStaffId: s.mentee.id,
      answers: [{ key: 'going_well', value }],
      source: 'respondent',
    }),
  );
}

function refusal(run: () => unknown): TandemError {
  try {
    run();
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const fields = (e: TandemError) => e.details?.problems?.map((p) => p.field);

describe('form versions', () => {
  it('lists the five starter forms, each at version 1 and unanswered', () => {
    const s = setUpEvaluations();
    const forms = listForms(s.ctx.db);
    expect(forms).toHaveLength(5);
    for (const f of forms)
      expect(f).toMatchObject({
        origin: 'starter',
        latestVersion: 1,
        versionCount: 1,
        responseCount: 0,
      });
  });

  it('edits an unanswered version in place, with the change in the audit trail', () => {
    const s = setUpEvaluations();
    const created = create(s);
    expect(created).toMatchObject({ origin: 'facility', latestVersion: 1, versionCount: 1 });
    const v1 = must(created.versions[0]);
    expect(v1).toMatchObject({ frozen: false, createdBy: s.ctx.actor.name });

    const result = update(s, created.id, { name: 'Monthly check-in (short)' });
    expect(result.newVersion).toBe(false);
    expect(result.version).toMatchObject({
      id: v1.id,
      version: 1,
      name: 'Monthly check-in (short)',
    });
    expect(result.form.versionCount).toBe(1);
    const event = s.ctx.db
      .prepare(
        "SELECT action, before_json, after_json FROM audit_events WHERE entity = 'form' ORDER BY id DESC",
      )
      .get() as { action: string; before_json: string; after_json: string };
    expect(event.action).toBe('update');
    expect(JSON.parse(event.before_json)).toMatchObject({ name: 'Monthly check-in', version: 1 });
    expect(JSON.parse(event.after_json)).toMatchObject({ name: 'Monthly check-in (short)' });
  });

  it('makes version 2 once version 1 has a response, and version 1 still reads as it was answered', () => {
    const s = setUpEvaluations();
    const form = create(s);
    const v1 = must(form.versions[0]);
    const response = answer(s, v1.id);
    expect(getFormVersion(s.ctx.db, v1.id)).toMatchObject({ frozen: true, responseCount: 1 });

    const reworded = checkIn().sections.map((sec) => ({
      ...sec,
      questions: sec.questions.map((q) =>
        q.key === 'going_well' ? { ...q, text: 'This month went well for me.' } : q,
      ),
    }));
    const result = update(s, form.id, { sections: reworded });
    expect(result.newVersion).toBe(true);
    expect(result.version).toMatchObject({ version: 2, frozen: false, responseCount: 0 });
    expect(result.version.id).not.toBe(v1.id);
    expect(getForm(s.ctx.db, form.id).versions.map((v) => v.version)).toEqual([2, 1]);
    expect(getForm(s.ctx.db, form.id)).toMatchObject({
      latestVersionId: result.version.id,
      responseCount: 1,
    });

    // Version 1 and the response given on it are unchanged.
    const old = getFormVersion(s.ctx.db, v1.id);
    expect(old.sections[0]?.questions[0]?.text).toBe('Things are going well.');
    expect(getResponse(s.ctx.db, response.id)).toMatchObject({
      formVersion: 1,
      answers: [
        { key: 'going_well', question: 'Things are going well.', value: 4 },
        { key: 'notes', value: null },
      ],
    });
    const event = s.ctx.db
      .prepare("SELECT action FROM audit_events WHERE entity = 'form' ORDER BY id DESC")
      .get() as { action: string };
    expect(event.action).toBe('new_version');

    // Version 2 has no response yet: the next edit changes it in place.
    const again = update(s, form.id, { sections: reworded, introduction: 'Two minutes.' });
    expect(again).toMatchObject({
      newVersion: false,
      version: { id: result.version.id, version: 2 },
    });
  });

  it('refuses a direct UPDATE of an answered version in the database, and any DELETE', () => {
    const s = setUpEvaluations();
    const v1 = must(create(s).versions[0]);
    answer(s, v1.id);
    expect(() =>
      s.ctx.db.prepare("UPDATE form_versions SET name = 'Sneaky' WHERE id = ?").run(v1.id),
    ).toThrow(/frozen/);
    expect(() => s.ctx.db.prepare('DELETE FROM form_versions WHERE id = ?').run(v1.id)).toThrow(
      /never deleted/,
    );
    expect(getFormVersion(s.ctx.db, v1.id).name).toBe('Monthly check-in');
  });

  it('records nothing when an edit changes nothing', () => {
    const s = setUpEvaluations();
    const form = create(s);
    const before = counts(s.ctx);
    const result = update(s, form.id);
    expect(result.newVersion).toBe(false);
    expect(counts(s.ctx)).toEqual(before);
  });

  it('refuses to change the audience of an answered form', () => {
    const s = setUpEvaluations();
    const form = create(s);
    answer(s, must(form.versions[0]).id);
    const before = counts(s.ctx);
    const error = refusal(() => update(s, form.id, { audience: 'mentor' }));
    expect(fields(error)).toEqual(['form.audience']);
    expect(counts(s.ctx)).toEqual(before);
  });
});

describe('form rules', () => {
  it('refuses a form whose questions break the rules, naming each question, and saves nothing', () => {
    const s = setUpEvaluations();
    const before = counts(s.ctx);
    const error = refusal(() =>
      create(s, {
        sections: [
          {
            title: 'Rules',
            questions: [
              { key: 'mood', text: 'Mood', kind: 'likert5', scored: true },
              { key: 'mood', text: 'Mood again', kind: 'scale10' },
              { key: 'shift', text: 'Your shift', kind: 'single_choice', options: ['Days'] },
              { key: 'units', text: 'Units', kind: 'multiple_choice', options: ['A', 'B', 'a'] },
              { key: 'why', text: 'Why?', kind: 'text', options: ['Because'], scored: true },
              {
                key: 'ok',
                text: 'All right?',
                kind: 'yes_no',
                labels: ['1', '2', '3', '4', '5'],
              },
            ],
          },
        ],
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(fields(error)).toEqual([
      'sections.0.questions.1.key',
      'sections.0.questions.2.options',
      'sections.0.questions.3.options',
      'sections.0.questions.4.options',
      'sections.0.questions.4.scored',
      'sections.0.questions.5.labels',
    ]);
    expect(counts(s.ctx)).toEqual(before);
  });

  it('accepts Likert labels and keeps them on the version', () => {
    const s = setUpEvaluations();
    const labels = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
    const form = create(s, {
      sections: [
        {
          title: 'Often?',
          questions: [{ key: 'often', text: 'How often?', kind: 'likert5', labels, scored: true }],
        },
      ],
    });
    expect(form.versions[0]?.sections[0]?.questions[0]).toMatchObject({ labels, scored: true });
  });

  it('refuses a name another form already has', () => {
    const s = setUpEvaluations();
    const error = refusal(() => create(s, { name: 'exit SURVEY' }));
    expect(fields(error)).toEqual(['name']);
    const form = create(s);
    expect(fields(refusal(() => update(s, form.id, { name: '30-day pulse' })))).toEqual([
      'form.name',
    ]);
  });
});
