import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Competency } from '../../../../shared/domain/competencies';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { sentence, TextAreaField, TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

interface CompetencyFormProps {
  /** Null adds a new entry. */
  editing: Competency | null;
  categories: string[];
  onDone: (c: Competency) => void;
  onCancel: () => void;
}

/** Adds or edits one catalogue entry: name, category, the disciplines it applies to, a description. */
export function CompetencyForm({ editing, categories, onDone, onCancel }: CompetencyFormProps) {
  const ids = { heading: useId(), list: useId(), disciplines: useId() };
  const [name, setName] = useState(editing?.name ?? '');
  const [category, setCategory] = useState(editing?.category ?? '');
  const [disciplines, setDisciplines] = useState<Role[]>(editing?.disciplines ?? []);
  const [description, setDescription] = useState(editing?.description ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error, 'competency.');

  const toggle = (role: Role) =>
    setDisciplines((d) => (d.includes(role) ? d.filter((r) => r !== role) : [...d, role]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const competency = { name, category, disciplines, description };
    const result = editing
      ? await api.call('competencies.update', { id: editing.id, competency })
      : await api.call('competencies.create', competency);
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };

  const placed = ['name', 'category', 'disciplines', 'description'];
  const unplaced = error && !Object.keys(errors).some((f) => placed.includes(f));
  return (
    <form
      className="card catalogue-form"
      aria-labelledby={ids.heading}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={ids.heading}>{editing ? `Edit ${editing.name}` : 'Add a competency'}</h2>
      <div className="sign-off-grid">
        <TextField
          label="Name"
          required
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          hint="Unique in the catalogue, e.g. “Central line care”."
        />
        <TextField
          label="Category"
          required
          list={ids.list}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          error={errors.category}
          hint="Choose an existing category or type a new one."
        />
        <datalist id={ids.list}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <fieldset
          className={`radio-group field-wide${errors.disciplines ? ' field-invalid' : ''}`}
          aria-describedby={errors.disciplines ? ids.disciplines : undefined}
        >
          <legend>
            Disciplines <span className="required">(required)</span>
          </legend>
          <div className="discipline-options">
            {ROLES.map((role) => (
              <label key={role} className="radio-option">
                <input
                  type="checkbox"
                  checked={disciplines.includes(role)}
                  onChange={() => toggle(role)}
                />
                <span>{ROLE_LABELS[role]}</span>
              </label>
            ))}
          </div>
          {errors.disciplines && (
            <p className="field-error" id={ids.disciplines}>
              {sentence(errors.disciplines)}
            </p>
          )}
        </fieldset>
        <TextAreaField
          label="Description"
          className="field-wide"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
          hint="Optional: what a sign-off covers."
        />
      </div>
      <ErrorBanner error={unplaced ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save changes' : 'Add competency'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
