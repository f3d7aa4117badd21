import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import {
  CADENCES,
  CADENCE_LABELS,
  EVALUATION_SCHEDULES,
  EVALUATION_SCHEDULE_LABELS,
  PROGRAM_FORMATS,
  PROGRAM_FORMAT_LABELS,
  PROGRAM_KINDS,
  PROGRAM_KIND_LABELS,
  type MatchWeights,
} from '../../../../shared/domain/programs';
import type { ApiError } from '../../../../shared/result';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import type { FieldErrors } from '../../lib/problems';
import { MatchingRulesFields } from './MatchingRulesFields';
import { validateProgramForm, type ProgramFormValues, type ProgramPayload } from './programForm';
import { TrainingListField } from './TrainingListField';
import { WeightPreview } from './WeightPreview';
import { WeightsFields } from './WeightsFields';
import '../../styles/blocks.css';
import '../../styles/programs.css';

interface ProgramFormProps {
  title: string;
  breadcrumb: ReactNode;
  subtitle?: ReactNode;
  initial: ProgramFormValues;
  /** Editing a saved program: its id (for the preview) and its saved weights. */
  programId?: number;
  savedWeights?: MatchWeights;
  submitLabel: string;
  /** Saves; answers with the server's error and its problems by form key, or null when saved. */
  onSave: (
    payload: ProgramPayload,
  ) => Promise<{ error: ApiError; fieldErrors: FieldErrors } | null>;
  onCancel?: () => void;
  /** A role that may not save (a viewer) sees the settings, disabled, and no Save button. */
  readOnly?: boolean;
  /** Shown between the header and the form (notices, the program's cohorts). */
  children?: ReactNode;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((v) => ({ value: v, label: labels[v] }));

export function ProgramForm(props: ProgramFormProps) {
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof ProgramFormValues>(key: K, value: ProgramFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      const stale = Object.keys(e).filter((k) => k === key || k.startsWith(`${key}.`));
      return stale.length === 0
        ? e
        : Object.fromEntries(Object.entries(e).filter(([k]) => !stale.includes(k)));
    });
  };
  const text = (key: keyof ProgramFormValues) => (e: { target: { value: string } }) =>
    set(key, e.target.value as never);

  const focusFirstError = () =>
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async () => {
    setServerError(null);
    const checked = validateProgramForm(values);
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

  const invalid = Object.values(errors).some((e) => e !== undefined);
  return (
    <>
      <PageHeader
        title={props.title}
        breadcrumb={props.breadcrumb}
        subtitle={props.subtitle}
        action={
          !props.readOnly && (
            <div className="form-actions">
              {props.onCancel && (
                <button type="button" className="button" onClick={props.onCancel} disabled={saving}>
                  Cancel
                </button>
              )}
              <button
                type="submit"
                form={formId}
                className="button button-primary"
                disabled={saving}
              >
                {saving ? 'Saving…' : props.submitLabel}
              </button>
            </div>
          )
        }
      />
      {props.children}
      <form
        id={formId}
        ref={formRef}
        className="form program-form"
        noValidate
        aria-label="Program settings"
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
        <fieldset className="form-section" disabled={props.readOnly}>
          <legend>The program</legend>
          <div className="form-grid">
            <TextField
              label="Program name"
              required
              className="field-wide"
              value={values.name}
              onChange={text('name')}
              error={errors.name}
            />
            <SelectField
              label="Kind"
              value={values.kind}
              onChange={text('kind')}
              options={options(PROGRAM_KINDS, PROGRAM_KIND_LABELS)}
              error={errors.kind}
            />
            <SelectField
              label="Format"
              value={values.format}
              onChange={text('format')}
              options={options(PROGRAM_FORMATS, PROGRAM_FORMAT_LABELS)}
              error={errors.format}
            />
            <SelectField
              label="Meeting cadence"
              value={values.cadence}
              onChange={text('cadence')}
              options={options(CADENCES, CADENCE_LABELS)}
              error={errors.cadence}
            />
            <TextField
              label="Duration (weeks)"
              required
              inputMode="numeric"
              value={values.durationWeeks}
              onChange={text('durationWeeks')}
              error={errors.durationWeeks}
            />
            <TextField
              label={
                values.format === 'group'
                  ? 'Group size (mentees per circle)'
                  : 'Mentees per mentor (default)'
              }
              required
              inputMode="numeric"
              value={values.defaultCapacity}
              onChange={text('defaultCapacity')}
              error={errors.defaultCapacity}
              hint={
                values.format === 'group'
                  ? "Matching fills each mentor's circle up to this size; accepting makes the circle."
                  : 'Used when enrolling mentors; each mentor can be changed.'
              }
            />
            <SelectField
              label="Evaluations"
              value={values.evaluationSchedule}
              onChange={text('evaluationSchedule')}
              options={options(EVALUATION_SCHEDULES, EVALUATION_SCHEDULE_LABELS)}
              error={errors.evaluationSchedule}
            />
            <TextAreaField
              label="Description"
              className="field-wide"
              rows={2}
              value={values.description}
              onChange={text('description')}
              error={errors.description}
            />
          </div>
        </fieldset>
        <fieldset className="form-section" disabled={props.readOnly}>
          <legend>Required mentor training</legend>
          <TrainingListField
            readOnly={props.readOnly}
            items={values.requiredTraining}
            errors={errors}
            onChange={(items) => set('requiredTraining', items)}
          />
        </fieldset>
        <fieldset className="form-section" disabled={props.readOnly}>
          <legend>Matching rules</legend>
          <MatchingRulesFields values={values} errors={errors} set={set} />
        </fieldset>
        <fieldset className="form-section" disabled={props.readOnly}>
          <legend>Matching weights</legend>
          <div className={props.programId && !props.readOnly ? 'weights-layout' : undefined}>
            <WeightsFields
              weights={values.weights}
              saved={props.savedWeights}
              errors={errors}
              onChange={(weights) => set('weights', weights)}
            />
            {props.readOnly ? null : props.programId && props.savedWeights ? (
              <WeightPreview
                programId={props.programId}
                weights={values.weights}
                saved={props.savedWeights}
              />
            ) : (
              <p className="muted small">
                Once the program has a cohort, its page previews how these weights change the
                suggested mentors.
              </p>
            )}
          </div>
        </fieldset>
      </form>
    </>
  );
}
