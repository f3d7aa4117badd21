import { DUE_STATE_LABELS, type DueState } from '../../../../shared/domain/evaluations';

const TONE: Record<DueState, 'ok' | 'warn' | 'danger' | 'neutral'> = {
  done: 'ok',
  due: 'warn',
  overdue: 'danger',
  upcoming: 'neutral',
};

/** Where a due evaluation stands, as a word with a subtle colour. */
export function DueStateBadge({ state }: { state: DueState }) {
  return <span className={`badge badge-${TONE[state]}`}>{DUE_STATE_LABELS[state]}</span>;
}
