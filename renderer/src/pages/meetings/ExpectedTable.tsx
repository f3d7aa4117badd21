import { useState } from 'react';
import type { ExpectedMeeting, PairingMeetings } from '../../../../shared/domain/meetings';
import { useCan } from '../../app/SessionContext';
import { ExpectedStateBadge } from './ExpectedStateBadge';
import { formatMeetingDay } from './words';

const UPCOMING_SHOWN = 3;

interface ExpectedTableProps {
  data: PairingMeetings;
  onMark: (meeting: ExpectedMeeting) => void;
  onRemoveMark: (meeting: ExpectedMeeting) => void;
}

function details(e: ExpectedMeeting): string {
  if (e.state === 'held') {
    const also = e.reason ? ` (also marked: “${e.reason}”)` : '';
    return `Held on ${e.heldOn.map(formatMeetingDay).join(' and ')}${also}`;
  }
  if (e.state === 'missed' || e.state === 'cancelled') return e.reason ?? '';
  if (e.state === 'overdue') return 'Nothing recorded: log the meeting or mark it missed';
  if (e.state === 'due') return `Due by ${formatMeetingDay(e.until)}`;
  return '';
}

/** The meetings the cadence expects: the past ones, the running one and the next few. */
export function ExpectedTable({ data, onMark, onRemoveMark }: ExpectedTableProps) {
  const [all, setAll] = useState(false);
  // A viewer reads every expected meeting; marking and unmarking are for educators.
  const canMark = useCan('meetings.markMissed');
  const canRemove = useCan('meetings.remove');
  const actions = canMark || canRemove;
  const past = data.expected.filter((e) => e.date <= data.today);
  const upcoming = data.expected.filter((e) => e.date > data.today);
  const rows = all ? data.expected : [...past, ...upcoming.slice(0, UPCOMING_SHOWN)];
  if (data.expected.length === 0) {
    return <p className="muted">No meetings are expected: the pairing has no active time yet.</p>;
  }
  return (
    <>
      <div className="table-scroll">
        <table className="table table-compact meetings-table">
          <caption className="sr-only">Expected meetings</caption>
          <thead>
            <tr>
              <th scope="col">Expected</th>
              <th scope="col">Status</th>
              <th scope="col">Details</th>
              {actions && (
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.date}>
                <th scope="row" className="nowrap">
                  {formatMeetingDay(e.date)}
                </th>
                <td>
                  <ExpectedStateBadge state={e.state} />
                </td>
                <td className="small">{details(e)}</td>
                {actions && (
                  <td className="meeting-row-actions">
                    {canMark &&
                      (e.state === 'overdue' || e.state === 'due' || e.state === 'planned') && (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => onMark(e)}
                        >
                          {/* Spoken names start with the visible words, so voice control finds them. */}
                          Mark missed or cancelled
                          <span className="sr-only">
                            {' '}
                            for the meeting of {formatMeetingDay(e.date)}
                          </span>
                        </button>
                      )}
                    {canRemove && e.markId !== null && e.state !== 'held' && (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => onRemoveMark(e)}
                      >
                        Remove mark
                        <span className="sr-only">
                          {' '}
                          ({e.state}) of {formatMeetingDay(e.date)}
                        </span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {upcoming.length > UPCOMING_SHOWN && (
        <button
          type="button"
          className="link-button"
          onClick={() => setAll((a) => !a)}
          aria-expanded={all}
        >
          {all ? 'Show fewer' : `Show all ${data.expected.length} expected meetings`}
        </button>
      )}
    </>
  );
}
