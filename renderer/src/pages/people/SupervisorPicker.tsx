import { useId, useState } from 'react';
import type { StaffSummary } from '../../../../shared/domain/staff';
import { ROLE_LABELS } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { sentence } from '../../components/Field';
import { useDebounced } from '../../lib/useDebounced';

interface SupervisorPickerProps {
  selected: StaffSummary | null;
  onChange: (supervisor: StaffSummary | null) => void;
  /** The staff member being edited cannot supervise themselves. */
  excludeId?: number;
  error?: string | undefined;
}

/** Pick a supervisor by employee number or by searching names. */
export function SupervisorPicker({ selected, onChange, excludeId, error }: SupervisorPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const results = useApiQuery(
    'people.list',
    { search, limit: 8, sortBy: 'name' },
    { enabled: search !== '' },
  );
  const options = (search === '' ? [] : (results.data?.items ?? [])).filter(
    (s) => s.id !== excludeId,
  );
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className={`field field-wide${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>Supervisor</label>
      {selected && (
        <p className="picked">
          <span>
            {selected.displayName} <span className="mono">#{selected.employeeNumber}</span>
            {selected.unit && <span className="muted"> · {selected.unit}</span>}
          </span>
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            Remove supervisor
          </button>
        </p>
      )}
      <input
        id={id}
        type="search"
        value={text}
        placeholder={selected ? 'Search to change…' : 'Employee number or name'}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter on an exact employee number picks that person without leaving the keyboard.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          const exact = options.find((o) => o.employeeNumber === text.trim());
          if (exact) {
            onChange(exact);
            setText('');
          }
        }}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
      />
      <p className="field-hint" id={`${id}-hint`}>
        Used for conflict-of-interest rules when pairing. Type an employee number or a name, then
        choose.
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {sentence(error)}
        </p>
      )}
      {search !== '' && (
        <ul className="picker-results" aria-label="Matching staff">
          {options.length === 0 && !results.loading && (
            <li className="muted">No staff member matches “{search}”.</li>
          )}
          {options.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="picker-option"
                onClick={() => {
                  onChange(s);
                  setText('');
                }}
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
