import { Link } from 'react-router-dom';
import type { AttentionItem } from '../../../../shared/domain/goals';
import { EmptyState } from '../../components/EmptyState';
import { formatCount, formatDay } from '../../lib/format';
import { statusReason } from './format';
import { GoalStatusBadge } from './GoalStatusBadge';

/** The goals an educator should look at this week: overdue first, then at risk, soonest due first. */
export function CohortAttention({
  items,
  cohortCode,
}: {
  items: readonly AttentionItem[];
  cohortCode: string;
}) {
  return (
    <section className="card section-card" aria-labelledby="goals-attention">
      <h2 id="goals-attention">At risk or overdue ({formatCount(items.length)})</h2>
      {items.length === 0 ? (
        <EmptyState title={`No goals at risk or overdue in ${cohortCode}`}>
          Every running goal is on track, not started yet, or done.
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table table-compact">
            <caption className="sr-only">Goals at risk or overdue in {cohortCode}</caption>
            <thead>
              <tr>
                <th scope="col">Mentee and mentor</th>
                <th scope="col">Goal</th>
                <th scope="col">Status</th>
                <th scope="col">Due</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ pairing, goal }) => (
                <tr key={goal.id}>
                  <td>
                    <Link to={`/pairings/${pairing.id}/goals`}>{pairing.mentee.name}</Link>
                    <div className="muted small">with {pairing.mentor.name}</div>
                  </td>
                  <td>{goal.title}</td>
                  <td>
                    <GoalStatusBadge status={goal.status} />
                  </td>
                  <td className="nowrap">{formatDay(goal.dueDate)}</td>
                  <td className="small">{statusReason(goal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
