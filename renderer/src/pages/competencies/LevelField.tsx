import { useId } from 'react';
import {
  BENNER_CODES,
  BENNER_LABELS,
  BENNER_LEVELS,
  type BennerLevel,
} from '../../../../shared/domain/competencies';
import { sentence } from '../../components/Field';

interface LevelFieldProps {
  value: BennerLevel | null;
  onChange: (level: BennerLevel) => void;
  error?: string | undefined;
}

/** Benner's five levels written out as radio buttons: one choice, every option visible. */
export function LevelField({ value, onChange, error }: LevelFieldProps) {
  const id = useId();
  return (
    <fieldset
      className={`radio-group field-wide${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        Level <span className="required">(required)</span>
      </legend>
      <div className="radio-row">
        {BENNER_LEVELS.map((level) => (
          <label key={level} className="radio-option">
            <input
              type="radio"
              name={`${id}-level`}
              checked={value === level}
              onChange={() => onChange(level)}
              aria-invalid={error ? true : undefined}
            />
            <span>
              {level} · {BENNER_LABELS[level]} ({BENNER_CODES[level]})
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {sentence(error)}
        </p>
      )}
    </fieldset>
  );
}
