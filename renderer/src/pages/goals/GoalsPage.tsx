import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { GOAL_STATUSES } from '../../../../shared/domain/goals';
import { useApiQuery } from '../../api/useApiQuery';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { formatCount, formatDay } from '../../lib/format';
import { CelebrateList } from './CelebrateList';
import { CohortAttention } from './CohortAttention';
import { GoalStatusBadge } from './GoalStatusBadge';
import '../../styles/blocks.css';
import '../../styles/goals.css';

/** "Goals" in the navigation: per cohort, the goals at risk or overdue and what to celebrate. */
export function GoalsPage() {
  const navigate = useNavigate();
  const cohortId = Number(useParams().cohortId ?? 0);
  const cohorts = useApiQuery('cohorts.list', {});
  const view = useApiQuery('goals.cohort', { cohortId }, { enabled: cohortId > 0 });
  const items = cohorts.data ?? [];
  const v = view.data?.cohort.id === cohortId ? view.data : undefined;

  // Without a cohort in the address, open the first one that has running pairings.
  const first = items.find((c) => c.activePairings > 0) ?? items[0];
  if (cohortId === 0 && first) return <Navigate to={`/goals/${first.id}`} replace />;

  return (
    <div className="page">
      <PageHeader
        title="Goals"
        subtitle={
          v
            ? `${v.cohort.name}: status as of ${formatDay(v.today)}.`
            : 'Goals at risk or overdue, and what to celebrate, per cohort.'
        }
        action={
          <Link className="button" to="/goals/templates">
            Goal templates
          </Link>
        }
      />
      <ErrorBanner error={cohorts.error ?? view.error} />
      {cohorts.data && items.length === 0 ? (
        <EmptyState title="No cohorts yet — create one from a program">
          Goals belong to pairings, and pairings to cohorts.
        </EmptyState>
      ) : (
        <div className="goals-toolbar">
          <SelectField
            label="Cohort"
            value={cohortId > 0 ? String(cohortId) : ''}
            onChange={(e) => void navigate(`/goals/${e.target.value}`)}
            options={[
              ...(cohortId > 0 ? [] : [{ value: '', label: 'Choose a cohort' }]),
              ...items.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name}` })),
            ]}
          />
        </div>
      )}
      {v && (
        <>
          <section className="card section-card" aria-labelledby="goal-counts">
            <h2 id="goal-counts">
              Goals of running pairings (
              {formatCount(GOAL_STATUSES.reduce((n, s) => n + v.counts[s], 0))})
            </h2>
            <ul className="status-counts" aria-label="Goals by status">
              {GOAL_STATUSES.map((s) => (
                <li key={s}>
                  <GoalStatusBadge status={s} />{' '}
                  <span className="status-count">{formatCount(v.counts[s])}</span>
                </li>
              ))}
            </ul>
          </section>
          <div className="goals-columns">
            <CohortAttention items={v.attention} cohortCode={v.cohort.code} />
            <CelebrateList items={v.celebrate} cohortCode={v.cohort.code} />
          </div>
        </>
      )}
    </div>
  );
}
