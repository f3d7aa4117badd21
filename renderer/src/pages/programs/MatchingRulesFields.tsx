import { useId } from 'react';
import { UNIT_RULES, type UnitRule } from '../../../../shared/domain/programs';
import { CheckboxField, TextField, sentence } from '../../components/Field';
import type { FieldErrors } from '../../lib/problems';
import { UNIT_RULE_HINTS, UNIT_RULE_WORDS, type ProgramFormValues } from './programForm';

interface MatchingRulesFieldsProps {
  values: ProgramFormValues;
  errors: FieldErrors;
  set: <K extends keyof ProgramFormValues>(key: K, value: ProgramFormValues[K]) => void;
}

/** Where the mentor should work, how much more experience, and the two hard rules. */
export function MatchingRulesFields({ values, errors, set }: MatchingRulesFieldsProps) {
  const unitId = useId();
  return (
    <div className="form-grid matching-rules">
      <fieldset className="radio-group field-wide">
        <legend>The mentor works…</legend>
        {UNIT_RULES.map((rule: UnitRule) => (
          <label key={rule} className="radio-option">
            <input
              type="radio"
              name={unitId}
              value={rule}
              checked={values.unitRule === rule}
              onChange={() => set('unitRule', rule)}
            />
            <span>
              {UNIT_RULE_WORDS[rule]}
              <span className="muted small radio-hint">{UNIT_RULE_HINTS[rule]}</span>
            </span>
          </label>
        ))}
        {errors.unitRule && <p className="field-error">{sentence(errors.unitRule)}</p>}
      </fieldset>
      <TextField
        label="Minimum experience gap (years)"
        inputMode="numeric"
        value={values.minExperienceGap}
        onChange={(e) => set('minExperienceGap', e.target.value)}
        error={errors.minExperienceGap}
        hint="How many more years the mentor should have than the mentee; 0 for peers."
      />
      <div className="stack-small">
        <CheckboxField
          label="Mentor and mentee must work the same shift"
          hint="A hard rule: pairs on different shifts are never proposed."
          checked={values.requireSameShift}
          onChange={(e) => set('requireSameShift', e.target.checked)}
        />
        <CheckboxField
          label="Mentors must have completed the required training"
          hint="A hard rule: untrained mentors cannot take mentees."
          checked={values.requireTraining}
          onChange={(e) => set('requireTraining', e.target.checked)}
        />
      </div>
    </div>
  );
}
