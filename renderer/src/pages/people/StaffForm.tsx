import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import {
  ROLES,
  ROLE_LABELS,
  SHIFTS,
  SHIFT_LABELS,
  STAFF_STATUSES,
  STAFF_STATUS_LABELS,
  type StaffSummary,
} from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { StaffPicker, type PickedStaff } from '../../components/StaffPicker';
import type { FieldErrors } from '../../lib/problems';
import { validateStaffForm, type StaffFormValues, type StaffPayload } from './staffForm';

interface StaffFormProps {
  /** The page header: the form's Save is the page's main action, always in view. */
  title: string;
  breadcrumb: ReactNode;
  subtitle?: string;
  initial: StaffFormValues;
  initialSupervisor: StaffSummary | null;
  /** The staff member being edited (absent when adding). */
  staffId?: number;
  submitLabel: string;
  /** Saves; answers with the server's error (problems by field) or null when saved. */
  onSave: (payload: StaffPayload) => Promise<{ error: ApiError; fieldErrors: FieldErrors } | null>;
  onCancel: () => void;
  units: string[];
}

const none = { value: '', label: '— Not set —' };
const roleOptions = [none, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))];
const shiftOptions = [none, ...SHIFTS.map((s) => ({ value: s, label: SHIFT_LABELS[s] }))];
const statusOptions = STAFF_STATUSES.map((s) => ({ value: s, label: STAFF_STATUS_LABELS[s] }));
const levelOptions = [
  none,
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
];

export function StaffForm(props: StaffFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(props.initial);
  const initial = props.initialSupervisor;
  const [supervisor, setSupervisor] = useState<PickedStaff | null>(
    initial && {
      staffId: initial.id,
      displayName: initial.displayName,
      employeeNumber: initial.employeeNumber,
      unit: initial.unit,
    },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const formId = useId();
  // Typing in a field clears its error; the rest stay until the next save.
  const set =
    <K extends keyof StaffFormValues>(key: K) =>
    (event: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [key]: event.target.value }));
      setErrors((e) => (e[key] === undefined ? e : { ...e, [key]: undefined }));
    };

  const focusFirstError = () =>
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async () => {
    setServerError(null);
    const checked = validateStaffForm({ ...values, supervisorId: supervisor?.staffId ?? null });
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    setSaving(true);
    const failure = await props.onSave(checked.value);
    setSaving(false);
    if (failure) {
      setErrors(failure.fieldErrors);
      setServerError(failure.error);
      focusFirstError();
    }
  };

  const text = (key: keyof StaffFormValues, label: string, extra: object = {}) => (
    <TextField
      label={label}
      value={String(values[key] ?? '')}
      onChange={set(key)}
      error={errors[key]}
      {...extra}
    />
  );

  const invalid = Object.values(errors).some((e) => e !== undefined);
  return (
    <>
      <PageHeader
        title={props.title}
        breadcrumb={props.breadcrumb}
        subtitle={props.subtitle}
        action={
          <div className="form-actions">
            <button type="button" className="button" onClick={props.onCancel} disabled={saving}>
              Cancel
            </button>
            <button type="submit" form={formId} className="button button-primary" disabled={saving}>
              {saving ? 'Saving…' : props.submitLabel}
            </button>
          </div>
        }
      />
      <form
        id={formId}
        ref={formRef}
        className="form staff-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {invalid && !serverError && (
          <p role="alert" className="banner banner-error">
            <span className="banner-word">Not saved:</span> please correct the fields marked below.
          </p>
        )}
        <ErrorBanner error={serverError} />
        <fieldset className="form-section">
          <legend>Who</legend>
          <div className="form-grid">
            {text('employeeNumber', 'Employee number', {
              required: true,
              autoComplete: 'off',
              hint: 'From HR; letters, digits, - and _.',
            })}
            {text('firstName', 'First name')}
            {text('lastName', 'Last name')}
            {text('preferredName', 'Preferred name', { hint: 'Shown instead of the first name.' })}
            {text('email', 'E-mail', { type: 'email', className: 'field-wide' })}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Work</legend>
          <div className="form-grid">
            <SelectField
              label="Role / discipline"
              value={values.role}
              onChange={set('role')}
              options={roleOptions}
              error={errors.role}
            />
            {text('unit', 'Unit / department', { list: 'unit-options' })}
            <datalist id="unit-options">
              {props.units.map((u) => (
                <option key={u} value={u} />
              ))}
            </datalist>
            <SelectField
              label="Job level (1–5)"
              value={values.jobLevel}
              onChange={set('jobLevel')}
              options={levelOptions}
              error={errors.jobLevel}
            />
            <SelectField
              label="Usual shift"
              value={values.shift}
              onChange={set('shift')}
              options={shiftOptions}
              error={errors.shift}
            />
            {text('yearsExperience', 'Years of experience', { inputMode: 'numeric' })}
            {text('hireDate', 'Hire date', { type: 'date' })}
            <SelectField
              label="Status"
              value={values.status}
              onChange={set('status')}
              options={statusOptions}
              error={errors.status}
            />
            {text('endDate', 'End date', { type: 'date', hint: 'When they left, if they have.' })}
            <StaffPicker
              label="Supervisor"
              hint="Used for conflict-of-interest rules when pairing. Type an employee number or a name, then choose."
              clearLabel="Remove supervisor"
              selected={supervisor}
              onChange={setSupervisor}
              excludeId={props.staffId}
              error={errors.supervisorId}
            />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>For matching</legend>
          <div className="form-grid">
            {text('languages', 'Languages', {
              hint: 'Separate with commas, e.g. English, Tagalog.',
            })}
            {text('interests', 'Interests', {
              hint: 'Separate with commas, e.g. wound care, ICU.',
            })}
            <TextAreaField
              label="Career goals"
              value={values.careerGoals}
              onChange={set('careerGoals')}
              error={errors.careerGoals}
              rows={3}
              className="field-wide"
            />
            <TextAreaField
              label="Private notes"
              value={values.notes}
              onChange={set('notes')}
              error={errors.notes}
              rows={3}
              className="field-wide"
              hint="Only visible to educators in Tandem; never printed."
            />
          </div>
        </fieldset>
      </form>
    </>
  );
}
