import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { addDays } from '../../../../shared/dates';
import { cohortInput } from '../../../../shared/domain/programs';
import { ISO_DAY } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CheckboxField, TextField } from '../../components/Field';
import { plural, todayIso } from '../../lib/format';
import { fieldErrorsFrom, type FieldErrors } from '../../lib/problems';

/** The day a run of the program ends when it lasts the program's duration (as pairings do). */
function endAfter(startDate: string, durationWeeks: number): string | null {
  return ISO_DAY.test(startDate) ? addDays(startDate, durationWeeks * 7) : null;
}

/**
 * Code, name, start and end (or rolling): a cohort is one run of the program. The end date
 * follows the start date by the program's duration until the educator types one of their own.
 */
export function NewCohortForm({
  programId,
  durationWeeks,
  onCancel,
}: {
  programId: number;
  durationWeeks: number;
  onCancel: () => void;
}) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => {
    const startDate = todayIso();
    return { code: '', name: '', startDate, endDate: endAfter(startDate, durationWeeks) ?? '' };
  });
  const [endEdited, setEndEdited] = useState(false);
  const [rolling, setRolling] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: e.target.value }));
    setErrors((x) => ({ ...x, [key]: undefined }));
  };
  const setStart = (e: { target: { value: string } }) => {
    const startDate = e.target.value;
    const followed = endEdited ? null : endAfter(startDate, durationWeeks);
    setValues((v) => ({ ...v, startDate, endDate: followed ?? v.endDate }));
    setErrors((x) => ({ ...x, startDate: undefined, ...(followed ? { endDate: undefined } : {}) }));
  };
  const setEnd = (e: { target: { value: string } }) => {
    setEndEdited(true);
    set('endDate')(e);
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
          onChange={setStart}
          error={errors.startDate}
        />
        <div className="stack-small">
          <TextField
            label="End date"
            type="date"
            value={rolling ? '' : values.endDate}
            disabled={rolling}
            onChange={setEnd}
            error={errors.endDate}
            hint={
              rolling
                ? 'Rolling enrolment: staff join and leave at any time, so the cohort has no end date.'
                : endEdited
                  ? `The program lasts ${plural(durationWeeks, 'week', 'weeks')}.`
                  : `The start date plus the program's ${plural(durationWeeks, 'week', 'weeks')}; change it if this run differs.`
            }
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
