import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDay } from '../../lib/format';
import { WeekTable } from './WeekTable';

/**
 * The week's work at a glance: per current cohort, who waits for a mentor, who has room, and
 * what waits in running pairings (proposals, meetings, goals); then the training to chase.
 */
export function ThisWeek() {
  const week = useApiQuery('dashboard.week', {});
  const data = week.data;
  return (
    <section className="card card-wide" aria-labelledby="week-heading">
      <h2 id="week-heading">This week{data && `, as of ${formatDay(data.today)}`}</h2>
      <ErrorBanner error={week.error} onRetry={week.reload} />
      {!data && week.loading && <p className="muted">Loading…</p>}
      {data && data.cohorts.length === 0 && (
        <p className="muted">
          No cohort is running or about to start. <Link to="/programs">Set up a cohort</Link> from a
          program, enrol mentors and mentees, then pair them on the board.
        </p>
      )}
      {data && data.cohorts.length > 0 && <WeekTable cohorts={data.cohorts} today={data.today} />}
      {data && (
        <p className="week-training">
          Training:{' '}
          {data.training.missing + data.training.expired + data.training.expiring === 0 ? (
            'everyone required to train is up to date.'
          ) : (
            <Link to="/training">
              {data.training.missing} missing · {data.training.expired} expired ·{' '}
              {data.training.expiring} expiring soon
            </Link>
          )}
        </p>
      )}
    </section>
  );
}
