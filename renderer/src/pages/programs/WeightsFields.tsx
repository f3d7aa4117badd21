import { useId } from 'react';
import {
  MATCH_FACTORS,
  MATCH_FACTOR_LABELS,
  type MatchFactor,
  type MatchWeights,
} from '../../../../shared/domain/programs';
import { sentence } from '../../components/Field';
import type { FieldErrors } from '../../lib/problems';

const FACTOR_HINTS: Record<MatchFactor, string> = {
  competency: 'The mentor can teach what the mentee wants to learn.',
  experience: 'The mentor has at least the minimum gap in years.',
  goals: 'Career goals and interests in common.',
  shift: 'They work (or the mentee prefers) the same shift.',
  unit: 'Same or different unit, as set above.',
  discipline: 'Same role, e.g. both registered nurses.',
  language: 'A language in common.',
  preferences: 'What the mentee asked for at intake.',
};

interface WeightsFieldsProps {
  weights: MatchWeights;
  saved?: MatchWeights | undefined;
  errors: FieldErrors;
  onChange: (weights: MatchWeights) => void;
}

/** One 0–10 slider per factor; the number is shown beside it and what changed is marked. */
export function WeightsFields({ weights, saved, errors, onChange }: WeightsFieldsProps) {
  const base = useId();
  const total = MATCH_FACTORS.reduce((sum, f) => sum + weights[f], 0);
  return (
    <div className="weights">
      <p className="muted small">
        0 ignores a factor, 10 makes it count most. A score is each factor’s fit times its share of
        the total weight ({total}).
      </p>
      {errors.weights && (
        <p className="field-error" role="alert">
          {sentence(errors.weights)}
        </p>
      )}
      <ul className="weight-list">
        {MATCH_FACTORS.map((factor) => {
          const id = `${base}-${factor}`;
          const changed = saved !== undefined && saved[factor] !== weights[factor];
          const error = errors[`weights.${factor}`];
          return (
            <li key={factor} className="weight-row">
              <label htmlFor={id} className="weight-label">
                {MATCH_FACTOR_LABELS[factor]}
                <span className="muted small weight-hint">{FACTOR_HINTS[factor]}</span>
              </label>
              <input
                id={id}
                type="range"
                min={0}
                max={10}
                step={1}
                value={weights[factor]}
                aria-invalid={error ? true : undefined}
                onChange={(e) => onChange({ ...weights, [factor]: Number(e.target.value) })}
              />
              <output htmlFor={id} className="weight-value" aria-hidden="true">
                {weights[factor]}
              </output>
              <span className="weight-changed small">
                {changed && saved ? `was ${saved[factor]}` : ''}
              </span>
              {error && <p className="field-error weight-error">{sentence(error)}</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
