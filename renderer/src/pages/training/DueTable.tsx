import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/SessionContext';
import type { TrainingRequirement } from '../../../../shared/domain/training';
import { EmptyState } from '../../components/EmptyState';
import { FilteredTable } from '../../components/FilteredTable';
import { formatDay } from '../../lib/format';
import {
  dueFilterGroups,
  NO_FILTERS,
  visibleItems,
  type DueFilters,
  type DueSortKey,
} from './dueView';
import { SortTh, type Sort } from '../../components/SortTh';
import { TrainingStatusBadge } from './TrainingStatusBadge';

interface DueTableProps {
  items: TrainingRequirement[];
  onRecord: (item: TrainingRequirement) => void;
}

/** Everyone's training that is due or expiring, filtered and sorted in place. */
export function DueTable({ items, onRecord }: DueTableProps) {
  const [filters, setFilters] = useState<DueFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort<DueSortKey>>({ key: 'status', dir: 'asc' });
  const groups = useMemo(() => dueFilterGroups(items, filters), [items, filters]);
  const rows = useMemo(() => visibleItems(items, filters, sort), [items, filters, sort]);

  if (items.length === 0) {
    return (
      <EmptyState title="Nothing is due — everyone enrolled has the training they need">
        Training becomes due when someone is enrolled in a cohort whose program requires it, or when
        a module is marked required for every mentor or mentee.
      </EmptyState>
    );
  }
  return (
    <FilteredTable
      search={{
        id: 'due-search',
        placeholder: 'Name or employee number',
        value: filters.search,
        onChange: (search) => setFilters({ ...filters, search }),
      }}
      filterGroups={groups}
      onFilterChange={(key, selected) => setFilters({ ...filters, [key]: selected })}
      onClearFilters={() => setFilters({ ...NO_FILTERS, search: filters.search })}
      count={{ shown: rows.length, total: items.length, noun: 'due' }}
      caption="Training due or expiring"
      className="due-table"
      head={
        <>
          <SortTh label="Person" sortKey="person" sort={sort} onSort={setSort} />
          <th scope="col">Unit</th>
          <SortTh label="Module" sortKey="module" sort={sort} onSort={setSort} />
          <SortTh label="Status" sortKey="status" sort={sort} onSort={setSort} />
          <SortTh label="Expires" sortKey="expiry" sort={sort} onSort={setSort} />
          <th scope="col">Required by</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </>
      }
      noMatch="No training due matches these filters."
    >
      {rows.map((r) => (
        <DueRow key={`${r.person.staffId}|${r.moduleName}`} item={r} onRecord={onRecord} />
      ))}
    </FilteredTable>
  );
}

function DueRow({
  item,
  onRecord,
}: {
  item: TrainingRequirement;
  onRecord: DueTableProps['onRecord'];
}) {
  const { person } = item;
  const canRecord = useCan('training.record');
  return (
    <tr>
      <th scope="row">
        <Link to={`/training/people/${person.staffId}`}>{person.displayName}</Link>{' '}
        <span className="mono small muted">#{person.employeeNumber}</span>
      </th>
      <td>{person.unit ?? <span className="muted">No unit</span>}</td>
      <td>
        {item.moduleName}
        {item.moduleId === null && <span className="muted small block">Not in the catalogue</span>}
      </td>
      <td>
        <TrainingStatusBadge status={item.status} />
      </td>
      <td className="nowrap">
        {item.expiresOn ? formatDay(item.expiresOn) : <span className="muted">—</span>}
      </td>
      <td className="small">{item.requiredBy.join('; ')}</td>
      <td>
        {item.moduleId !== null && canRecord && (
          <button type="button" className="button button-small" onClick={() => onRecord(item)}>
            {/* The spoken name starts with the visible words, so voice control finds it. */}
            Record completion
            <span className="sr-only">
              {' '}
              of {item.moduleName} for {person.displayName}
            </span>
          </button>
        )}
      </td>
    </tr>
  );
}
