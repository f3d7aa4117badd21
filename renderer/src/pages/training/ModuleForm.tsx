import { useId, useState } from 'react';
import {
  TRAINING_AUDIENCE_LABELS,
  TRAINING_AUDIENCES,
  type TrainingAudience,
  type TrainingModule,
} from '../../../../shared/domain/training';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import {
  CheckboxField,
  SelectField,
  TextAreaField,
  TextField,
  sentence,
} from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

interface ModuleFormProps {
  /** Null adds a new module. */
  module: TrainingModule | null;
  onSaved: (module: TrainingModule) => void;
  onCancel: () => void;
}

const WHO: Record<TrainingAudience, string> = {
  mentor: 'mentor',
  mentee: 'mentee',
  both: 'mentor and mentee',
};

/** Add or edit one module of the catalogue; errors next to their fields, what was typed kept. */
export function ModuleForm({ module, onSaved, onCancel }: ModuleFormProps) {
  const headingId = useId();
  const requiredName = useId();
  const [name, setName] = useState(module?.name ?? '');
  const [audience, setAudience] = useState<TrainingAudience>(module?.audience ?? 'mentor');
  const [required, setRequired] = useState(module?.required ?? false);
  const [expires, setExpires] = useState(module ? module.validMonths !== null : true);
  const [months, setMonths] = useState(String(module?.validMonths ?? 24));
  const [description, setDescription] = useState(module?.description ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [monthsError, setMonthsError] = useState<string | null>(null);
  const prefix = module ? 'module.' : '';
  const errors = fieldErrorsFrom(error, prefix);

  const save = async () => {
    const monthsValid = !expires || /^\d+$/.test(months.trim());
    setMonthsError(monthsValid ? null : 'a whole number of months');
    if (!monthsValid) return;
    const input = {
      name,
      audience,
      required,
      validMonths: expires ? Number(months) : null,
      description,
    };
    setBusy(true);
    setError(null);
    const result = module
      ? await api.call('training.updateModule', { id: module.id, module: input })
      : await api.call('training.createModule', input);
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };
  const anyFieldError = Object.values(errors).some(Boolean);

  return (
    <form
      noValidate
      className="form inline-panel"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={headingId}>{module ? `Edit “${module.name}”` : 'Add a training module'}</h2>
      {module && module.requiredByPrograms.length > 0 && (
        <p className="muted small">
          Required by {module.requiredByPrograms.join(', ')}: the programs name it, so its name
          cannot change while they do.
        </p>
      )}
      <div className="form-grid">
        <TextField
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          maxLength={120}
        />
        <SelectField
          label="For"
          value={audience}
          onChange={(e) => setAudience(e.target.value as TrainingAudience)}
          error={errors.audience}
          options={TRAINING_AUDIENCES.map((a) => ({
            value: a,
            label: TRAINING_AUDIENCE_LABELS[a],
          }))}
        />
        <fieldset className="radio-group">
          <legend>Required or optional</legend>
          <label className="radio-option">
            <input
              type="radio"
              name={requiredName}
              checked={!required}
              onChange={() => setRequired(false)}
            />
            <span>
              Optional
              <span className="muted small radio-hint">Due only where a program requires it.</span>
            </span>
          </label>
          <label className="radio-option">
            <input
              type="radio"
              name={requiredName}
              checked={required}
              onChange={() => setRequired(true)}
            />
            <span>
              Required
              <span className="muted small radio-hint">
                Of every {WHO[audience]} enrolled in any cohort.
              </span>
            </span>
          </label>
        </fieldset>
        <div className="stack-small">
          <CheckboxField
            label="Completions expire"
            checked={expires}
            onChange={(e) => setExpires(e.target.checked)}
          />
          {expires && (
            <TextField
              label="Valid for (months)"
              inputMode="numeric"
              value={months}
              onChange={(e) => setMonths(e.target.value)}
              error={monthsError ?? errors.validMonths}
              hint="From the day of completion; renewal is due after that."
            />
          )}
        </div>
        <TextAreaField
          label="Description"
          className="field-wide"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
        />
      </div>
      {error && !anyFieldError && <ErrorBanner error={error} />}
      {error && anyFieldError && (
        <p className="field-error">
          {sentence('nothing was saved; correct the fields marked above')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : module ? 'Save changes' : 'Add module'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
