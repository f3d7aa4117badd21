import { useRef, useState } from 'react';
import type { GoalPairing, GoalTemplate, GoalView } from '../../../../shared/domain/goals';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { formatDay } from '../../lib/format';
import {
  EMPTY_GOAL,
  formFromGoal,
  formFromTemplate,
  goalFieldsOf,
  readNumbers,
  type GoalFormValues,
} from './goalForm';
import { MilestoneRows } from './MilestoneRows';
import { MeasureFields, PlanFields } from './SmartFields';
import {
  forgetPaths,
  forgetProblems,
  rowsFrom,
  unplacedError,
  useAction,
  type PathErrors,
} from './useAction';

interface GoalFormProps {
  pairing: GoalPairing;
  /** Editing changes the SMART fields; milestones are managed on the goal itself. */
  goal?: GoalView;
  templates?: readonly GoalTemplate[];
  onDone: (goal: GoalView) => void;
  onCancel: () => void;
}

/** Add or edit a SMART goal; every wrong field is marked with why, and what was typed stays. */
export function GoalForm({ pairing, goal, templates = [], onDone, onCancel }: GoalFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<GoalFormValues>(goal ? formFromGoal(goal) : EMPTY_GOAL);
  const [local, setLocal] = useState<PathErrors>({});
  const action = useAction();
  const forgetMilestoneErrors = (removed: number) => {
    const renumbered = rowsFrom('milestones', removed);
    action.setError((e) => forgetProblems(e, renumbered));
    setLocal((l) => forgetPaths(l, renumbered));
  };
  const errors: PathErrors = { ...action.errors, ...local };
  const pairingStart = pairing.startDate ?? '';

  const set = (key: keyof GoalFormValues) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: e.target.value }));
    setLocal((x) => ({ ...x, [key]: undefined }));
  };
  const focusFirstError = () =>
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async () => {
    const { baseline, target, errors: numberErrors } = readNumbers(values);
    const missing: PathErrors = values.dueDate === '' ? { dueDate: 'choose a due date' } : {};
    values.milestones.forEach((m, i) => {
      if (m.when === '') missing[`milestones.${i}.dueDate`] = 'choose a date';
    });
    const found = { ...numberErrors, ...missing };
    setLocal(found);
    if (baseline === undefined || target === undefined || Object.keys(found).length > 0) {
      action.setError(null);
      focusFirstError();
      return;
    }
    const fields = goalFieldsOf(values, baseline, target);
    const saved = await action.run(() =>
      goal
        ? api.call('goals.update', { id: goal.id, goal: fields })
        : api.call('goals.create', {
            ...fields,
            pairingId: pairing.id,
            templateId: values.templateId,
            milestones: values.milestones.map((m) => ({ title: m.title, dueDate: m.when })),
          }),
    );
    if (saved) onDone(saved);
    else focusFirstError();
  };

  const fromTemplate = (id: string) => {
    const t = templates.find((x) => String(x.id) === id);
    setLocal({});
    action.setError(null);
    setValues(t ? formFromTemplate(t, values.startDate || pairingStart) : EMPTY_GOAL);
  };

  const shown = [
    'title',
    'metric',
    'unit',
    'baseline',
    'target',
    'plan',
    'relevance',
    'startDate',
    'dueDate',
    ...values.milestones.flatMap((_, i) => [`milestones.${i}.title`, `milestones.${i}.dueDate`]),
  ];
  return (
    <form
      ref={formRef}
      className="form inline-panel goal-form"
      aria-label={goal ? `Edit goal “${goal.title}”` : 'New goal'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="subheading">{goal ? 'Edit goal' : 'New goal'}</h3>
      {!goal && templates.length > 0 && (
        <SelectField
          label="Start from a template"
          value={values.templateId === null ? '' : String(values.templateId)}
          onChange={(e) => fromTemplate(e.target.value)}
          options={[
            { value: '', label: 'No template: start blank' },
            ...templates.map((t) => ({ value: String(t.id), label: t.title })),
          ]}
          hint="Fills in the fields below; weeks become dates from the goal's start. Change anything before saving."
        />
      )}
      <fieldset className="goal-fieldset">
        <legend>Specific and measurable</legend>
        <div className="form-grid">
          <MeasureFields values={values} set={set} errors={errors} />
        </div>
      </fieldset>
      <fieldset className="goal-fieldset">
        <legend>Achievable, relevant, time-bound</legend>
        <div className="form-grid">
          <PlanFields values={values} set={set} errors={errors} />
          <TextField
            label="Start date"
            type="date"
            value={values.startDate}
            onChange={set('startDate')}
            error={errors.startDate}
            hint={`Empty: the pairing's start (${formatDay(pairingStart)}).`}
          />
          <TextField
            label="Due date"
            type="date"
            required
            value={values.dueDate}
            onChange={set('dueDate')}
            error={errors.dueDate}
            hint={`Within the pairing: until ${formatDay(pairing.endDate)}.`}
          />
        </div>
      </fieldset>
      {!goal && (
        <MilestoneRows
          rows={values.milestones}
          kind="date"
          errors={errors}
          onChange={(milestones) => setValues((v) => ({ ...v, milestones }))}
          onRemoved={forgetMilestoneErrors}
        />
      )}
      <ErrorBanner error={unplacedError(action.error, shown)} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.busy}>
          {action.busy ? 'Saving…' : goal ? 'Save changes' : 'Save goal'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={action.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
