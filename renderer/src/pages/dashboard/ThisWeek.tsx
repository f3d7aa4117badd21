import { Link } from 'react-router-dom';
import type { CohortWeek } from '../../../../shared/domain/dashboard';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDay } from '../../lib/format';

/** A count that leads to the page where it is dealt with; zero is said quietly, not linked. */
function CountLink({ n, to, label }: { n: number; to: string; label: string }) {
  if (n === 0) return <span className="muted">0</span>;
  return (
    <Link to={to} className="count-link">
      <strong>{n}</strong>
      <span className="sr-only"> {label}</span>
    </Link>
  );
}

type CountKey = Exclude<keyof CohortWeek, 'cohort' | 'open'>;

/** The counts, in column order: heading, where each is dealt with, what a screen reader hears. */
const COUNTS: { key: CountKey; heading: string; page: (id: number) => string; says: string }[] = [
  {
    key: 'proposals',
    heading: 'Proposals to accept',
    page: (id) => `/board/${id}`,
    says: 'proposals to accept',
  },
  {
    key: 'meetingsOverdue',
    heading: 'Meeting overdue',
    page: (id) => `/meetings?cohort=${id}`,
    says: 'pairings with a meeting overdue',
  },
  {
    key: 'noMeetingForTwiceCadence',
    heading: 'No meeting for 2× cadence',
    page: (id) => `/meetings?cohort=${id}`,
    says: 'pairings with no meeting for twice the cadence',
  },
  {
    key: 'inactive',
    heading: 'Inactive',
    page: (id) => `/meetings?cohort=${id}`,
    says: 'inactive pairings',
  },
  {
    key: 'goalsOverdue',
    heading: 'Goals overdue',
    page: (id) => `/goals/${id}`,
    says: 'goals overdue',
  },
  {
    key: 'goalsAtRisk',
    heading: 'Goals at risk',
    page: (id) => `/goals/${id}`,
    says: 'goals at risk',
  },
  {
    key: 'celebrateThisWeek',
    heading: 'To celebrate',
    page: (id) => `/goals/${id}`,
    says: 'achievements to celebrate',
  },
];

function CohortRow({ c }: { c: CohortWeek }) {
  const id = c.cohort.id;
  return (
    <tr>
      <th scope="row">
        <Link to={`/cohorts/${id}`}>{c.cohort.code}</Link>
        <div className="muted small">{c.cohort.name}</div>
      </th>
      <td className="num">{c.open}</td>
      {COUNTS.map((col) => (
        <td key={col.key} className="num">
          <CountLink n={c[col.key]} to={col.page(id)} label={`${col.says} in ${c.cohort.code}`} />
        </td>
      ))}
    </tr>
  );
}

/**
 * The week's work at a glance: per running cohort, what waits (proposals, meetings, goals), and
 * the training to chase. Every count leads to the page where it is dealt with.
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
          No cohort has pairings yet. <Link to="/programs">Set up a program and a cohort</Link>,
          then pair them on the board.
        </p>
      )}
      {data && data.cohorts.length > 0 && (
        <div className="table-scroll">
          <table className="table table-compact week-table">
            <caption className="sr-only">What waits in each running cohort</caption>
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col" className="num">
                  Running pairings
                </th>
                {COUNTS.map((col) => (
                  <th key={col.key} scope="col" className="num">
                    {col.heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.cohorts.map((c) => (
                <CohortRow key={c.cohort.id} c={c} />
              ))}
            </tbody>
          </table>
        </div>
      )}
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
