import { useId, useState } from 'react';
import type { GoalPairing, GoalView } from '../../../../shared/domain/goals';
import { useCan } from '../../app/SessionContext';
import { formatDay } from '../../lib/format';
import { DropGoalDialog } from './DropGoalDialog';
import { formatValue, statusReason } from './format';
import { GoalChart } from './GoalChart';
import { GoalForm } from './GoalForm';
import { GoalStatusBadge } from './GoalStatusBadge';
import { MilestoneList } from './MilestoneList';
import { ProgressForm } from './ProgressForm';
import { ProgressTable } from './ProgressTable';

interface GoalCardProps {
  goal: GoalView;
  pairing: GoalPairing;
  today: string;
  editable: boolean;
  onChanged: () => void;
}

/** One SMART goal: what it is, its derived status and why, the chart with its table, milestones, progress. */
export function GoalCard({ goal, pairing, today, editable, onChanged }: GoalCardProps) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [dropping, setDropping] = useState(false);
  const open = editable && goal.droppedAt === null;
  // `editable` is the pairing's state; each write below is also gated on the signed-in role.
  const canEdit = useCan('goals.update');
  const mayDrop = useCan('goals.drop');
  const canDrop = open && goal.status !== 'achieved' && mayDrop;
  const canRecord = useCan('goals.recordProgress');
  const canRemoveProgress = useCan('goals.removeProgress');

  const facts: [string, string][] = [
    [
      'Measure',
      `${goal.metric}: from ${formatValue(goal.baseline, goal.unit)} to ${formatValue(goal.target, goal.unit)}`,
    ],
    ['Plan and resources', goal.plan || '—'],
    ['Relevant to', goal.relevance || '—'],
    ['Time', `${formatDay(goal.startDate)} to ${formatDay(goal.dueDate)}`],
  ];

  return (
    <article className="card goal-card" aria-labelledby={headingId}>
      <header className="goal-head">
        <div className="goal-head-text">
          <h3 id={headingId}>{goal.title}</h3>
          <p className="goal-why">
            <GoalStatusBadge status={goal.status} /> <span>{statusReason(goal)}</span>
          </p>
          {(goal.circleGoalId ?? null) !== null && (
            <p className="muted small">
              Shared goal of the mentoring circle: each member has their own copy; progress for the
              whole circle is recorded on the circle.
            </p>
          )}
        </div>
        {open && (canEdit || canDrop) && !editing && (
          <div className="form-actions">
            {canEdit && (
              <button
                type="button"
                className="button button-small"
                aria-label={`Edit goal: ${goal.title}`}
                onClick={() => setEditing(true)}
              >
                Edit
              </button>
            )}
            {canDrop && (
              <button
                type="button"
                className="button button-small button-danger-quiet"
                aria-label={`Drop goal: ${goal.title}`}
                onClick={() => setDropping(true)}
              >
                Drop…
              </button>
            )}
          </div>
        )}
      </header>
      {editing ? (
        <GoalForm
          pairing={pairing}
          goal={goal}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <dl className="goal-facts">
          {facts.map(([label, value]) => (
            <div key={label} className="goal-fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="goal-progress">
        <GoalChart goal={goal} />
        <ProgressTable goal={goal} editable={open && canRemoveProgress} onChanged={onChanged} />
      </div>
      <div className="goal-lower">
        <MilestoneList goal={goal} today={today} editable={editable} onChanged={onChanged} />
        {open && canRecord && <ProgressForm goal={goal} today={today} onChanged={onChanged} />}
      </div>
      {canDrop && (
        <DropGoalDialog
          key={String(dropping)}
          goal={goal}
          open={dropping}
          onClose={() => setDropping(false)}
          onDone={() => {
            setDropping(false);
            onChanged();
          }}
        />
      )}
    </article>
  );
}
