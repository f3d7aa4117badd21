import { useId } from 'react';
import type {
  RosterChange,
  RosterSummary,
  SelfIdentifiedSummary,
} from '../../../../shared/domain/roster';
import { formatCount, plural } from '../../lib/format';
import { fieldLabel } from '../audit/describe';
import { rosterValueText } from './rosterValues';

/** N new, N updated (with the fields that change), N unchanged, N rejected. */
export function ImportSummary({ summary, done }: { summary: RosterSummary; done?: boolean }) {
  const listId = useId();
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
      {summary.selfIdentified && (
        <SelfIdentifiedCounts counts={summary.selfIdentified} done={done === true} />
      )}
      {fields.length > 0 && (
        <p className="summary-fields">
          Fields that{verb} change:{' '}
          {fields.map(([key, n]) => `${fieldLabel(key)} (${formatCount(n ?? 0)})`).join(', ')}
        </p>
      )}
      {summary.changes.length > 0 && (
        <details className="summary-changes" open={summary.changes.length <= 5}>
          <summary id={listId}>
            Updated staff, value now → after the import
            {summary.changes.length < summary.updated
              ? ` (first ${formatCount(summary.changes.length)} of ${formatCount(summary.updated)})`
              : ''}
          </summary>
          {/* A long list scrolls: it takes focus so the keyboard can scroll it too. */}
          <ul tabIndex={0} aria-labelledby={listId}>
            {summary.changes.map((c) => (
              <ChangedStaff key={c.employeeNumber} change={c} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function ChangedStaff({ change }: { change: RosterChange }) {
  return (
    <li>
      <strong>{change.name}</strong> <span className="mono">#{change.employeeNumber}</span>
      <ul className="change-list">
        {change.values.map((v) => (
          <li key={v.field}>
            <span className="change-field">{fieldLabel(v.field)}:</span>{' '}
            <span className="change-before">{rosterValueText(v.field, v.before)}</span>
            <span className="change-arrow"> → </span>
            <span className="change-after">{rosterValueText(v.field, v.after)}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Counts only: who consented or what they said is never shown per person. */
function SelfIdentifiedCounts({ counts, done }: { counts: SelfIdentifiedSummary; done: boolean }) {
  const will = done ? '' : 'will be ';
  return (
    <p className="summary-self-identified">
      Self-identified data: {formatCount(counts.withConsent)} with consent recorded,{' '}
      {formatCount(counts.withoutConsent)} without (nothing stored for them).{' '}
      {plural(counts.recorded, 'person', 'people')} {will}recorded or changed
      {counts.removed > 0 &&
        `, ${plural(counts.removed, 'person', 'people')}'s stored data ${will}removed (no consent in this file)`}
      .
      {counts.droppedWithoutConsent > 0 &&
        ` ${plural(counts.droppedWithoutConsent, 'row has', 'rows have')} self-identified values but no consent: those values are not stored.`}
    </p>
  );
}
