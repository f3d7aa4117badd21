import { useId, useMemo, useState } from 'react';
import type { EnrolmentRole } from '../../../../shared/domain/programs';
import { ROLE_LABELS, SHIFT_LABELS, STAFF_STATUS_LABELS } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { FilterChips, type FilterGroup } from '../../components/FilterChips';
import { formatCount, formatDay, plural } from '../../lib/format';
import { fieldErrorsFrom } from '../../lib/problems';
import { useDebounced } from '../../lib/useDebounced';
import { BulkPickList } from './BulkPickList';
import {
  NO_BULK_FILTERS,
  parseBulkFilters,
  type BulkFilters,
  type NumberField,
} from './bulkFilters';
import { ROLE_WORDS, type EnrolFn } from './enrol';
import './bulk-enrol.css';

interface BulkEnrolProps {
  cohortId: number;
  role: EnrolmentRole;
  /** Staff ids enrolled now, per role: nobody takes both roles in one cohort. */
  enrolled: Record<EnrolmentRole, ReadonlySet<number>>;
  onEnrol: EnrolFn;
}

const JOB_LEVELS = ['1', '2', '3', '4', '5'];

/**
 * Enrol many at once: filter the directory (unit, role, shift, job level, status, years of
 * experience, hire date), then tick the people to enrol from what the filters find.
 */
export function BulkEnrol({ cohortId, role, enrolled, onEnrol }: BulkEnrolProps) {
  const searchId = useId();
  const [filters, setFilters] = useState<BulkFilters>(NO_BULK_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const debounced = useDebounced(filters, 250);
  const parsed = parseBulkFilters(debounced);
  const typedErrors = parseBulkFilters(filters).errors;

  const facets = useApiQuery('people.facets', {});
  const candidates = useApiQuery(
    'enrolments.candidates',
    { cohortId, ...parsed.query },
    { enabled: parsed.query !== null },
  );
  const serverErrors = fieldErrorsFrom(candidates.error);
  const numberError = (field: NumberField) => typedErrors[field] ?? serverErrors[field];

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
      {
        key: 'jobLevels',
        label: 'Job level',
        options: JOB_LEVELS.map((l) => ({ value: l, label: `Level ${l}` })),
        selected: filters.jobLevels,
      },
      {
        key: 'statuses',
        label: 'Status',
        options: opts(
          facets.data?.statuses.filter((s) => s.value !== 'left'),
          STAFF_STATUS_LABELS,
        ),
        selected: filters.statuses,
      },
    ];
  }, [facets.data, filters]);

  const set = <K extends keyof BulkFilters>(key: K, value: BulkFilters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));
  const roleOf = (staffId: number): EnrolmentRole | null =>
    enrolled.mentor.has(staffId) ? 'mentor' : enrolled.mentee.has(staffId) ? 'mentee' : null;
  const found = parsed.query !== null ? (candidates.data?.items ?? []) : [];
  const chosen = found.filter((c) => roleOf(c.id) === null && selected.has(c.id));
  const words = ROLE_WORDS[role];

  const enrolChosen = async () => {
    setBusy(true);
    setError(null);
    const failure = await onEnrol(chosen.map((c) => c.id));
    setBusy(false);
    setError(failure);
    if (!failure) setSelected(new Set());
  };

  const status = !parsed.narrowed
    ? 'Choose a unit, role, shift, job level, status, experience or hire date (or search) to find staff.'
    : parsed.query === null
      ? 'Correct the numbers above to find staff.'
      : !candidates.data || candidates.loading
        ? 'Finding staff…'
        : `${plural(found.length, 'staff member matches', 'staff match')}` +
          (candidates.data.hiredSince
            ? `, hired since ${formatDay(candidates.data.hiredSince)}.`
            : '.');

  return (
    <div className="enrol-mode">
      <h3 className="subheading">Many at once, from filters</h3>
      <div className="field">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          placeholder="Name or employee number (optional)"
          value={filters.search}
          onChange={(e) => set('search', e.target.value)}
        />
      </div>
      <FilterChips
        groups={groups}
        onChange={(key, values) => setFilters((f) => ({ ...f, [key]: values }))}
        onClearAll={() => setFilters(NO_BULK_FILTERS)}
      />
      <fieldset className="bulk-numbers">
        <legend className="sr-only">Experience and hire date</legend>
        <TextField
          label="Years of experience, at least"
          inputMode="decimal"
          value={filters.minYears}
          onChange={(e) => set('minYears', e.target.value)}
          error={numberError('minYears')}
        />
        <TextField
          label="Years of experience, at most"
          inputMode="decimal"
          value={filters.maxYears}
          onChange={(e) => set('maxYears', e.target.value)}
          error={numberError('maxYears')}
        />
        <TextField
          label="Hired in the last (months)"
          inputMode="numeric"
          value={filters.hiredWithinMonths}
          onChange={(e) => set('hiredWithinMonths', e.target.value)}
          error={numberError('hiredWithinMonths')}
          hint="New graduates: e.g. 12"
        />
      </fieldset>
      <p className="muted small bulk-found" role="status">
        {status}
      </p>
      {found.length > 0 && (
        <>
          <BulkPickList
            candidates={found}
            roleOf={roleOf}
            role={role}
            selected={selected}
            onSelect={setSelected}
          />
          <button
            type="button"
            className="button button-primary"
            disabled={busy || chosen.length === 0}
            onClick={() => void enrolChosen()}
          >
            {busy
              ? 'Enrolling…'
              : `Enrol ${formatCount(chosen.length)} as ${chosen.length === 1 ? words.one : words.many}`}
          </button>
        </>
      )}
      <ErrorBanner
        error={error ?? (Object.keys(serverErrors).length > 0 ? null : candidates.error)}
      />
    </div>
  );
}
