import { STAFF_STATUS_LABELS, type StaffStatus } from '../../../shared/domain/staff';

const TONE: Record<StaffStatus, 'ok' | 'warn' | 'neutral'> = {
  active: 'ok',
  on_leave: 'warn',
  left: 'neutral',
};

/** Status as a word with a subtle colour: never colour alone. */
export function StatusBadge({ status }: { status: StaffStatus }) {
  return <span className={`badge badge-${TONE[status]}`}>{STAFF_STATUS_LABELS[status]}</span>;
}
