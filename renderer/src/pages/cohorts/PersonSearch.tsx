import { useId, useState } from 'react';
import type { EnrolmentRole } from '../../../../shared/domain/programs';
import { ROLE_LABELS, SHIFT_LABELS, type StaffSummary } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDebounced } from '../../lib/useDebounced';
import { ROLE_WORDS, type EnrolFn } from './enrol';

interface PersonSearchProps {
  role: EnrolmentRole;
  /** Staff ids enrolled now, per role: nobody takes both roles in one cohort. */
  enrolled: Record<EnrolmentRole, ReadonlySet<number>>;
  onEnrol: EnrolFn;
}

/** Find one person by name or employee number and enrol them. */
export function PersonSearch({ role, enrolled, onEnrol }: PersonSearchProps) {
  const inputId = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const people = useApiQuery(
    'people.list',
    { search, statuses: ['active', 'on_leave'], limit: 8 },
    { enabled: search !== '' },
  );
  const results = search === '' ? [] : (people.data?.items ?? []);

  const enrolOne = async (staff: StaffSummary) => {
    setBusyId(staff.id);
    setError(null);
    const failure = await onEnrol([staff.id]);
    setBusyId(null);
    setError(failure);
  };

  return (
    <div className="enrol-mode">
      <h3 className="subheading">One by one</h3>
      <div className="field">
        <label htmlFor={inputId}>Find a person</label>
        <input
          id={inputId}
          type="search"
          autoComplete="off"
          placeholder="Name or employee number"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <ErrorBanner error={error} />
      {search !== '' && people.data && (
        <p className="muted small" role="status">
          {people.data.matching === 0
            ? 'Nobody found.'
            : people.data.matching > results.length
              ? `Showing ${results.length} of ${people.data.matching}; type more to narrow it down.`
              : `${people.data.matching} found.`}
        </p>
      )}
      {results.length > 0 && (
        <ul className="picker-results" aria-label="People found">
          {results.map((s) => {
            const holds = enrolled.mentor.has(s.id)
              ? 'mentor'
              : enrolled.mentee.has(s.id)
                ? 'mentee'
                : null;
            return (
              <li key={s.id} className="person-result">
                <span>
                  <strong>{s.displayName}</strong>{' '}
                  <span className="mono small">#{s.employeeNumber}</span>
                  <span className="muted small person-facts">
                    {[s.role && ROLE_LABELS[s.role], s.unit, s.shift && SHIFT_LABELS[s.shift]]
                      .filter(Boolean)
                      .join(' · ')}
                    {s.status === 'on_leave' ? ' · On leave' : ''}
                  </span>
                </span>
                {holds ? (
                  <span className="muted small">
                    {holds === role
                      ? 'Already enrolled'
                      : `Already a ${ROLE_WORDS[holds].one} here`}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busyId !== null}
                    aria-label={`Enrol ${s.displayName} as a ${ROLE_WORDS[role].one}`}
                    onClick={() => void enrolOne(s)}
                  >
                    {busyId === s.id ? 'Enrolling…' : `Enrol as ${ROLE_WORDS[role].one}`}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
