import {
  FLAGGED_NOTE,
  PAIRING_STATUS_LABELS,
  type PairingTransition,
} from '../../../../shared/domain/pairings';
import { formatInstant } from '../../lib/format';

/**
 * One step in words: "Proposed → Active", "Created as Proposed", "Active: end date changed",
 * "Active: flagged" (a hard rule now stands against it; the note says which).
 */
export function stepWords(t: PairingTransition): string {
  if (t.from === null) return `Created as ${PAIRING_STATUS_LABELS[t.to].toLowerCase()}`;
  if (t.from === t.to && t.note?.startsWith(FLAGGED_NOTE))
    return `${PAIRING_STATUS_LABELS[t.to]}: flagged`;
  if (t.from === t.to) return `${PAIRING_STATUS_LABELS[t.to]}: end date changed`;
  return `${PAIRING_STATUS_LABELS[t.from]} → ${PAIRING_STATUS_LABELS[t.to]}`;
}

/** Every transition of a pairing, oldest first: from → to, when, who, the reason and note. */
export function Timeline({ items }: { items: PairingTransition[] }) {
  if (items.length === 0) return <p className="muted">No history recorded.</p>;
  return (
    <ol className="timeline">
      {items.map((t) => (
        <li key={t.id} className="timeline-item">
          <div className="timeline-step">{stepWords(t)}</div>
          <div className="muted small">
            <time dateTime={t.at}>{formatInstant(t.at)}</time> · {t.actor}
          </div>
          {t.reason && (
            <div className="small">
              <span className="timeline-label">Reason:</span> {t.reason}
            </div>
          )}
          {t.note && (
            <div className="small">
              <span className="timeline-label">Note:</span> {t.note}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The same history on one line each, for a person's page. */
export function CompactTimeline({ items }: { items: PairingTransition[] }) {
  return (
    <ol className="timeline-compact" aria-label="History">
      {items.map((t) => (
        <li key={t.id}>
          <time dateTime={t.at}>{formatInstant(t.at)}</time> {stepWords(t)}
          {t.reason ? ` (${t.reason})` : ''}
        </li>
      ))}
    </ol>
  );
}
