import { useState } from 'react';
import { GOAL_STATUS_LABELS, GOAL_STATUSES } from '../../../../shared/domain/goals';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { formatCount } from '../../lib/format';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import '../../styles/blocks.css';
import '../../styles/goals.css';

/**
 * The goal tracker of one pairing: its SMART goals with their derived status, a progress chart
 * and table per goal, milestones, and the forms to add goals and record progress.
 */
export function PairingGoals({ pairingId }: { pairingId: number }) {
  const query = useApiQuery('goals.forPairing', { pairingId });
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const data = query.data;
  const canAdd = useCan('goals.create');
  const templates = useApiQuery(
    'goals.templates',
    { programId: data?.pairing.programId ?? 1 },
    { enabled: canAdd && data !== undefined && data.readOnlyReason === null },
  );
  const editable = data?.readOnlyReason === null;

  const counts = GOAL_STATUSES.map(
    (s) => [s, data?.goals.filter((g) => g.status === s).length ?? 0] as const,
  ).filter(([, n]) => n > 0);

  return (
    <section className="pairing-goals" aria-labelledby="pairing-goals-title">
      <div className="section-head">
        <h2 id="pairing-goals-title">Goals{data ? ` (${formatCount(data.goals.length)})` : ''}</h2>
        {editable && canAdd && !adding && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setSaved(null);
              setAdding(true);
            }}
          >
            Add goal
          </button>
        )}
      </div>
      <ErrorBanner error={query.error} onRetry={query.reload} />
      {data?.readOnlyReason && <p className="banner banner-warn">{data.readOnlyReason}</p>}
      {counts.length > 0 && (
        <p className="goal-summary">
          {counts
            .map(([s, n]) => `${formatCount(n)} ${GOAL_STATUS_LABELS[s].toLowerCase()}`)
            .join(' · ')}
        </p>
      )}
      <Notice>{saved}</Notice>
      {data && adding && (
        <GoalForm
          pairing={data.pairing}
          templates={templates.data ?? []}
          onDone={(goal) => {
            setAdding(false);
            setSaved(`Goal “${goal.title}” saved.`);
            query.reload();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {data && data.goals.length === 0 && !adding && (
        <EmptyState title="No goals yet for this pairing">
          {editable && canAdd
            ? 'Add a SMART goal, or start from one of the program’s templates, so progress can be followed here.'
            : editable
              ? 'Goals are set by the pairing’s educators.'
              : 'Goals are set while a pairing is running.'}
        </EmptyState>
      )}
      {data && (
        <div className="goal-list">
          {/* Dropped goals last: they are kept for the record, not for this week's work. */}
          {[
            ...data.goals.filter((g) => g.status !== 'dropped'),
            ...data.goals.filter((g) => g.status === 'dropped'),
          ].map((g) => (
            <GoalCard
              key={g.id}
              goal={g}
              pairing={data.pairing}
              today={data.today}
              editable={editable}
              onChanged={query.reload}
            />
          ))}
        </div>
      )}
    </section>
  );
}
