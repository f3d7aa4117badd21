import { GOAL_STATUS_LABELS, type GoalStatus } from '../../../../shared/domain/goals';

const TONE: Record<GoalStatus, string> = {
  not_started: 'neutral',
  on_track: 'ok',
  at_risk: 'warn',
  overdue: 'danger',
  achieved: 'info',
  dropped: 'neutral',
};

const ICON: Partial<Record<GoalStatus, string>> = { achieved: '✓', at_risk: '!', overdue: '!' };

/** A goal's derived status as a word (and an icon where it needs attention): never colour alone. */
export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return (
    <span
      className={`badge badge-${TONE[status]} goal-badge${ICON[status] ? ' goal-badge-icon' : ''}`}
    >
      {ICON[status] && <span aria-hidden="true">{ICON[status]}</span>}
      {GOAL_STATUS_LABELS[status]}
    </span>
  );
}
