import { TextAreaField, TextField } from '../../components/Field';
import type { PathErrors } from './useAction';

/** The SMART fields a goal and a goal template share, as typed. */
export type SmartKey = 'title' | 'metric' | 'unit' | 'baseline' | 'target' | 'plan' | 'relevance';

interface SmartFieldsProps {
  values: Record<SmartKey, string>;
  set: (key: SmartKey) => (e: { target: { value: string } }) => void;
  errors: PathErrors;
}

/** Specific and measurable: what the mentee will do, what is counted, from where to where. */
export function MeasureFields({ values, set, errors }: SmartFieldsProps) {
  return (
    <>
      <TextField
        className="field-wide"
        label="Goal (what the mentee will do)"
        required
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        hint="e.g. Insert peripheral IVs independently by week 8"
      />
      <TextField
        className="field-wide"
        label="Measure (what is counted)"
        required
        value={values.metric}
        onChange={set('metric')}
        error={errors.metric}
        hint="e.g. Successful independent PIV insertions"
      />
      <TextField
        label="Unit"
        required
        value={values.unit}
        onChange={set('unit')}
        error={errors.unit}
        hint="e.g. insertions, %, errors per week"
      />
      <TextField
        label="Baseline"
        required
        inputMode="decimal"
        value={values.baseline}
        onChange={set('baseline')}
        error={errors.baseline}
        hint="Where the mentee is at the start."
      />
      <TextField
        label="Target"
        required
        inputMode="decimal"
        value={values.target}
        onChange={set('target')}
        error={errors.target}
        hint="May be below the baseline (fewer errors)."
      />
    </>
  );
}

/** Achievable and relevant: the plan with its resources, and what the goal serves. */
export function PlanFields({ values, set, errors }: SmartFieldsProps) {
  return (
    <>
      <TextAreaField
        className="field-wide"
        label="Plan and resources"
        rows={2}
        value={values.plan}
        onChange={set('plan')}
        error={errors.plan}
      />
      <TextField
        className="field-wide"
        label="Relevant to (competency or career goal)"
        value={values.relevance}
        onChange={set('relevance')}
        error={errors.relevance}
      />
    </>
  );
}
