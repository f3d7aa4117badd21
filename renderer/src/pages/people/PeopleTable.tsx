import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { PeopleSortKey } from '../../../../shared/contract/people';
import { ROLE_LABELS, SHIFT_LABELS, type StaffSummary } from '../../../../shared/domain/staff';
import { SortHeader, type SortDir } from '../../components/SortHeader';
import { StatusBadge } from '../../components/StatusBadge';

const ROW_HEIGHT = 36;
/** The sticky header's height (see .grid-head in table.css); rows start below it. */
const HEADER_HEIGHT = 38;

const COLUMNS: { key: PeopleSortKey; label: string; className?: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'employeeNumber', label: 'Employee no.' },
  { key: 'role', label: 'Role' },
  { key: 'unit', label: 'Unit' },
  { key: 'jobLevel', label: 'Level', className: 'num' },
  { key: 'shift', label: 'Shift' },
  { key: 'yearsExperience', label: 'Years', className: 'num' },
  { key: 'status', label: 'Status' },
];

interface PeopleTableProps {
  items: StaffSummary[];
  sortBy: PeopleSortKey;
  sortDir: SortDir;
  onSort: (key: PeopleSortKey, dir: SortDir) => void;
  onOpen: (staff: StaffSummary) => void;
  /** Accessible name, e.g. "Staff, 142 of 1,676". */
  label: string;
  /** Changes whenever the query changes, so a new search, filter or sort starts at the top. */
  resetKey: string;
}

/**
 * The staff directory as a grid that stays smooth with thousands of rows: only the rows in
 * view are rendered (fixed height). The grid is the scroll container (so it is focusable by
 * keyboard) and its header row is sticky. Focus stays on the grid; arrow keys, Page Up/Down, Home and
 * End move the active row (aria-activedescendant) and Enter opens it.
 */
export function PeopleTable(props: PeopleTableProps) {
  const { items, sortBy, sortDir, onSort, onOpen, label, resetKey } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const [active, setActive] = useState(0);
  const activeIndex = Math.max(0, Math.min(active, items.length - 1));

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  useEffect(() => {
    setActive(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, items.length - 1));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || items.length === 0) return;
    const height = (scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT;
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      const staff = items[activeIndex];
      if (staff) {
        event.preventDefault();
        onOpen(staff);
      }
    }
  };

  const rowId = (index: number) => `${idPrefix}-row-${index}`;

  return (
    <div
      role="grid"
      aria-label={label}
      aria-rowcount={items.length + 1}
      aria-activedescendant={items.length > 0 ? rowId(activeIndex) : undefined}
      tabIndex={0}
      className="grid people-grid"
      onKeyDown={onKeyDown}
      ref={scrollRef}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row">
          {COLUMNS.map((c) => (
            <SortHeader
              key={c.key}
              label={c.label}
              sortKey={c.key}
              sortBy={sortBy}
              sortDir={sortDir}
              onSort={onSort}
              className={`grid-cell${c.className ? ` ${c.className}` : ''}`}
            />
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        className="grid-body"
        style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const staff = items[row.index];
          if (!staff) return null;
          const isActive = row.index === activeIndex;
          return (
            <div
              key={staff.id}
              id={rowId(row.index)}
              role="row"
              aria-rowindex={row.index + 2}
              className={`grid-row grid-body-row${isActive ? ' grid-row-active' : ''}`}
              style={{
                transform: `translateY(${row.start - HEADER_HEIGHT}px)`,
                height: ROW_HEIGHT,
              }}
              onClick={() => {
                setActive(row.index);
                onOpen(staff);
              }}
            >
              <div role="gridcell" className="grid-cell cell-name" title={staff.displayName}>
                {staff.displayName}
              </div>
              <div role="gridcell" className="grid-cell tabular">
                {staff.employeeNumber}
              </div>
              <div role="gridcell" className="grid-cell">
                {staff.role ? ROLE_LABELS[staff.role] : '—'}
              </div>
              <div role="gridcell" className="grid-cell" title={staff.unit ?? undefined}>
                {staff.unit ?? '—'}
              </div>
              <div role="gridcell" className="grid-cell num">
                {staff.jobLevel ?? '—'}
              </div>
              <div role="gridcell" className="grid-cell">
                {staff.shift ? SHIFT_LABELS[staff.shift] : '—'}
              </div>
              <div role="gridcell" className="grid-cell num">
                {staff.yearsExperience ?? '—'}
              </div>
              <div role="gridcell" className="grid-cell">
                <StatusBadge status={staff.status} />
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
