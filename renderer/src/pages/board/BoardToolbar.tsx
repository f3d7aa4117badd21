import { useState } from 'react';
import type { Board } from '../../../../shared/domain/board';
import { SHIFT_LABELS, type Shift } from '../../../../shared/domain/staff';
import { Can } from '../../components/Can';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FilterChips, type FilterGroup } from '../../components/FilterChips';
import { formatCount, plural } from '../../lib/format';

export interface BoardFilters {
  units: string[];
  shifts: string[];
}

export const NO_FILTERS: BoardFilters = { units: [], shifts: [] };

/** Does a person pass the unit and shift filters? */
export function passes(f: BoardFilters, p: { unit: string | null; shift: Shift | null }): boolean {
  return (
    (f.units.length === 0 || (p.unit !== null && f.units.includes(p.unit))) &&
    (f.shifts.length === 0 || (p.shift !== null && f.shifts.includes(p.shift)))
  );
}

/** The board's totals at a glance. */
export function BoardCounts({ board }: { board: Board }) {
  const t = board.totals;
  const items: [string, number][] = [
    ['Mentees', t.mentees],
    ['Proposed', t.proposed],
    ['Active', t.active],
    ['Paused', t.paused],
    ['Unpaired', t.unpaired],
  ];
  return (
    <ul className="summary-counts board-counts" aria-label="Board totals">
      {items.map(([label, n]) => (
        <li key={label}>
          <strong>{formatCount(n)}</strong> {label.toLowerCase()}
        </li>
      ))}
    </ul>
  );
}

interface BoardToolbarProps {
  board: Board;
  filters: BoardFilters;
  onFilters: (f: BoardFilters) => void;
  shown: { mentors: number; pool: number };
  onAcceptAll: (ids: number[]) => Promise<boolean>;
}

/** Filters by unit and shift, what they leave in view, and "Accept all proposals". */
export function BoardToolbar({ board, filters, onFilters, shown, onAcceptAll }: BoardToolbarProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const people = [...board.mentors.map((m) => m.person), ...board.pool.map((m) => m.person)];
  const count = (key: 'unit' | 'shift') => {
    const counts = new Map<string, number>();
    for (const p of people) {
      const v = p[key];
      if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  };
  const groups: FilterGroup[] = [
    {
      key: 'units',
      label: 'Unit',
      options: count('unit').map(([value, n]) => ({ value, label: value, count: n })),
      selected: filters.units,
    },
    {
      key: 'shifts',
      label: 'Shift',
      options: count('shift').map(([value, n]) => ({
        value,
        label: SHIFT_LABELS[value as Shift] ?? value,
        count: n,
      })),
      selected: filters.shifts,
    },
  ];
  const proposed = board.mentors.flatMap((m) =>
    m.pairings.filter((p) => p.status === 'proposed').map((p) => p.pairingId),
  );
  const filtered = filters.units.length + filters.shifts.length > 0;

  return (
    <div className="toolbar board-toolbar">
      <FilterChips
        groups={groups}
        onChange={(key, selected) => onFilters({ ...filters, [key]: selected })}
        onClearAll={() => onFilters(NO_FILTERS)}
      />
      {filtered && (
        <p className="muted small board-shown" role="status">
          Showing {formatCount(shown.mentors)} of{' '}
          {plural(board.mentors.length, 'mentor', 'mentors')} and {formatCount(shown.pool)} of{' '}
          {formatCount(board.pool.length)} unpaired
        </p>
      )}
      <span className="spacer" />
      <Can method="pairings.acceptAll">
        <button
          type="button"
          className="button"
          disabled={proposed.length === 0}
          onClick={() => setConfirming(true)}
        >
          Accept all proposals ({formatCount(proposed.length)})
        </button>
        <ConfirmDialog
          open={confirming}
          title={`Accept ${plural(proposed.length, 'proposal', 'proposals')}?`}
          confirmLabel="Accept all"
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setBusy(true);
            void onAcceptAll(proposed).then(() => {
              setBusy(false);
              setConfirming(false);
            });
          }}
        >
          <p>
            Every proposed pairing on this board becomes active today (or when the cohort starts),
            with its planned end date. Active pairings are no longer moved by optimising; they can
            be paused, completed or ended early from their page.
          </p>
          <p>
            A proposal that now breaks a hard rule (the do-not-pair list, training, a shift, someone
            away) is left proposed, and you are told which and why.
          </p>
          <p className="muted">Proposals hidden by the filters are accepted too.</p>
        </ConfirmDialog>
      </Can>
    </div>
  );
}
