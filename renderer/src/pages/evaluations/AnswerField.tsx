import { useId, type ReactNode } from 'react';
import { DEFAULT_LIKERT_LABELS, type Question } from '../../../../shared/domain/evaluations';
import { sentence } from '../../components/Field';
import type { AnswerValue } from './answers';

interface AnswerFieldProps {
  question: Question;
  /** 1-based across the form, as on the paper copy. */
  number: number;
  value: AnswerValue;
  error: string | undefined;
  onChange: (value: AnswerValue) => void;
}

const SCALE_10 = Array.from({ length: 11 }, (_, i) => i);

/** One question's input, by its kind; each is a labelled group a keyboard can answer. */
export function AnswerField({ question: q, number, value, error, onChange }: AnswerFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const title = (
    <>
      <span className="answer-number">{number}.</span> {q.text}
      <span className="required"> ({q.required ? 'required' : 'optional'})</span>
    </>
  );
  const invalid = error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  const errorLine = error && (
    <p className="field-error" id={errorId}>
      {sentence(error)}
    </p>
  );

  if (q.kind === 'text') {
    return (
      <div className={`answer${error ? ' answer-invalid' : ''}`}>
        <label htmlFor={id} className="answer-title">
          {title}
        </label>
        <textarea
          id={id}
          rows={4}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          {...invalid}
        />
        {errorLine}
      </div>
    );
  }

  const radios = (choices: { value: number | string; label: ReactNode; className?: string }[]) =>
    choices.map((c) => (
      <label key={String(c.value)} className={c.className ?? 'radio-option'}>
        <input
          type="radio"
          name={id}
          checked={value === c.value}
          onChange={() => onChange(c.value)}
          {...invalid}
        />
        {c.label}
      </label>
    ));

  let body: ReactNode;
  if (q.kind === 'likert5') {
    const labels = q.labels ?? DEFAULT_LIKERT_LABELS;
    body = (
      <div className="likert-options">
        {radios(
          labels.map((label, i) => ({
            value: i + 1,
            className: 'likert-option',
            label: (
              <span>
                <span className="likert-value">{i + 1}</span> {label}
              </span>
            ),
          })),
        )}
      </div>
    );
  } else if (q.kind === 'scale10') {
    body = (
      <>
        <div className="scale-options">
          {radios(
            SCALE_10.map((n) => ({ value: n, className: 'scale-option', label: <span>{n}</span> })),
          )}
        </div>
        <p className="field-hint">0 is the lowest, 10 the highest.</p>
      </>
    );
  } else if (q.kind === 'yes_no') {
    body = (
      <div className="radio-row">
        {radios([
          { value: 1, label: <span>Yes</span> },
          { value: 0, label: <span>No</span> },
        ])}
      </div>
    );
  } else if (q.kind === 'single_choice') {
    body = radios((q.options ?? []).map((o) => ({ value: o, label: <span>{o}</span> })));
  } else {
    const chosen = Array.isArray(value) ? value : [];
    body = (q.options ?? []).map((o) => (
      <label key={o} className="radio-option">
        <input
          type="checkbox"
          checked={chosen.includes(o)}
          onChange={(e) =>
            onChange(e.target.checked ? [...chosen, o] : chosen.filter((c) => c !== o))
          }
          {...invalid}
        />
        <span>{o}</span>
      </label>
    ));
  }

  const cleared = !q.required && value !== null && !(Array.isArray(value) && value.length === 0);
  return (
    <fieldset className={`answer radio-group${error ? ' answer-invalid' : ''}`}>
      <legend className="answer-title">{title}</legend>
      {q.kind === 'multiple_choice' && <p className="field-hint">Tick every one that applies.</p>}
      {body}
      {cleared && (
        <button type="button" className="link-button small" onClick={() => onChange(null)}>
          Clear the answer<span className="sr-only"> to question {number}</span>
        </button>
      )}
      {errorLine}
    </fieldset>
  );
}
