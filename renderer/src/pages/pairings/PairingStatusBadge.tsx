import { PAIRING_STATUS_LABELS, type PairingStatus } from '../../../../shared/domain/pairings';

const TONE: Record<PairingStatus, string> = {
  proposed: 'info',
  active: 'ok',
  paused: 'warn',
  completed: 'neutral',
  declined: 'neutral',
  ended_early: 'danger',
};

/** A pairing's status as a word with a subtle colour: never colour alone. */
export function PairingStatusBadge({ status }: { status: PairingStatus }) {
  return <span className={`badge badge-${TONE[status]}`}>{PAIRING_STATUS_LABELS[status]}</span>;
}
