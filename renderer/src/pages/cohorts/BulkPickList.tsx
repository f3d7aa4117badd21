import { useId } from 'react';
import type { EnrolCandidate } from '../../../../shared/contract/programs';
import type { EnrolmentRole } from '../../../../shared/domain/programs';
import { ROLE_LABELS, STAFF_STATUS_LABELS } from '../../../../shared/domain/staff';
import { formatCount, formatDay } from '../../lib/format';
import { ROLE_WORDS } from './enrol';

interface BulkPickListProps {
  candidates: EnrolCandidate[];
  /** The role each person holds in the cohort now (withdrawn enrolments do not count). */
  roleOf: (staffId: number) => EnrolmentRole | null;
  role: EnrolmentRole;
  selected: ReadonlySet<number>;
  onSelect: (next: ReadonlySet<number>) => void;
}

/** Facts that tell staff apart when picking: role, unit, level, experience, hire date. */
function facts(c: EnrolCandidate): string {
  return [
    c.role && ROLE_LABELS[c.role],
    c.unit,
    c.jobLevel !== null && `level ${c.jobLevel}`,
    c.yearsExperience !== null && `${c.yearsExperience} yrs`,
    c.hireDate && `hired ${formatDay(c.hireDate)}`,
    c.status !== 'active' && STAFF_STATUS_LABELS[c.status],
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The staff a filter found, each with a checkbox: pick some, all or none. People already in the
 * cohort are listed but cannot be picked, with the role they hold (one role per cohort).
 */
export function BulkPickList({ candidates, roleOf, role, selected, onSelect }: BulkPickListProps) {
  const countId = useId();
  const open = candidates.filter((c) => roleOf(c.id) === null);
  const chosen = open.filter((c) => selected.has(c.id)).length;
  const taken = candidates.length - open.length;
  return (
    <fieldset className="bulk-pick">
      <legend className="sr-only">Staff to enrol as {ROLE_WORDS[role].many}</legend>
      <div className="bulk-pick-actions">
        <p id={countId} className="bulk-count" role="status">
          {formatCount(chosen)} of {formatCount(open.length)} selected
          {taken > 0 && (
            <span className="muted small"> · {formatCount(taken)} already in this cohort</span>
          )}
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={open.length === 0 || chosen === open.length}
          onClick={() => onSelect(new Set(open.map((c) => c.id)))}
        >
          Select all
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={chosen === 0}
          onClick={() => onSelect(new Set())}
        >
          Select none
        </button>
      </div>
      {/* Scrolls; focusable itself only when no checkbox inside can take the focus. */}
      <ul
        className="bulk-list"
        aria-label="Staff found"
        aria-describedby={countId}
        tabIndex={open.length === 0 ? 0 : undefined}
      >
        {candidates.map((c) => {
          const holds = roleOf(c.id);
          return (
            <li key={c.id} className={holds ? 'bulk-taken' : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={holds === null && selected.has(c.id)}
                  disabled={holds !== null}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(c.id);
                    else next.delete(c.id);
                    onSelect(next);
                  }}
                />
                <span>
                  <strong>{c.displayName}</strong>{' '}
                  <span className="mono small">#{c.employeeNumber}</span>
                  <span className="muted small bulk-facts">
                    {facts(c)}
                    {holds && ` · already a ${ROLE_WORDS[holds].one} here`}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
