import {
  ACTION_OWNER_LABELS,
  MEETING_MODE_LABELS,
  type ActionItem,
  type MeetingRecord,
} from '../../../../shared/domain/meetings';
import { useCan } from '../../app/SessionContext';
import { formatDay } from '../../lib/format';
import { formatMeetingDay } from './words';

interface HeldMeetingsProps {
  records: MeetingRecord[];
  mentorName: string;
  menteeName: string;
  onEdit: (record: MeetingRecord) => void;
  onRemove: (record: MeetingRecord) => void;
}

function owner(item: ActionItem, mentorName: string, menteeName: string): string {
  if (item.owner === 'mentor') return `${mentorName} (mentor)`;
  if (item.owner === 'mentee') return `${menteeName} (mentee)`;
  return item.owner === 'other'
    ? (item.ownerName ?? 'Someone else')
    : ACTION_OWNER_LABELS[item.owner];
}

/** Every held meeting, newest first: when, how long, how, what about, and what was agreed. */
export function HeldMeetings({
  records,
  mentorName,
  menteeName,
  onEdit,
  onRemove,
}: HeldMeetingsProps) {
  const held = records.filter((r) => r.status === 'held');
  // A viewer reads the meetings; correcting and removing them is for educators.
  const canCorrect = useCan('meetings.update');
  const canRemove = useCan('meetings.remove');
  const actions = canCorrect || canRemove;
  const canLog = useCan('meetings.log');
  if (held.length === 0)
    return (
      <p className="muted">
        {canLog ? 'No meetings logged yet — log the first one above.' : 'No meetings logged yet.'}
      </p>
    );
  return (
    <div className="table-scroll">
      <table className="table meetings-table">
        <caption className="sr-only">Meetings held</caption>
        <thead>
          <tr>
            <th scope="col">Held on</th>
            <th scope="col">Length · mode</th>
            <th scope="col">Topics and notes</th>
            <th scope="col">Action items</th>
            {actions && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {held.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="nowrap">
                {formatMeetingDay(r.date)}
              </th>
              <td className="nowrap">
                {r.durationMinutes} min · {r.mode ? MEETING_MODE_LABELS[r.mode] : '—'}
              </td>
              <td>
                {r.topics.length > 0 ? (
                  r.topics.join(', ')
                ) : (
                  <span className="muted">No topics</span>
                )}
                {r.notes && <div className="muted small meeting-notes">{r.notes}</div>}
              </td>
              <td>
                {r.actionItems.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  <ul className="action-list">
                    {r.actionItems.map((a) => (
                      <li key={a.id}>
                        {a.description}{' '}
                        <span className="muted small">
                          — {owner(a, mentorName, menteeName)}, due {formatDay(a.dueDate)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              {actions && (
                <td className="meeting-row-actions">
                  {(r.circleMeetingId ?? null) !== null ? (
                    // Kept with the circle's attendance, which is never edited.
                    <span className="muted small">Circle meeting</span>
                  ) : (
                    <>
                      {canCorrect && (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => onEdit(r)}
                          aria-label={`Correct the meeting of ${formatMeetingDay(r.date)}`}
                        >
                          Correct
                        </button>
                      )}
                      {canRemove && (
                        <button
                          type="button"
                          className="button button-small button-danger-quiet"
                          onClick={() => onRemove(r)}
                          aria-label={`Remove the meeting of ${formatMeetingDay(r.date)}`}
                        >
                          Remove
                        </button>
                      )}
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
