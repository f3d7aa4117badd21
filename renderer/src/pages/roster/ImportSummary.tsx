import type { RosterSummary } from '../../../../shared/domain/roster';
import { formatCount } from '../../lib/format';
import { fieldLabel } from '../audit/describe';

/** N new, N updated (with the fields that change), N unchanged, N rejected. */
export function ImportSummary({ summary, done }: { summary: RosterSummary; done?: boolean }) {
  const fields = Object.entries(summary.changedFieldCounts)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  const verb = done ? '' : ' (will be)';
  return (
    <div className="summary">
      <ul
        className="summary-counts"
        aria-label={done ? 'Import result' : 'What the import will do'}
      >
        <li className="summary-new">
          <strong>{formatCount(summary.new)}</strong> new
        </li>
        <li className="summary-updated">
          <strong>{formatCount(summary.updated)}</strong> updated
        </li>
        <li className="summary-unchanged">
          <strong>{formatCount(summary.unchanged)}</strong> unchanged
        </li>
        <li className={summary.rejected > 0 ? 'summary-rejected' : undefined}>
          <strong>{formatCount(summary.rejected)}</strong> rejected
        </li>
      </ul>
      {fields.length > 0 && (
        <p className="summary-fields">
          Fields that{verb} change:{' '}
          {fields.map(([key, n]) => `${fieldLabel(key)} (${formatCount(n ?? 0)})`).join(', ')}
        </p>
      )}
      {summary.changes.length > 0 && (
        <details className="summary-changes">
          <summary>
            Updated staff
            {summary.changes.length < summary.updated
              ? ` (first ${formatCount(summary.changes.length)})`
              : ''}
          </summary>
          <ul>
            {summary.changes.map((c) => (
              <li key={c.employeeNumber}>
                <span className="mono">#{c.employeeNumber}</span>:{' '}
                {c.fields.map(fieldLabel).join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
