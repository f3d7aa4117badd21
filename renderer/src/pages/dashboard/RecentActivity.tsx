import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatInstant } from '../../lib/format';
import { describeAction, describeEntity } from '../audit/describe';

/** The latest five audit events, newest first. */
export function RecentActivity() {
  const audit = useApiQuery('audit.list', { limit: 5 });
  if (audit.error) return <ErrorBanner error={audit.error} />;
  if (!audit.data) return <p className="muted">Loading…</p>;
  if (audit.data.items.length === 0) {
    return <p className="muted">Nothing has changed yet. Every change will be listed here.</p>;
  }
  return (
    <>
      <ul className="activity-list">
        {audit.data.items.map((event) => (
          <li key={event.id}>
            <time dateTime={event.at} className="activity-when">
              {formatInstant(event.at)}
            </time>
            <span className="activity-what">
              {describeAction(event.action)}: {describeEntity(event)}
            </span>
            <span className="activity-who">by {event.actor}</span>
          </li>
        ))}
      </ul>
      <Link to="/audit">See the whole audit trail</Link>
    </>
  );
}
