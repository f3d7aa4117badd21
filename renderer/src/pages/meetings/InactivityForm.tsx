import { useState, type FormEvent } from 'react';
import type { CohortMeetings } from '../../../../shared/domain/meetings';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

interface InactivityFormProps {
  cohortId: number;
  days: number;
  onSaved: (report: CohortMeetings) => void;
}

/** The cohort's own inactivity threshold: kept with the cohort, so every educator sees the same flags. */
export function InactivityForm({ cohortId, days, onSaved }: InactivityFormProps) {
  const [value, setValue] = useState(String(days));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.call('meetings.setInactivityDays', {
      cohortId,
      days: value.trim() === '' ? Number.NaN : Number(value),
    });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };
  return (
    <form className="inactivity-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label="Flag as inactive after (days without a meeting)"
        type="number"
        inputMode="numeric"
        min={7}
        max={730}
        value={value}
        error={errors.days}
        hint="For this cohort; 90 unless changed. Changes are kept in the audit trail."
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button" disabled={busy || value === String(days)}>
        {busy ? 'Saving…' : 'Save threshold'}
      </button>
      <ErrorBanner error={error && Object.keys(errors).length === 0 ? error : null} />
    </form>
  );
}
