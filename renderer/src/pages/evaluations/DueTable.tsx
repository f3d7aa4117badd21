import { useMemo, useState } from 'react';
import type { DueEvaluation } from '../../../../shared/domain/evaluations';
import { EmptyState } from '../../components/EmptyState';
import { FilterChips } from '../../components/FilterChips';
import { formatCount } from '../../lib/format';
import { SortTh, type Sort } from '../training/SortTh';
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
    <>
      <div className="toolbar">
        <div className="field field-inline search-field">
          <label htmlFor="due-evaluations-search">Search</label>
          <input
            id="due-evaluations-search"
            type="search"
            placeholder="Mentee, mentor or form"
            value={filters.search}
            onChange={(e) => setFilters({ ...filters, search: e.target.value })}
            autoComplete="off"
          />
        </div>
        <FilterChips
          groups={groups}
          onChange={(key, selected) => setFilters({ ...filters, [key]: selected })}
          onClearAll={() => setFilters({ search: filters.search, cohorts: [], states: [] })}
        />
        <p className="row-count" role="status" aria-live="polite">
          {formatCount(rows.length)} of {formatCount(items.length)} evaluations
        </p>
      </div>
      <div className="table-scroll">
        <table className="table due-evaluations">
          <caption className="sr-only">Evaluations due, overdue, upcoming and done</caption>
          <thead>
            <tr>
              <SortTh label="Pairing" sortKey="pairing" sort={sort} onSort={setSort} />
              <SortTh label="Cohort" sortKey="cohort" sort={sort} onSort={setSort} />
              <SortTh label="Evaluation" sortKey="form" sort={sort} onSort={setSort} />
              <SortTh label="Due" sortKey="due" sort={sort} onSort={setSort} />
              <SortTh label="State" sortKey="state" sort={sort} onSort={setSort} />
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <DueRow key={dueKey(d)} due={d} showPairing />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && (
        <p className="muted due-none">
          No evaluation matches these filters. Clear the filters to see every evaluation.
        </p>
      )}
    </>
  );
}
