import { useId, useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { sentence } from '../../components/Field';
import { useDebounced } from '../../lib/useDebounced';

export interface PickedPerson {
  staffId: number;
  displayName: string;
  employeeNumber: string;
}

interface PersonPickerProps {
  selected: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string | undefined;
}

/** Find the person who completed the training by name or employee number, then choose. */
export function PersonPicker({ selected, onChange, error }: PersonPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const results = useApiQuery(
    'people.list',
    { search, limit: 8, sortBy: 'name', statuses: ['active', 'on_leave'] },
    { enabled: search !== '' },
  );
  // Hidden at once when the box is emptied (after a choice), not when the debounce catches up.
  const showing = search !== '' && text.trim() !== '';
  const options = showing ? (results.data?.items ?? []) : [];
  const choose = (person: PickedPerson) => {
    onChange(person);
    setText('');
  };
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className={`field field-wide${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        Person <span className="required">(required)</span>
      </label>
      {selected && (
        <p className="picked">
          <strong>{selected.displayName}</strong>
          <span className="mono">#{selected.employeeNumber}</span>
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            Choose someone else
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
        Type a name or an employee number, then choose the person.
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {sentence(error)}
        </p>
      )}
      {showing && (
        <ul className="picker-results" aria-label="Matching staff">
          {options.length === 0 && !results.loading && (
            <li className="muted">No staff member matches “{search}”.</li>
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
