import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { cohortInput } from '../../../../shared/domain/programs';
import { ISO_DAY } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CheckboxField, TextField } from '../../components/Field';
import { todayIso } from '../../lib/format';
import { fieldErrorsFrom, type FieldErrors } from '../../lib/problems';

/** Code, name, start and end (or rolling): a cohort is one run of the program. */
export function NewCohortForm({
  programId,
  onCancel,
}: {
  programId: number;
  onCancel: () => void;
}) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ code: '', name: '', startDate: todayIso(), endDate: '' });
  const [rolling, setRolling] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: e.target.value }));
    setErrors((x) => ({ ...x, [key]: undefined }));
  };
  const focusFirstError = () =>
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async () => {
    setServerError(null);
    // Dates are checked for shape first: the shared day schema cannot take a malformed string.
    const dateErrors: FieldErrors = {};
    if (!ISO_DAY.test(values.startDate)) dateErrors.startDate = 'choose a start date';
    if (!rolling && !ISO_DAY.test(values.endDate)) {
      dateErrors.endDate = 'choose an end date, or tick “Rolling enrolment”';
    }
    const candidate = { programId, ...values, endDate: rolling ? null : values.endDate };
    const parsed = Object.keys(dateErrors).length === 0 ? cohortInput.safeParse(candidate) : null;
    if (!parsed?.success) {
      const next: FieldErrors = { ...dateErrors };
      for (const issue of parsed?.error.issues ?? [])
        next[String(issue.path[0] ?? '')] ??= issue.message;
      setErrors(next);
      focusFirstError();
      return;
    }
    setSaving(true);
    const result = await api.call('cohorts.create', parsed.data);
    setSaving(false);
    if (result.ok) {
      void navigate(`/cohorts/${result.value.id}`);
      return;
    }
    const fieldErrors = fieldErrorsFrom(result.error);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) setServerError(result.error);
    focusFirstError();
  };

  return (
    <form
      ref={formRef}
      className="form inline-panel"
      aria-label="New cohort"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="subheading">New cohort</h3>
      <ErrorBanner error={serverError} />
      <div className="form-grid">
        <TextField
          label="Code"
          required
          value={values.code}
          onChange={set('code')}
          error={errors.code}
          hint="Short and unique, e.g. PHL-2027-Q1."
          autoComplete="off"
        />
        <TextField
          label="Cohort name"
          required
          value={values.name}
          onChange={set('name')}
          error={errors.name}
        />
        <TextField
          label="Start date"
          required
          type="date"
          value={values.startDate}
          onChange={set('startDate')}
          error={errors.startDate}
        />
        <div className="stack-small">
          <TextField
            label="End date"
            type="date"
            value={rolling ? '' : values.endDate}
            disabled={rolling}
            onChange={set('endDate')}
            error={errors.endDate}
          />
          <CheckboxField
            label="Rolling enrolment (no end date)"
            checked={rolling}
            onChange={(e) => {
              setRolling(e.target.checked);
              setErrors((x) => ({ ...x, endDate: undefined }));
            }}
          />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Creating…' : 'Create cohort'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
