import { useMemo, useState } from 'react';
import type { DueEvaluation } from '../../../../shared/domain/evaluations';
import { EmptyState } from '../../components/EmptyState';
import { FilteredTable } from '../../components/FilteredTable';
import { SortTh, type Sort } from '../../components/SortTh';
import { DueRow } from './DueRow';
import {
  dueFilterGroups,
  dueKey,
  START_FILTERS,
  visibleDue,
  type DueFilters,
  type DueSortKey,
} from './dueView';

/** Every evaluation asked for across the cohorts, filtered by cohort and state, sortable. */
export function DueTable({ items }: { items: DueEvaluation[] }) {
  const [filters, setFilters] = useState<DueFilters>(START_FILTERS);
  const [sort, setSort] = useState<Sort<DueSortKey>>({ key: 'due', dir: 'asc' });
  const groups = useMemo(() => dueFilterGroups(items, filters), [items, filters]);
  const rows = useMemo(() => visibleDue(items, filters, sort), [items, filters, sort]);

  if (items.length === 0) {
    return (
      <EmptyState title="No evaluations are asked for yet">
        Evaluations fall due once a program's plan asks for forms and its pairings are active. Open
        “Program plans” to choose which forms each program asks for, and when.
      </EmptyState>
    );
  }
  return (
    <FilteredTable
      search={{
        id: 'due-evaluations-search',
        placeholder: 'Mentee, mentor or form',
        value: filters.search,
        onChange: (search) => setFilters({ ...filters, search }),
      }}
      filterGroups={groups}
      onFilterChange={(key, selected) => setFilters({ ...filters, [key]: selected })}
      onClearFilters={() => setFilters({ search: filters.search, cohorts: [], states: [] })}
      count={{ shown: rows.length, total: items.length, noun: 'evaluations' }}
      caption="Evaluations due, overdue, upcoming and done"
      className="due-evaluations"
      head={
        <>
          <SortTh label="Pairing" sortKey="pairing" sort={sort} onSort={setSort} />
          <SortTh label="Cohort" sortKey="cohort" sort={sort} onSort={setSort} />
          <SortTh label="Evaluation" sortKey="form" sort={sort} onSort={setSort} />
          <SortTh label="Due" sortKey="due" sort={sort} onSort={setSort} />
          <SortTh label="State" sortKey="state" sort={sort} onSort={setSort} />
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </>
      }
      noMatch="No evaluation matches these filters. Clear the filters to see every evaluation."
    >
      {rows.map((d) => (
        <DueRow key={dueKey(d)} due={d} showPairing />
      ))}
    </FilteredTable>
  );
}
