import { useId, useMemo, useState } from 'react';
import type { EnrolmentRole } from '../../../../shared/domain/programs';
import { ROLE_LABELS, SHIFT_LABELS, type Role, type Shift } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FilterChips, type FilterGroup } from '../../components/FilterChips';
import { formatCount, plural } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { ROLE_WORDS, type EnrolFn } from './enrol';

interface BulkEnrolProps {
  role: EnrolmentRole;
  enrolled: ReadonlySet<number>;
  onEnrol: EnrolFn;
}

interface Filters {
  units: string[];
  roles: Role[];
  shifts: Shift[];
}
const NO_FILTERS: Filters = { units: [], roles: [], shifts: [] };

/** Everyone a People filter finds (active staff only), optionally only the first N by name. */
export function BulkEnrol({ role, enrolled, onEnrol }: BulkEnrolProps) {
  const searchId = useId();
  const limitId = useId();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [text, setText] = useState('');
  const [limit, setLimit] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const search = useDebounced(text.trim(), 200);
  const filtered =
    search !== '' || filters.units.length + filters.roles.length + filters.shifts.length > 0;

  const facets = useApiQuery('people.facets', {});
  const people = useApiQuery(
    'people.list',
    { ...filters, search, statuses: ['active'], sortBy: 'name', sortDir: 'asc' },
    { enabled: filtered },
  );
  const groups = useMemo<FilterGroup[]>(() => {
    const opts = (
      counts: { value: string; count: number }[] | undefined,
      labels?: Record<string, string>,
    ) =>
      (counts ?? [])
        .filter((c) => c.value !== '' && (!labels || Object.hasOwn(labels, c.value)))
        .map((c) => ({ value: c.value, label: labels?.[c.value] ?? c.value, count: c.count }));
    return [
      { key: 'units', label: 'Unit', options: opts(facets.data?.units), selected: filters.units },
      {
        key: 'roles',
        label: 'Role',
        options: opts(facets.data?.roles, ROLE_LABELS),
        selected: filters.roles,
      },
      {
        key: 'shifts',
        label: 'Shift',
        options: opts(facets.data?.shifts, SHIFT_LABELS),
        selected: filters.shifts,
      },
    ];
  }, [facets.data, filters]);

  const matching = filtered ? (people.data?.items ?? []) : [];
  const fresh = matching.filter((s) => !enrolled.has(s.id));
  const limitNumber = Number(limit);
  const limitError =
    limit.trim() !== '' && (!Number.isInteger(limitNumber) || limitNumber < 1)
      ? 'a whole number, 1 or more'
      : undefined;
  const chosen = limit.trim() === '' || limitError ? fresh : fresh.slice(0, limitNumber);
  const words = ROLE_WORDS[role];
  const label =
    chosen.length === fresh.length
      ? `Enrol all ${formatCount(chosen.length)} matching as ${words.many}`
      : `Enrol the first ${formatCount(chosen.length)} as ${words.many}`;

  const enrolAll = async () => {
    setBusy(true);
    setError(null);
    const failure = await onEnrol(chosen.map((s) => s.id));
    setBusy(false);
    setError(failure);
  };

  return (
    <div className="enrol-mode">
      <h3 className="subheading">From a People filter</h3>
      <div className="field">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          placeholder="Name or employee number (optional)"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <FilterChips
        groups={groups}
        onChange={(key, selected) => setFilters((f) => ({ ...f, [key]: selected }))}
        onClearAll={() => setFilters(NO_FILTERS)}
      />
      <p className="bulk-count" role="status">
        {!filtered
          ? 'Choose a unit, role or shift (or search) to find staff.'
          : !people.data || people.loading
            ? 'Finding staff…'
            : `${plural(matching.length, 'active staff member matches', 'active staff match')}` +
              (matching.length > fresh.length
                ? `; ${formatCount(matching.length - fresh.length)} already enrolled as ${words.many}.`
                : '.')}
      </p>
      {filtered && fresh.length > 0 && (
        <>
          <div className="field field-inline">
            <label htmlFor={limitId}>Only the first</label>
            <input
              id={limitId}
              className="limit-input"
              inputMode="numeric"
              value={limit}
              placeholder="all"
              aria-invalid={limitError ? true : undefined}
              aria-describedby={`${limitId}-hint`}
              onChange={(e) => setLimit(e.target.value)}
            />
            <span id={`${limitId}-hint`} className="muted small">
              {limitError ? `Expected ${limitError}.` : 'by name (leave empty for all)'}
            </span>
          </div>
          <p className="muted small bulk-names">
            {chosen
              .slice(0, 6)
              .map((s) => s.displayName)
              .join(', ')}
            {chosen.length > 6 ? ` and ${formatCount(chosen.length - 6)} more` : ''}
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || chosen.length === 0}
            onClick={() => void enrolAll()}
          >
            {busy ? 'Enrolling…' : label}
          </button>
        </>
      )}
      <ErrorBanner error={error ?? people.error} />
    </div>
  );
}
