import type { AuditEvent } from '../../../../shared/domain/audit';
import { changesOf, type FieldChange } from './describe';

const SHOWN = 6;

/** "Field: before → after" for each changed key, in words; long lists fold away. */
export function ChangeList({ event }: { event: AuditEvent }) {
  const changes = changesOf(event);
  if (changes.length === 0) return <span className="muted">No field changes</span>;
  const item = (c: FieldChange) => (
    <li key={c.field}>
      <span className="change-field">{c.label}:</span>{' '}
      {event.before !== null && <span className="change-before">{c.before}</span>}
      {event.before !== null && event.after !== null && <span className="change-arrow"> → </span>}
      {event.after !== null && <span className="change-after">{c.after}</span>}
    </li>
  );
  return (
    <>
      <ul className="change-list">{changes.slice(0, SHOWN).map(item)}</ul>
      {changes.length > SHOWN && (
        <details className="change-more">
          <summary>{changes.length - SHOWN} more changes</summary>
          <ul className="change-list">{changes.slice(SHOWN).map(item)}</ul>
        </details>
      )}
    </>
  );
}
