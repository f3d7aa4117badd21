import { useId, useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { sentence } from '../../components/Field';
import { useDebounced } from '../../lib/useDebounced';

export interface ValidatorChoice {
  staffId: number;
  displayName: string;
  employeeNumber: string;
}

interface ValidatorPickerProps {
  selected: ValidatorChoice | null;
  onChange: (validator: ValidatorChoice | null) => void;
  /** The person being validated: never offered. */
  excludeId: number;
  error?: string | undefined;
}

/** Choose who validated the level: search current staff by name or employee number. */
export function ValidatorPicker({ selected, onChange, excludeId, error }: ValidatorPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const results = useApiQuery(
    'people.list',
    { search, statuses: ['active', 'on_leave'], limit: 6, sortBy: 'name' },
    { enabled: search !== '' },
  );
  const options = (search === '' ? [] : (results.data?.items ?? [])).filter(
    (s) => s.id !== excludeId,
  );
  const choose = (choice: ValidatorChoice) => {
    onChange(choice);
    setText('');
  };
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className={`field field-wide${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        Validator <span className="required">(required)</span>
      </label>
      {selected && (
        <p className="picked">
          <span>
            {selected.displayName} <span className="mono">#{selected.employeeNumber}</span>
          </span>
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            Change validator
          </button>
        </p>
      )}
      <input
        id={id}
        type="search"
        value={text}
        placeholder={selected ? 'Search to change…' : 'Name or employee number'}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter on an exact employee number picks that person without leaving the keyboard.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          const exact = options.find((o) => o.employeeNumber === text.trim());
          if (exact)
            choose({
              staffId: exact.id,
              displayName: exact.displayName,
              employeeNumber: exact.employeeNumber,
            });
        }}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
      />
      <p className="field-hint" id={`${id}-hint`}>
        The preceptor, educator or manager who saw the practice; not the person being signed off.
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {sentence(error)}
        </p>
      )}
      {search !== '' && (
        <ul className="picker-results" aria-label="Matching staff">
          {options.length === 0 && !results.loading && (
            <li className="muted">No current staff member matches “{search}”.</li>
          )}
          {options.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="picker-option"
                onClick={() =>
                  choose({
                    staffId: s.id,
                    displayName: s.displayName,
                    employeeNumber: s.employeeNumber,
                  })
                }
              >
                <span>{s.displayName}</span>
                <span className="mono">#{s.employeeNumber}</span>
                <span className="muted">
                  {[s.role ? ROLE_LABELS[s.role] : null, s.unit].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
