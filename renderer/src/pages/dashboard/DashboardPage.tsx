import { Link } from 'react-router-dom';
import {
  STAFF_STATUSES,
  STAFF_STATUS_LABELS,
  type StaffStatus,
} from '../../../../shared/domain/staff';
import { useApiQuery } from '../../api/useApiQuery';
import { useOpenFacility } from '../../app/FacilityContext';
import { Can } from '../../components/Can';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { formatCount } from '../../lib/format';
import { RecentActivity } from './RecentActivity';
import { ThisWeek } from './ThisWeek';

export function DashboardPage() {
  const facility = useOpenFacility();
  const facets = useApiQuery('people.facets', {});
  const counts = new Map(facets.data?.statuses.map((s) => [s.value, s.count]));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);

  return (
    <div className="page">
      <PageHeader
        title={facility.name ?? 'Dashboard'}
        subtitle="Dashboard"
        action={
          <Can method="roster.commit">
            <Link className="button button-primary" to="/import">
              Import roster
            </Link>
          </Can>
        }
      />
      <ErrorBanner error={facets.error} />
      <div className="dashboard-grid">
        {total > 0 && <ThisWeek />}
        <section className="card" aria-labelledby="staff-heading">
          <h2 id="staff-heading">Staff</h2>
          {facets.data === undefined ? (
            <p className="muted">{facets.loading ? 'Counting staff…' : '—'}</p>
          ) : (
            <>
              <p className="big-number">
                {formatCount(total)} <span className="big-number-unit">staff in the directory</span>
              </p>
              <ul className="status-counts">
                {STAFF_STATUSES.map((status: StaffStatus) => (
                  <li key={status}>
                    <StatusBadge status={status} />
                    <Link to={`/people?status=${status}`} className="status-count-link">
                      {formatCount(counts.get(status) ?? 0)}
                      <span className="sr-only"> {STAFF_STATUS_LABELS[status].toLowerCase()}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="next-heading">
          <h2 id="next-heading">Next steps</h2>
          {facets.data !== undefined && total === 0 ? (
            <EmptyState
              title="No staff yet — import a roster"
              action={
                <Can method="roster.commit">
                  <Link className="button" to="/import">
                    Import a roster file
                  </Link>
                </Can>
              }
            >
              Start with your HR roster export (CSV or Excel). Tandem shows you what it will store
              before anything is saved.
            </EmptyState>
          ) : (
            <ul className="next-steps">
              <li>
                <Link to="/people">Review the staff directory</Link> — check units, roles and shifts
                before pairing.
              </li>
              <Can method="roster.commit">
                <li>
                  <Link to="/import">Import a newer roster</Link> — staff are matched by employee
                  number; you see every change before it is saved.
                </li>
              </Can>
              <li>
                <Link to="/audit">Verify the audit trail</Link> before an audit or survey.
              </li>
            </ul>
          )}
        </section>
        <section className="card card-wide" aria-labelledby="activity-heading">
          <h2 id="activity-heading">Latest activity</h2>
          <RecentActivity />
        </section>
      </div>
    </div>
  );
}
