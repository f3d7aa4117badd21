import type { GoalStatus, GoalView } from '../../../../shared/domain/goals';
import { useApiQuery } from '../../api/useApiQuery';
import { SummaryCard } from '../../components/SummaryCard';
import { formatDay, plural } from '../../lib/format';
import { GoalStatusBadge } from './GoalStatusBadge';
import '../../styles/blocks.css';
import '../../styles/goals.css';

/** The order a summary reads in: what needs the educator first, what is done last. */
const TALLY_ORDER: GoalStatus[] = [
  'overdue',
  'at_risk',
  'on_track',
  'not_started',
  'achieved',
  'dropped',
];
const SHOWN = 3;

/**
 * On a pairing's page: how many goals it has, how many are at risk, overdue or achieved, and
 * the ones that need attention, with the way to the full goal tracker.
 */
export function GoalsSummary({ pairingId }: { pairingId: number }) {
  const query = useApiQuery('goals.forPairing', { pairingId });
  const data = query.data;
  const goals = data?.goals ?? [];
  const tally = TALLY_ORDER.map((s) => [s, goals.filter((g) => g.status === s).length] as const);
  const attention = goals
    .filter((g) => g.status === 'overdue' || g.status === 'at_risk')
    .sort(
      (a, b) =>
        Number(b.status === 'overdue') - Number(a.status === 'overdue') ||
        a.dueDate.localeCompare(b.dueDate),
    );

  return (
    <SummaryCard
      title="Goals"
      to={`/pairings/${pairingId}/goals`}
      linkLabel="Open goals"
      query={query}
    >
      {data && goals.length === 0 && (
        <p className="muted">
          {data.readOnlyReason ?? 'No goals yet: open the goals to set the first SMART goal.'}
        </p>
      )}
      {goals.length > 0 && (
        <>
          <p className="summary-lead">
            <strong>{plural(goals.length, 'goal', 'goals')}</strong>
            {data?.today && (
              <span className="muted small"> · status as of {formatDay(data.today)}</span>
            )}
          </p>
          <ul className="status-tally" aria-label="Goals by status">
            {tally
              .filter(([, n]) => n > 0)
              .map(([status, n]) => (
                <li key={status}>
                  <strong className="tally-count">{n}</strong> <GoalStatusBadge status={status} />
                </li>
              ))}
          </ul>
          {attention.length === 0 ? (
            <p className="muted small">None at risk or overdue.</p>
          ) : (
            <>
              <h3 className="subheading">Needs attention</h3>
              <ul className="summary-list">
                {attention.slice(0, SHOWN).map((g) => (
                  <AttentionItem key={g.id} goal={g} />
                ))}
              </ul>
              {attention.length > SHOWN && (
                <p className="muted small">
                  and {plural(attention.length - SHOWN, 'more goal', 'more goals')} on the goals
                  page.
                </p>
              )}
            </>
          )}
        </>
      )}
    </SummaryCard>
  );
}

function AttentionItem({ goal }: { goal: GoalView }) {
  return (
    <li>
      <GoalStatusBadge status={goal.status} />{' '}
      <span className="summary-item-name">{goal.title}</span>{' '}
      <span className="muted small nowrap">· due {formatDay(goal.dueDate)}</span>
    </li>
  );
}
