export type SortDir = 'asc' | 'desc';

interface SortHeaderProps<K extends string> {
  label: string;
  sortKey: K;
  sortBy: K;
  sortDir: SortDir;
  onSort: (key: K, dir: SortDir) => void;
  className?: string;
}

/** A column header that sorts: a button inside a columnheader carrying aria-sort. */
export function SortHeader<K extends string>(props: SortHeaderProps<K>) {
  const { label, sortKey, sortBy, sortDir, onSort, className } = props;
  const active = sortKey === sortBy;
  const ariaSort = active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <div role="columnheader" aria-sort={ariaSort} className={className}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(sortKey, active && sortDir === 'asc' ? 'desc' : 'asc')}
      >
        {label}
        <span aria-hidden="true" className={`sort-icon${active ? ' sort-icon-active' : ''}`}>
          {active ? (sortDir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </div>
  );
}
