import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { GoalView, Milestone } from '../../../../shared/domain/goals';
import type { Result } from '../../../../shared/result';
import { api } from '../../api/client';
import { useCan } from '../../app/SessionContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDay } from '../../lib/format';
import { AddMilestoneForm, AchieveForm } from './MilestoneForms';
import { printPath } from '../printing/printRoutes';
import { useAction } from './useAction';

interface MilestoneListProps {
  goal: GoalView;
  today: string;
  editable: boolean;
  onChanged: () => void;
}

function milestoneState(
  m: Milestone,
  goal: GoalView,
  today: string,
): { word: string; tone: string } {
  if (m.achievedOn !== null) return { word: `✓ Achieved ${formatDay(m.achievedOn)}`, tone: 'ok' };
  // A closed goal's open milestones are history, not something to chase.
  if (goal.status === 'dropped' || goal.status === 'achieved')
    return { word: `Not marked (was due ${formatDay(m.dueDate)})`, tone: 'neutral' };
  if (m.dueDate < today) return { word: `Overdue since ${formatDay(m.dueDate)}`, tone: 'danger' };
  return { word: `Due ${formatDay(m.dueDate)}`, tone: 'neutral' };
}

/** A goal's milestones with what became of each, and the ways to mark, undo, add and remove. */
export function MilestoneList({ goal, today, editable, onChanged }: MilestoneListProps) {
  const [achieving, setAchieving] = useState<number | null>(null);
  const [removing, setRemoving] = useState<Milestone | null>(null);
  const [adding, setAdding] = useState(false);
  const action = useAction();
  const open = editable && goal.droppedAt === null;
  // A viewer still gets the certificate of an achieved milestone (a print preview), nothing else.
  const canMark = useCan('goals.setMilestoneAchieved');
  const canRemove = useCan('goals.removeMilestone');
  const canAdd = useCan('goals.addMilestone');

  const call = async (fn: () => Promise<Result<GoalView>>) => {
    const done = await action.run(fn);
    if (done) onChanged();
    return done;
  };

  return (
    <section className="goal-milestones" aria-label={`Milestones of “${goal.title}”`}>
      <h4 className="subheading">Milestones</h4>
      {goal.milestones.length === 0 && <p className="muted small">No milestones.</p>}
      <ul className="milestone-list">
        {goal.milestones.map((m) => {
          const state = milestoneState(m, goal, today);
          return (
            <li key={m.id} className="milestone">
              <span className="milestone-title">{m.title}</span>
              <span className={`milestone-state milestone-${state.tone}`}>{state.word}</span>
              {open && (canMark || canRemove || m.achievedOn !== null) && (
                <span className="milestone-actions">
                  {!canMark ? null : m.achievedOn === null ? (
                    <button
                      type="button"
                      className="link-button small"
                      aria-label={`Mark achieved: ${m.title}`}
                      aria-expanded={achieving === m.id}
                      onClick={() => setAchieving(achieving === m.id ? null : m.id)}
                    >
                      Mark achieved
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="link-button small"
                      aria-label={`Undo achieved: ${m.title}`}
                      disabled={action.busy}
                      onClick={() =>
                        void call(() =>
                          api.call('goals.setMilestoneAchieved', { id: m.id, achievedOn: null }),
                        )
                      }
                    >
                      Undo
                    </button>
                  )}
                  {m.achievedOn !== null && (
                    <Link
                      className="link-button small"
                      aria-label={`Print certificate: ${m.title}`}
                      to={printPath({ kind: 'milestoneCertificate', milestoneId: m.id })}
                    >
                      Print certificate
                    </Link>
                  )}
                  {canRemove && (
                    <button
                      type="button"
                      className="link-button small"
                      aria-label={`Remove milestone: ${m.title}`}
                      onClick={() => setRemoving(m)}
                    >
                      Remove
                    </button>
                  )}
                </span>
              )}
              {achieving === m.id && (
                <AchieveForm
                  milestone={m}
                  today={today}
                  min={goal.startDate}
                  onDone={() => {
                    setAchieving(null);
                    onChanged();
                  }}
                  onCancel={() => setAchieving(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {open &&
        canAdd &&
        (adding ? (
          <AddMilestoneForm
            goal={goal}
            onDone={() => {
              setAdding(false);
              onChanged();
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            Add milestone
          </button>
        ))}
      <ErrorBanner error={action.error} />
      <ConfirmDialog
        open={removing !== null}
        title="Remove this milestone?"
        confirmLabel="Remove milestone"
        danger
        busy={action.busy}
        onConfirm={() => {
          const id = removing?.id;
          if (id !== undefined)
            void call(() => api.call('goals.removeMilestone', { id })).then(() =>
              setRemoving(null),
            );
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>
          “{removing?.title}” is removed from the goal
          {removing?.achievedOn ? ' and from the celebrate list' : ''}. The audit trail keeps it.
        </p>
      </ConfirmDialog>
    </section>
  );
}
