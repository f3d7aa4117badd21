import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  ANONYMITY_LABELS,
  ANONYMITY_MODES,
  ANONYMITY_STATEMENTS,
  FORM_AUDIENCE_LABELS,
  FORM_AUDIENCES,
  FORM_PURPOSE_LABELS,
  FORM_PURPOSES,
  type AnonymityMode,
  type FormAudience,
  type FormInput,
  type FormPurpose,
  type FormUpdateResult,
} from '../../../../shared/domain/evaluations';
import type { Result } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField, sentence } from '../../components/Field';
import { unplacedError, useAction } from '../goals/useAction';
import { formInputOf, moved, newSection, withKeys, type FormDraft } from './formDraft';
import { says } from './pathErrors';
import { SectionEditor } from './SectionEditor';

/** A new form is its version 1; an edit changes the latest version or, once frozen, adds one. */
async function saveForm(
  formId: number | undefined,
  input: FormInput,
): Promise<Result<FormUpdateResult>> {
  if (formId !== undefined) return api.call('evaluations.updateForm', { formId, form: input });
  const created = await api.call('evaluations.createForm', input);
  if (!created.ok) return created;
  const version = created.value.versions[0];
  if (!version) {
    return {
      ok: false,
      error: { code: 'internal', message: 'The new form came back without its first version.' },
    };
  }
  return { ok: true, value: { form: created.value, version, newVersion: false } };
}

interface FormEditorProps {
  start: FormDraft;
  /** Editing this form; a new form when left out. */
  formId?: number;
  onSaved: (saved: FormUpdateResult) => void;
  onCancel: () => void;
}

/** A form's name, audience, purpose and anonymity, then its sections of questions. */
export function FormEditor({ start, formId, onSaved, onCancel }: FormEditorProps) {
  const [draft, setDraft] = useState<FormDraft>(start);
  const action = useAction();
  const errors = action.errors;
  const update = (patch: Partial<FormDraft>) => setDraft((d) => withKeys({ ...d, ...patch }));
  // Positions shift when sections or questions move: old messages would land on the wrong one.
  const reshaped = () => action.setError(null);

  const formRef = useRef<HTMLFormElement>(null);
  // A refused save on a long form: take the educator to the first thing to fix.
  useEffect(() => {
    if (action.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [action.error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await action.run(() => saveForm(formId, formInputOf(draft)));
    if (saved) onSaved(saved);
  };

  let number = 1;
  const shown = ['name', 'audience', 'purpose', 'anonymity', 'introduction'];
  const sectionPaths = Object.keys(errors).filter((p) => p.startsWith('sections.'));
  const banner = unplacedError(action.error, [...shown, ...sectionPaths]);

  return (
    <form ref={formRef} className="form form-editor" noValidate onSubmit={(e) => void submit(e)}>
      <fieldset className="form-section">
        <legend>About the form</legend>
        <div className="form-grid">
          <TextField
            label="Name"
            required
            className="field-wide"
            value={draft.name}
            onChange={(e) => update({ name: e.target.value })}
            error={says('This name', errors.name)}
            hint="Printed at the top of the form and in packets."
          />
          <SelectField
            label="Answered by"
            value={draft.audience}
            onChange={(e) => update({ audience: e.target.value as FormAudience })}
            error={errors.audience}
            options={FORM_AUDIENCES.map((a) => ({ value: a, label: FORM_AUDIENCE_LABELS[a] }))}
          />
          <SelectField
            label="Purpose"
            value={draft.purpose}
            onChange={(e) => update({ purpose: e.target.value as FormPurpose })}
            error={errors.purpose}
            options={FORM_PURPOSES.map((p) => ({ value: p, label: FORM_PURPOSE_LABELS[p] }))}
          />
          <fieldset className="radio-group field-wide">
            <legend>Anonymity</legend>
            {ANONYMITY_MODES.map((mode) => (
              <label key={mode} className="radio-option">
                <input
                  type="radio"
                  name="anonymity"
                  value={mode}
                  checked={draft.anonymity === mode}
                  onChange={() => update({ anonymity: mode as AnonymityMode })}
                />
                <span>
                  <strong>{ANONYMITY_LABELS[mode]}</strong>
                  <span className="radio-hint muted small">
                    Respondents are told: “{ANONYMITY_STATEMENTS[mode]}”
                  </span>
                </span>
              </label>
            ))}
            {errors.anonymity && <p className="field-error">{sentence(errors.anonymity ?? '')}</p>}
          </fieldset>
          <TextAreaField
            label="Introduction"
            className="field-wide"
            rows={3}
            value={draft.introduction}
            onChange={(e) => update({ introduction: e.target.value })}
            error={errors.introduction}
            hint="Optional: a few words to respondents above the first question."
          />
        </div>
      </fieldset>
      {errors.sections && <p className="field-error">{sentence(errors.sections ?? '')}</p>}
      {draft.sections.map((section, i) => {
        const firstNumber = number;
        number += section.questions.length;
        return (
          <SectionEditor
            key={section.uid}
            section={section}
            index={i}
            firstNumber={firstNumber}
            errors={errors}
            onChange={(next) =>
              update({ sections: draft.sections.map((s) => (s.uid === section.uid ? next : s)) })
            }
            onReshaped={reshaped}
            onMove={(by) => {
              reshaped();
              update({ sections: moved(draft.sections, i, by) });
            }}
            onRemove={() => {
              reshaped();
              update({ sections: draft.sections.filter((s) => s.uid !== section.uid) });
            }}
            first={i === 0}
            last={i === draft.sections.length - 1}
            alone={draft.sections.length === 1}
          />
        );
      })}
      <div>
        <button
          type="button"
          className="button"
          onClick={() => update({ sections: [...draft.sections, newSection()] })}
        >
          Add section
        </button>
      </div>
      <ErrorBanner error={banner} />
      {action.error && !banner && (
        <p className="field-error" role="alert">
          The form was not saved: see the messages next to the fields above.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.busy}>
          {action.busy ? 'Saving…' : formId === undefined ? 'Create form' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={action.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
