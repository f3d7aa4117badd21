import { useId, useState } from 'react';
import { ROLE_LABELS, type StaffStatus } from '../../../shared/domain/staff';
import { useApiQuery } from '../api/useApiQuery';
import { useDebounced } from '../lib/useDebounced';
import { sentence } from './Field';

/** A chosen staff member, as much as a form needs to show and submit. */
export interface PickedStaff {
  staffId: number;
  displayName: string;
  employeeNumber: string;
  unit?: string | null;
}

interface StaffPickerProps {
  label: string;
  required?: boolean;
  /** Why this person is asked for; shown under the box. */
  hint: string;
  /** The button that clears the choice, e.g. "Remove supervisor". */
  clearLabel: string;
  selected: PickedStaff | null;
  onChange: (person: PickedStaff | null) => void;
  /** Never offered, e.g. the person being signed off or edited. */
  excludeId?: number | undefined;
  /** Only these statuses are offered; every status when left out. */
  statuses?: StaffStatus[];
  error?: string | undefined;
}

/**
 * Find a staff member by name or employee number, then choose. Enter on an exact employee number
 * picks that person without leaving the keyboard.
 */
export function StaffPicker(props: StaffPickerProps) {
  const { selected, onChange, excludeId, error } = props;
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const results = useApiQuery(
    'people.list',
    { search, limit: 8, sortBy: 'name', ...(props.statuses ? { statuses: props.statuses } : {}) },
    { enabled: search !== '' },
  );
  // Hidden at once when the box is emptied (after a choice), not when the debounce catches up.
  const showing = search !== '' && text.trim() !== '';
  const options = (showing ? (results.data?.items ?? []) : []).filter((s) => s.id !== excludeId);
  const choose = (s: (typeof options)[number]) => {
    onChange({
      staffId: s.id,
      displayName: s.displayName,
      employeeNumber: s.employeeNumber,
      unit: s.unit,
    });
    setText('');
  };
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className={`field field-wide${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span className="required"> (required)</span>}
      </label>
      {selected && (
        <p className="picked">
          <span>
            <strong>{selected.displayName}</strong>{' '}
            <span className="mono">#{selected.employeeNumber}</span>
            {selected.unit && <span className="muted"> · {selected.unit}</span>}
          </span>
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {props.clearLabel}
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
          if (event.key !== 'Enter') return;
          event.preventDefault();
          const exact = options.find((o) => o.employeeNumber === text.trim());
          if (exact) choose(exact);
        }}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
      />
      <p className="field-hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {sentence(error)}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {showing && !results.loading ? matchWords(options.length, results.data?.matching) : ''}
      </p>
      {showing && (
        <ul className="picker-results" aria-label="Matching staff">
          {options.length === 0 && !results.loading && (
            <li className="muted">
              No {props.statuses ? 'current ' : ''}staff member matches “{search}”.
            </li>
          )}
          {options.map((s) => (
            <li key={s.id}>
              <button type="button" className="picker-option" onClick={() => choose(s)}>
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

/** "3 matching staff", or "the first 8 of 120 matching staff" when the list is cut short. */
function matchWords(shown: number, matching: number | undefined): string {
  return matching !== undefined && matching > shown
    ? `the first ${shown} of ${matching} matching staff`
    : `${shown} matching staff`;
}
