import { useId, useState } from 'react';
import type { GoalView, ProgressEntry } from '../../../../shared/domain/goals';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDay } from '../../lib/format';
import { formatNumber, formatValue } from './format';
import { useAction } from './useAction';

interface ProgressTableProps {
  goal: GoalView;
  editable: boolean;
  onChanged: () => void;
}

/** The chart's data as a table: every entry with its note and who recorded it, newest first. */
export function ProgressTable({ goal, editable, onChanged }: ProgressTableProps) {
  const [removing, setRemoving] = useState<ProgressEntry | null>(null);
  const action = useAction();
  const rows = [...goal.progress].reverse();
  const captionId = useId();

  const remove = async () => {
    if (!removing) return;
    const done = await action.run(() => api.call('goals.removeProgress', { id: removing.id }));
    setRemoving(null);
    if (done) onChanged();
  };

  return (
    // A long history scrolls inside its box; a read-only one holds nothing focusable, so the box
    // itself takes focus (and a name) for keyboard users to scroll it.
    <div className="goal-table table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="table table-compact">
        <caption className="goal-table-caption" id={captionId}>
          Progress entries for “{goal.title}”
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Value ({goal.unit})
            </th>
            <th scope="col">Note</th>
            <th scope="col">Recorded by</th>
            {editable && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td className="nowrap">{formatDay(p.date)}</td>
              <td className="num">{formatNumber(p.value)}</td>
              <td className="break">{p.note ?? <span className="muted">—</span>}</td>
              <td className="small break">{p.recordedBy}</td>
              {editable && (
                <td>
                  <button
                    type="button"
                    className="link-button small"
                    aria-label={`Remove the entry of ${formatDay(p.date)} (${formatValue(p.value, goal.unit)})`}
                    onClick={() => setRemoving(p)}
                  >
                    Remove
                  </button>
                </td>
              )}
            </tr>
          ))}
          <tr className="goal-baseline-row">
            <td className="nowrap">{formatDay(goal.startDate)}</td>
            <td className="num">{formatNumber(goal.baseline)}</td>
            <td colSpan={editable ? 3 : 2} className="muted">
              Baseline at the start
            </td>
          </tr>
        </tbody>
      </table>
      <ErrorBanner error={action.error} />
      <ConfirmDialog
        open={removing !== null}
        title="Remove this progress entry?"
        confirmLabel="Remove entry"
        danger
        busy={action.busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        <p>
          The entry of {removing ? formatDay(removing.date) : ''} (
          {removing ? formatValue(removing.value, goal.unit) : ''}) is removed and the status is
          worked out again without it. The audit trail keeps what it said.
        </p>
      </ConfirmDialog>
    </div>
  );
}
