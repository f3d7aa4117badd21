import { useApiQuery } from '../../api/useApiQuery';
import { SummaryCard } from '../../components/SummaryCard';
import { ComplianceSummary } from './ComplianceSummary';
import { formatMeetingDay } from './words';
import '../../styles/blocks.css';
import '../../styles/meetings.css';

/**
 * On a pairing's page: meetings held against the cadence, whether it is behind, when the next
 * one is due, with the way to the meetings log.
 */
export function MeetingsSummary({ pairingId }: { pairingId: number }) {
  const query = useApiQuery('meetings.forPairing', { pairingId });
  const data = query.data;

  return (
    <SummaryCard
      title="Meetings"
      to={`/meetings/pairings/${pairingId}`}
      linkLabel="Open meetings"
      query={query}
    >
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
    </SummaryCard>
  );
}
