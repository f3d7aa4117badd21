import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { PeopleFacets } from '../../../../shared/contract/people';
import { ROLE_LABELS, SHIFT_LABELS, STAFF_STATUS_LABELS } from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Can } from '../../components/Can';
import { FilterChips, type FilterGroup } from '../../components/FilterChips';
import { PageHeader } from '../../components/PageHeader';
import { formatCount } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { PeopleTable } from './PeopleTable';
import { usePeopleView, type PeopleView } from './usePeopleView';

export function PeoplePage() {
  const navigate = useNavigate();
  const [view, update] = usePeopleView();
  const [searchText, setSearchText] = useState(view.search);
  const debouncedSearch = useDebounced(searchText, 150);

  useEffect(() => {
    if (debouncedSearch.trim() !== view.search) update({ search: debouncedSearch.trim() });
  }, [debouncedSearch, view.search, update]);

  const query = {
    search: view.search,
    units: view.units,
    roles: view.roles,
    shifts: view.shifts,
    statuses: view.statuses,
    sortBy: view.sortBy,
    sortDir: view.sortDir,
  };
  const people = useApiQuery('people.list', query);
  const facets = useApiQuery('people.facets', {});
  const groups = useMemo(() => filterGroups(facets.data, view), [facets.data, view]);

  const page = people.data;
  const countText = page
    ? `${formatCount(page.matching)} of ${formatCount(page.total)} staff`
    : 'Loading staff…';
  const filtered =
    view.search !== '' ||
    view.units.length + view.roles.length + view.shifts.length + view.statuses.length > 0;

  return (
    <div className="page page-fill">
      <PageHeader
        title="People"
        subtitle="The staff directory: everyone who can mentor or be mentored."
        action={
          <Can method="people.create">
            <Link className="button button-primary" to="/people/new">
              Add staff member
            </Link>
          </Can>
        }
      />
      <div className="toolbar">
        <div className="field field-inline search-field">
          <label htmlFor="people-search">Search</label>
          <input
            id="people-search"
            type="search"
            placeholder="Name or employee number"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            autoComplete="off"
          />
        </div>
        <FilterChips
          groups={groups}
          onChange={(key, selected) => update({ [key]: selected })}
          onClearAll={() => update({ units: [], roles: [], shifts: [], statuses: [] })}
        />
        <p className="row-count" role="status" aria-live="polite">
          {countText}
          {people.loading && page && <span className="muted"> · updating…</span>}
        </p>
      </div>
      <ErrorBanner error={people.error} onRetry={people.reload} />
      {page && page.total === 0 ? (
        <EmptyState
          title="No staff yet — import a roster"
          action={
            <>
              <Can method="roster.commit">
                <Link className="button button-primary" to="/import">
                  Import roster
                </Link>{' '}
              </Can>
              <Can method="people.create">
                <Link className="button" to="/people/new">
                  Add staff member
                </Link>
              </Can>
            </>
          }
        >
          Import your HR roster export (CSV or Excel) to fill the directory, or add people one by
          one.
        </EmptyState>
      ) : page && page.matching === 0 ? (
        <EmptyState
          title="No staff match this search"
          action={
            filtered && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setSearchText('');
                  update({ search: '', units: [], roles: [], shifts: [], statuses: [] });
                }}
              >
                Clear search and filters
              </button>
            )
          }
        >
          Try fewer filters, or search by employee number.
        </EmptyState>
      ) : (
        <PeopleTable
          items={page?.items ?? []}
          label={`Staff, ${countText}`}
          resetKey={JSON.stringify(query)}
          sortBy={view.sortBy}
          sortDir={view.sortDir}
          onSort={(sortBy, sortDir) => update({ sortBy, sortDir })}
          onOpen={(staff) => void navigate(`/people/${staff.id}`)}
        />
      )}
    </div>
  );
}

function filterGroups(facets: PeopleFacets | undefined, view: PeopleView): FilterGroup[] {
  const label = (labels: Record<string, string>) => (value: string) => labels[value] ?? value;
  const options = (
    counts: { value: string; count: number }[] | undefined,
    toLabel: (v: string) => string,
    allowed?: Record<string, string>,
  ) =>
    (counts ?? [])
      .filter((c) => c.value !== '' && (!allowed || Object.hasOwn(allowed, c.value)))
      .map((c) => ({ value: c.value, label: toLabel(c.value), count: c.count }));
  return [
    {
      key: 'units',
      label: 'Unit',
      options: options(facets?.units, (v) => v),
      selected: view.units,
    },
    {
      key: 'roles',
      label: 'Role',
      options: options(facets?.roles, label(ROLE_LABELS), ROLE_LABELS),
      selected: view.roles,
    },
    {
      key: 'shifts',
      label: 'Shift',
      options: options(facets?.shifts, label(SHIFT_LABELS), SHIFT_LABELS),
      selected: view.shifts,
    },
    {
      key: 'statuses',
      label: 'Status',
      options: options(facets?.statuses, label(STAFF_STATUS_LABELS), STAFF_STATUS_LABELS),
      selected: view.statuses,
    },
  ];
}
