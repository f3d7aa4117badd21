import type { SortDir } from './SortHeader';

export interface Sort<K extends string> {
  key: K;
  dir: SortDir;
}

interface SortThProps<K extends string> {
  label: string;
  sortKey: K;
  sort: Sort<K>;
  onSort: (sort: Sort<K>) => void;
}

/** A sortable column header of an ordinary table: a button inside a th carrying aria-sort. */
export function SortTh<K extends string>({ label, sortKey, sort, onSort }: SortThProps<K>) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: sortKey, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <span aria-hidden="true" className={`sort-icon${active ? ' sort-icon-active' : ''}`}>
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
