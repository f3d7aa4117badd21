import { Link } from 'react-router-dom';
import type { CohortMeetingRow, CohortMeetings } from '../../../../shared/domain/meetings';
import { PairingStatusBadge } from '../pairings/PairingStatusBadge';
import { HeldBar } from './ComplianceSummary';
import { daysWords, formatMeetingDay, heldShort, heldWords } from './words';

export function pairingLink(row: CohortMeetingRow) {
  return (
    <Link to={`/meetings/pairings/${row.pairing.id}`}>
      {row.pairing.menteeName} <span className="muted">with</span> {row.pairing.mentorName}
    </Link>
  );
}

function LastMeeting({ row }: { row: CohortMeetingRow }) {
  const last = row.compliance.lastHeld;
  if (!last) return <span className="muted">None yet</span>;
  return (
    <>
      <span className="nowrap">{formatMeetingDay(last)}</span>
      {row.daysSinceMeeting !== null && (
        <div className="muted small">{daysWords(row.daysSinceMeeting)} ago</div>
      )}
    </>
  );
}

function Flags({ row, report }: { row: CohortMeetingRow; report: CohortMeetings }) {
  const flags = [
    row.overdue && (
      <span key="behind" className="badge badge-warn">
        Behind
      </span>
    ),
    row.noMeetingForTwiceCadence && (
      <span key="twice" className="badge badge-warn">
        No meeting for {report.twiceCadence}
      </span>
    ),
    row.inactive && (
      <span key="inactive" className="badge badge-danger">
        Inactive {report.inactivityDays}+ days
      </span>
    ),
  ].filter(Boolean);
  return flags.length === 0 ? (
    <span className="muted">None</span>
  ) : (
    <span className="flag-list">{flags}</span>
  );
}

/** Held vs expected per pairing of a cohort, those furthest behind first. */
export function CohortComplianceTable({ report }: { report: CohortMeetings }) {
  return (
    <div className="table-scroll">
      <table className="table meetings-table cohort-meetings-table">
        <caption className="table-caption">
          Meetings held vs expected per pairing, as of {formatMeetingDay(report.today)} (n ={' '}
          {report.rows.length}); open pairings furthest behind first
        </caption>
        <thead>
          <tr>
            <th scope="col">Pairing and status</th>
            <th scope="col">Held vs expected</th>
            <th scope="col">Next due</th>
            <th scope="col">Last meeting</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.pairing.id}>
              <th scope="row">
                {pairingLink(row)}
                <div>
                  <PairingStatusBadge status={row.pairing.status} />
                </div>
              </th>
              <td className="held-cell">
                <HeldBar
                  held={row.compliance.held}
                  expected={row.compliance.expectedSoFar}
                  words={heldShort(row.compliance)}
                  label={heldWords(row.compliance)}
                />
              </td>
              <td className="nowrap">
                {row.compliance.nextDue ? formatMeetingDay(row.compliance.nextDue.date) : '—'}
              </td>
              <td>
                <LastMeeting row={row} />
              </td>
              <td className="flags-cell">
                <Flags row={row} report={report} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
