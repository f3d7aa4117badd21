import { TRAINING_STATUS_LABELS, type TrainingStatus } from '../../../../shared/domain/training';

const TONE: Record<TrainingStatus, 'ok' | 'warn' | 'danger'> = {
  complete: 'ok',
  expiring: 'warn',
  expired: 'danger',
  missing: 'danger',
};

/** Training status as a word with a subtle colour; a void record says so in words too. */
export function TrainingStatusBadge({ status }: { status: TrainingStatus | 'void' }) {
  if (status === 'void') return <span className="badge badge-neutral">Void</span>;
  return <span className={`badge badge-${TONE[status]}`}>{TRAINING_STATUS_LABELS[status]}</span>;
}
