import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ComplianceSummary } from './ComplianceSummary';
import { formatMeetingDay } from './words';
import '../../styles/blocks.css';
import '../../styles/meetings.css';

/**
 * On a pairing's page: meetings held against the cadence, whether it is behind, when the next
 * one is due, with the way to the meetings log.
 */
export function MeetingsSummary({ pairingId }: { pairingId: number }) {
  const headingId = useId();
  const query = useApiQuery('meetings.forPairing', { pairingId });
  const data = query.data;

  return (
    <section className="card section-card summary-card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>Meetings</h2>
        <Link className="button button-small" to={`/meetings/pairings/${pairingId}`}>
          Open meetings
        </Link>
      </div>
      <ErrorBanner
        error={query.error}
        action={
          <button type="button" className="button" onClick={query.reload}>
            Try again
          </button>
        }
      />
      {data && data.pairing.startDate === null && (
        <p className="muted">Meetings are expected once the pairing is active.</p>
      )}
      {data && data.pairing.startDate !== null && (
        <>
          <ComplianceSummary data={data} />
          <p className="muted small">
            {data.compliance.lastHeld
              ? `Last meeting held ${formatMeetingDay(data.compliance.lastHeld)}.`
              : 'No meeting held yet.'}
          </p>
        </>
      )}
    </section>
  );
}
