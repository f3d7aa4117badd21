import { useEffect, useId, useRef, useState } from 'react';
import {
  TRAINING_AUDIENCE_LABELS,
  type TrainingCompletion,
  type TrainingModule,
} from '../../../../shared/domain/training';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { StaffPicker, type PickedStaff } from '../../components/StaffPicker';
import { fieldErrorsFrom } from '../../lib/problems';

interface RecordCompletionFormProps {
  modules: TrainingModule[];
  /** The facility's today, from the server, so the form and the check agree. */
  today: string;
  person: PickedStaff | null;
  /** On a person's own page the person is given and cannot be changed. */
  personFixed?: boolean;
  moduleId: number | null;
  onRecorded: (completion: TrainingCompletion, person: PickedStaff) => void;
  onCancel: () => void;
}

/** Record that a person completed a module: who, which, when, and where the proof is. */
export function RecordCompletionForm(props: RecordCompletionFormProps) {
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [person, setPerson] = useState<PickedStaff | null>(props.person);
  const [moduleId, setModuleId] = useState(props.moduleId === null ? '' : String(props.moduleId));
  const [completedOn, setCompletedOn] = useState(props.today);
  const [evidence, setEvidence] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [dateMissing, setDateMissing] = useState(false);
  const errors = fieldErrorsFrom(error);
  const fieldError = errors.staffId ?? errors.moduleId ?? errors.completedOn ?? errors.evidence;

  // Opened from a due row or a button: the first thing still to fill in takes the focus.
  useEffect(() => {
    const controls = formRef.current?.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      'input, select',
    );
    const first = [...(controls ?? [])].find((c) => c.value === '') ?? controls?.[0];
    first?.focus();
  }, []);

  const submit = async () => {
    setDateMissing(completedOn === '');
    if (completedOn === '') return;
    setBusy(true);
    setError(null);
    const result = await api.call('training.record', {
      staffId: person?.staffId ?? 0,
      moduleId: moduleId === '' ? 0 : Number(moduleId),
      completedOn,
      evidence,
    });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (person) props.onRecorded(result.value, person);
  };

  return (
    <form
      ref={formRef}
      // Our own messages, next to the fields, instead of the browser's bubbles.
      noValidate
      className="form inline-panel record-form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={headingId}>Record a completion</h2>
      <div className="form-grid">
        {props.personFixed && person ? (
          <p className="field">
            <span className="field-label">Person</span>
            <span>
              {person.displayName} <span className="mono">#{person.employeeNumber}</span>
            </span>
          </p>
        ) : (
          <StaffPicker
            label="Person"
            required
            hint="Type a name or an employee number, then choose the person."
            clearLabel="Choose someone else"
            statuses={['active', 'on_leave']}
            selected={person}
            onChange={setPerson}
            error={errors.staffId}
          />
        )}
        <SelectField
          label="Training module"
          className="field-wide"
          required
          value={moduleId}
          onChange={(e) => setModuleId(e.target.value)}
          error={errors.moduleId}
          options={[
            { value: '', label: 'Choose a module…' },
            ...props.modules.map((m) => ({
              value: String(m.id),
              label: `${m.name} (${TRAINING_AUDIENCE_LABELS[m.audience].toLowerCase()})`,
            })),
          ]}
        />
        <TextField
          label="Completed on"
          type="date"
          required
          max={props.today}
          value={completedOn}
          onChange={(e) => setCompletedOn(e.target.value)}
          error={dateMissing ? 'enter the day the training was completed' : errors.completedOn}
          hint="Not in the future, and not before the person's hire date."
        />
        <TextAreaField
          label="Evidence note"
          className="field-wide"
          rows={2}
          maxLength={1000}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          error={errors.evidence}
          hint="Where the proof is: a certificate number, the sign-in sheet, an LMS transcript."
        />
      </div>
      <ErrorBanner error={error && !fieldError ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record completion'}
        </button>
        <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
