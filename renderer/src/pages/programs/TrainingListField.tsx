import { useId, useRef } from 'react';
import type { FieldErrors } from '../../lib/problems';
import { sentence } from '../../components/Field';

interface TrainingListFieldProps {
  items: string[];
  errors: FieldErrors;
  onChange: (items: string[]) => void;
  /** Shows the list without the Add and Remove buttons (a viewer's program page). */
  readOnly?: boolean | undefined;
}

/** The program's required mentor training: one module per line, added and removed by button. */
export function TrainingListField({ items, errors, onChange, readOnly }: TrainingListFieldProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const base = useId();
  const focusInput = (index: number) =>
    window.requestAnimationFrame(() => listRef.current?.querySelectorAll('input')[index]?.focus());
  const listError = errors.requiredTraining;
  return (
    <div className="training-list">
      {items.length === 0 ? (
        <p className="muted small">No training is required before someone can mentor.</p>
      ) : (
        <ol className="training-items" ref={listRef}>
          {items.map((item, index) => {
            const error = errors[`requiredTraining.${index}`];
            const id = `${base}-training-${index}`;
            return (
              <li key={index} className={error ? 'field-invalid' : undefined}>
                <label htmlFor={id} className="sr-only">
                  Training module {index + 1}
                </label>
                <input
                  id={id}
                  value={item}
                  placeholder="e.g. Preceptor essentials"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(e) =>
                    onChange(items.map((t, i) => (i === index ? e.target.value : t)))
                  }
                />
                {!readOnly && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Remove training module ${index + 1}${item ? `: ${item}` : ''}`}
                    onClick={() => {
                      onChange(items.filter((_, i) => i !== index));
                      focusInput(Math.max(0, index - 1));
                    }}
                  >
                    Remove
                  </button>
                )}
                {error && (
                  <p className="field-error" id={`${id}-error`}>
                    {sentence(error)}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {listError && <p className="field-error">{sentence(listError)}</p>}
      {!readOnly && (
        <button
          type="button"
          className="button button-small"
          disabled={items.length >= 20}
          onClick={() => {
            onChange([...items, '']);
            focusInput(items.length);
          }}
        >
          Add training module
        </button>
      )}
    </div>
  );
}
