import { useState } from 'react';
import {
  UNIT_PREFERENCES,
  type Enrolment,
  type MenteeIntake,
  type UnitPreference,
} from '../../../../shared/domain/programs';
import { SHIFTS, SHIFT_LABELS, type Shift } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

export const UNIT_PREFERENCE_WORDS: Record<UnitPreference, string> = {
  same: 'Mentor from their own unit',
  cross: 'Mentor from another unit',
  any: 'Any unit',
};

const EMPTY: MenteeIntake = {
  goals: '',
  competenciesWanted: [],
  careerInterests: [],
  preferredShift: null,
  unitPreference: 'any',
  languages: [],
  preferences: '',
};

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

interface IntakeDialogProps {
  enrolment: Enrolment;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** The mentee's intake answers: what they want to learn and how they like to work. */
export function IntakeDialog({ enrolment, open, onClose, onSaved }: IntakeDialogProps) {
  const intake = enrolment.intake ?? EMPTY;
  const [values, setValues] = useState({
    goals: intake.goals,
    competenciesWanted: intake.competenciesWanted.join(', '),
    careerInterests: intake.careerInterests.join(', '),
    preferredShift: intake.preferredShift ?? '',
    unitPreference: intake.unitPreference,
    languages: intake.languages.join(', '),
    preferences: intake.preferences,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsFrom(error, 'intake.');
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('enrolments.update', {
      id: enrolment.id,
      intake: {
        goals: values.goals,
        competenciesWanted: list(values.competenciesWanted),
        careerInterests: list(values.careerInterests),
        preferredShift: values.preferredShift === '' ? null : (values.preferredShift as Shift),
        unitPreference: values.unitPreference,
        languages: list(values.languages),
        preferences: values.preferences,
      },
    });
    setBusy(false);
    if (result.ok) {
      onSaved();
      onClose();
    } else {
      setError(result.error);
    }
  };

  return (
    <ConfirmDialog
      open={open}
      title={`Intake: ${enrolment.person.displayName}`}
      confirmLabel="Save intake"
      busy={busy}
      onConfirm={() => void save()}
      onCancel={onClose}
    >
      <ErrorBanner error={error && Object.keys(errors).length === 0 ? error : null} />
      <TextAreaField
        label="Goals"
        rows={2}
        value={values.goals}
        onChange={set('goals')}
        error={errors.goals}
      />
      <TextField
        label="Competencies wanted"
        hint="Separate with commas, e.g. IV insertion, Wound care."
        value={values.competenciesWanted}
        onChange={set('competenciesWanted')}
        error={errors.competenciesWanted}
      />
      <TextField
        label="Career interests"
        hint="Separate with commas."
        value={values.careerInterests}
        onChange={set('careerInterests')}
        error={errors.careerInterests}
      />
      <div className="dialog-grid">
        <SelectField
          label="Preferred shift"
          value={values.preferredShift}
          onChange={set('preferredShift')}
          options={[
            { value: '', label: 'No preference' },
            ...SHIFTS.map((s) => ({ value: s, label: SHIFT_LABELS[s] })),
          ]}
          error={errors.preferredShift}
        />
        <SelectField
          label="Unit of the mentor"
          value={values.unitPreference}
          onChange={set('unitPreference')}
          options={UNIT_PREFERENCES.map((u) => ({ value: u, label: UNIT_PREFERENCE_WORDS[u] }))}
          error={errors.unitPreference}
        />
      </div>
      <TextField
        label="Languages"
        hint="Separate with commas, e.g. Spanish, Tagalog."
        value={values.languages}
        onChange={set('languages')}
        error={errors.languages}
      />
      <TextAreaField
        label="Other preferences"
        rows={2}
        value={values.preferences}
        onChange={set('preferences')}
        error={errors.preferences}
      />
    </ConfirmDialog>
  );
}
