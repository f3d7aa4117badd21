import type { ReactNode } from 'react';
import { formatCount } from '../lib/format';
import { FilterChips, type FilterGroup } from './FilterChips';

interface FilteredTableProps {
  /** The search box: its id (for the label), hint and text. */
  search: { id: string; placeholder: string; value: string; onChange: (text: string) => void };
  filterGroups: FilterGroup[];
  onFilterChange: (key: string, selected: string[]) => void;
  onClearFilters: () => void;
  /** Rows shown after filtering, rows in all, and what a row is ("evaluations", "due"). */
  count: { shown: number; total: number; noun: string };
  /** The table's caption for screen readers. */
  caption: string;
  className: string;
  /** The header row's cells. */
  head: ReactNode;
  /** Said under the table when the filters hide every row. */
  noMatch: string;
  children: ReactNode;
}

/**
 * A list people narrow down in place: search, filter chips and a live count above a scrollable
 * table, and a sentence when nothing matches. The caller owns the filters, sort and rows.
 */
export function FilteredTable(props: FilteredTableProps) {
  const { search, count } = props;
  return (
    <>
      <div className="toolbar">
        <div className="field field-inline search-field">
          <label htmlFor={search.id}>Search</label>
          <input
            id={search.id}
            type="search"
            placeholder={search.placeholder}
            value={search.value}
            onChange={(e) => search.onChange(e.target.value)}
            autoComplete="off"
          />
        </div>
        <FilterChips
          groups={props.filterGroups}
          onChange={props.onFilterChange}
          onClearAll={props.onClearFilters}
        />
        <p className="row-count" role="status" aria-live="polite">
          {formatCount(count.shown)} of {formatCount(count.total)} {count.noun}
        </p>
      </div>
      <div className="table-scroll">
        <table className={`table ${props.className}`}>
          <caption className="sr-only">{props.caption}</caption>
          <thead>
            <tr>{props.head}</tr>
          </thead>
          <tbody>{props.children}</tbody>
        </table>
      </div>
      {count.shown === 0 && <p className="muted due-none">{props.noMatch}</p>}
    </>
  );
}
