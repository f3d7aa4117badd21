import type { CohortMeetings } from '../../../../shared/domain/meetings';
import { EmptyState } from '../../components/EmptyState';
import { pairingLink } from './CohortComplianceTable';
import { daysWords, formatMeetingDay } from './words';

/** The two lists an educator acts on: no meeting for twice the cadence, and inactive pairings. */
export function FlagLists({ report }: { report: CohortMeetings }) {
  const twice = report.rows.filter((r) => r.noMeetingForTwiceCadence);
  const inactive = report.rows.filter((r) => r.inactive);
  const since = (last: string | null) =>
    last ? `last met ${formatMeetingDay(last)}` : 'no meeting since the start';
  return (
    <div className="flag-lists">
      <section className="card" aria-labelledby="flag-twice">
        <h2 id="flag-twice">No meeting for twice the cadence ({report.twiceCadence})</h2>
        {twice.length === 0 ? (
          <EmptyState title="Every active pairing has met recently." />
        ) : (
          <ul className="flag-items">
            {twice.map((r) => (
              <li key={r.pairing.id}>
                {pairingLink(r)}
                <span className="muted small">
                  {' '}
                  — {daysWords(r.activeDaysSinceMeeting ?? 0)} of active time without a meeting;{' '}
                  {since(r.compliance.lastHeld)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="flag-inactive">
        <h2 id="flag-inactive">Inactive: no meeting for {report.inactivityDays} days or more</h2>
        {inactive.length === 0 ? (
          <EmptyState
            title={`No pairing has gone ${report.inactivityDays} days without a meeting.`}
          />
        ) : (
          <ul className="flag-items">
            {inactive.map((r) => (
              <li key={r.pairing.id}>
                {pairingLink(r)}
                <span className="muted small">
                  {' '}
                  — {daysWords(r.daysSinceMeeting ?? 0)}; {since(r.compliance.lastHeld)}
                  {r.pairing.status === 'paused' ? ' (paused)' : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
