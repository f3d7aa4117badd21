import { RULE_LABELS } from '../../../../shared/domain/matching';
import type { PairingFlag, PairingStatus } from '../../../../shared/domain/pairings';
import './pairing-flags.css';

/** What a broken hard rule means for a pairing in this status, and what the educator can do. */
const CONSEQUENCE: Partial<Record<PairingStatus, string>> = {
  proposed: 'It cannot be accepted until the rule holds again: decline it or move the mentee.',
  active: 'It keeps running, but it cannot be extended; end it early if it must stop.',
  paused: 'It cannot be resumed or extended until the rule holds again.',
};

/**
 * The hard rules a pairing breaks today, said in words with a warning word (not colour alone):
 * in full on the pairing's page, in one line on its board card.
 */
export function PairingFlags({
  flags,
  status,
  compact = false,
}: {
  flags: readonly PairingFlag[];
  status: PairingStatus;
  compact?: boolean;
}) {
  if (flags.length === 0) return null;
  if (compact) {
    return (
      <p className="pairing-flag-line">
        <span className="pairing-flag-word">
          <span aria-hidden="true">⚠ </span>Rule broken:
        </span>{' '}
        {flags.map((f) => f.message).join('; ')}
      </p>
    );
  }
  return (
    <div className="banner banner-warn pairing-flags" role="note" aria-label="Hard rules broken">
      <p className="pairing-flag-word">
        <span aria-hidden="true">⚠ </span>
        {flags.length === 1 ? 'This pairing breaks a hard rule' : 'This pairing breaks hard rules'}
      </p>
      <ul>
        {flags.map((f) => (
          <li key={`${f.rule}:${f.message}`}>
            <strong>{RULE_LABELS[f.rule]}:</strong> {f.message}.
          </li>
        ))}
      </ul>
      {CONSEQUENCE[status] && <p>{CONSEQUENCE[status]}</p>}
    </div>
  );
}
