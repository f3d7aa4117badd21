import { useId } from 'react';
import { formatDaysIn } from '../lib/format';
import type { ComponentPropsWithRef, ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Marks the label; the control itself decides whether the browser enforces it. */
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A visible label, the control, a hint and the error next to it (aria-describedby/invalid). */
export function Field({ label, error, hint, required, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> (required)</span>}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {sentence(formatDaysIn(error))}
        </p>
      )}
    </div>
  );
}

/** Messages from the schemas start in lower case ("at most 80 characters"). */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

type Base = Omit<FieldProps, 'children'>;

export function TextField({
  label,
  error,
  hint,
  required,
  className,
  ...input
}: Base & ComponentPropsWithRef<'input'>) {
  return (
    <Field label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => <input {...input} {...control} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  required,
  className,
  ...input
}: Base & ComponentPropsWithRef<'textarea'>) {
  return (
    <Field label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => <textarea {...input} {...control} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  error,
  hint,
  required,
  className,
  options,
  ...select
}: Base & ComponentPropsWithRef<'select'> & { options: readonly Option[] }) {
  return (
    <Field label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => (
        <select {...select} {...control}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  label,
  hint,
  ...input
}: { label: string; hint?: ReactNode } & ComponentPropsWithRef<'input'>) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input
        type="checkbox"
        id={id}
        {...input}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
