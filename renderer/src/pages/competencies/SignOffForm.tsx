import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import {
  BENNER_LABELS,
  SIGN_OFF_METHOD_LABELS,
  SIGN_OFF_METHODS,
  type BennerLevel,
  type SignOff,
  type SignOffMethod,
} from '../../../../shared/domain/competencies';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { StaffPicker, type PickedStaff } from '../../components/StaffPicker';
import { formatDay, todayIso } from '../../lib/format';
import { fieldErrorsFrom, type FieldErrors } from '../../lib/problems';
import { LevelField } from './LevelField';

export type SignOffMode =
  { kind: 'new'; staffId: number; competencyId: number } | { kind: 'correct'; original: SignOff };

interface SignOffFormProps {
  mode: SignOffMode;
  personName: string;
  competencyName: string;
  onDone: (signOff: SignOff) => void;
  onCancel: () => void;
}

function initial(mode: SignOffMode) {
  if (mode.kind === 'new') {
    return { level: null, validator: null, date: todayIso(), method: '' as const, note: '' };
  }
  const o = mode.original;
  return {
    level: o.level,
    validator: {
      staffId: o.validator.staffId,
      displayName: o.validator.displayName,
      employeeNumber: o.validator.employeeNumber,
    },
    date: o.date,
    method: o.method,
    note: o.note ?? '',
  };
}

/** A new sign-off, or a correction that supersedes one (with the consequence and a reason). */
export function SignOffForm({
  mode,
  personName,
  competencyName,
  onDone,
  onCancel,
}: SignOffFormProps) {
  const headingId = useId();
  const start = initial(mode);
  const [level, setLevel] = useState<BennerLevel | null>(start.level);
  const [validator, setValidator] = useState<PickedStaff | null>(start.validator);
  const [date, setDate] = useState(start.date);
  const [method, setMethod] = useState<SignOffMethod | ''>(start.method);
  const [note, setNote] = useState(start.note);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const errors = { ...fieldErrorsFrom(error), ...localErrors };
  const correcting = mode.kind === 'correct';
  const staffId = mode.kind === 'new' ? mode.staffId : mode.original.staffId;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (level === null) missing.level = 'choose the level that was seen';
    if (validator === null) missing.validatorId = 'choose who validated it';
    if (method === '') missing.method = 'choose how it was validated';
    if (correcting && reason.trim() === '')
      missing.reason = 'say why the sign-off is being corrected';
    setLocalErrors(missing);
    if (level === null || validator === null || method === '' || Object.keys(missing).length > 0)
      return;
    setBusy(true);
    setError(null);
    const content = { level, validatorId: validator.staffId, date, method, note };
    const result =
      mode.kind === 'new'
        ? await api.call('competencies.signOff', {
            ...content,
            staffId: mode.staffId,
            competencyId: mode.competencyId,
          })
        : await api.call('competencies.correct', {
            ...content,
            signOffId: mode.original.id,
            reason,
          });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };

  const shown = new Set(['level', 'validatorId', 'date', 'method', 'note', 'reason']);
  const unplaced = error && !Object.keys(fieldErrorsFrom(error)).some((f) => shown.has(f));

  return (
    <form
      className="sign-off-form"
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={headingId}>
        {correcting
          ? `Correct the sign-off of ${formatDay(mode.original.date)}`
          : `Sign off ${competencyName} for ${personName}`}
      </h3>
      {mode.kind === 'correct' && (
        <p>
          The sign-off of {formatDay(mode.original.date)} ({BENNER_LABELS[mode.original.level]},
          validated by {mode.original.validator.displayName}) stays in the history, marked as
          superseded by this correction. Sign-offs are never edited or deleted, so this cannot be
          undone.
        </p>
      )}
      <div className="sign-off-grid">
        <LevelField value={level} onChange={setLevel} error={errors.level} />
        <StaffPicker
          label="Validator"
          required
          hint="The preceptor, educator or manager who saw the practice; not the person being signed off."
          clearLabel="Change validator"
          statuses={['active', 'on_leave']}
          selected={validator}
          onChange={setValidator}
          excludeId={staffId}
          error={errors.validatorId}
        />
        <TextField
          label="Date"
          type="date"
          required
          max={todayIso()}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.date}
          hint="The day the practice was seen; not in the future."
        />
        <SelectField
          label="Method"
          required
          value={method}
          onChange={(e) => setMethod(e.target.value as SignOffMethod | '')}
          error={errors.method}
          options={[
            { value: '', label: 'Choose how it was validated' },
            ...SIGN_OFF_METHODS.map((m) => ({ value: m, label: SIGN_OFF_METHOD_LABELS[m] })),
          ]}
        />
        <TextAreaField
          label="Note"
          className="field-wide"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
          hint="Optional: what was seen, and under which conditions."
        />
        {correcting && (
          <TextAreaField
            label="Reason for the correction"
            required
            className="field-wide"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
            hint="Kept with both sign-offs and in the audit trail."
          />
        )}
      </div>
      <ErrorBanner error={unplaced ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : correcting ? 'Supersede with this correction' : 'Record sign-off'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
