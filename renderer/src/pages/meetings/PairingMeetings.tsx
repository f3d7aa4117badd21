import { useId, useState } from 'react';
import type { ExpectedMeeting, MeetingRecord } from '../../../../shared/domain/meetings';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { ComplianceSummary } from './ComplianceSummary';
import { ExpectedTable } from './ExpectedTable';
import { HeldMeetings } from './HeldMeetings';
import { IcsButton } from './IcsButton';
import { MarkDialog } from './MarkDialog';
import { MeetingForm } from './MeetingForm';
import { RemoveDialog } from './RemoveDialog';
import { SuggestedTime } from './SuggestedTime';
import { formatMeetingDay } from './words';
import '../../styles/blocks.css';
import '../../styles/meetings.css';

type Editing = { kind: 'log' } | { kind: 'correct'; record: MeetingRecord } | null;
type Removing = { id: number; title: string; consequence: string; confirmLabel: string } | null;

/**
 * A pairing's meetings against its program's cadence: held vs expected, what is due, the
 * log form, missed and cancelled meetings, a suggested time and the planned meetings as .ics.
 */
export function PairingMeetings({ pairingId }: { pairingId: number }) {
  const headingId = useId();
  const query = useApiQuery('meetings.forPairing', { pairingId });
  const [editing, setEditing] = useState<Editing>(null);
  const [marking, setMarking] = useState<ExpectedMeeting | null>(null);
  const [removing, setRemoving] = useState<Removing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = query.data;

  const done = (message: string) => {
    setEditing(null);
    setMarking(null);
    setRemoving(null);
    setNotice(message);
    query.reload();
  };
  const canLog =
    useCan('meetings.log') &&
    data !== undefined &&
    data.pairing.startDate !== null &&
    data.pairing.startDate <= data.today;

  return (
    <section className="card section-card pairing-meetings" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>Meetings</h2>
        {data && data.pairing.startDate !== null && (
          <IcsButton target={{ pairingId }} label="Download planned meetings (.ics)" />
        )}
      </div>
      <ErrorBanner error={query.error} onRetry={query.reload} />
      {data && data.pairing.startDate === null && (
        <p className="muted">Meetings are expected once the pairing is active.</p>
      )}
      {data && data.pairing.startDate !== null && (
        <>
          <div className="meetings-overview">
            <ComplianceSummary data={data} />
            <SuggestedTime suggestion={data.suggestion} />
          </div>
          <Notice>{notice}</Notice>
          {editing ? (
            <MeetingForm
              key={editing.kind === 'correct' ? editing.record.id : 'new'}
              pairingId={pairingId}
              today={data.today}
              {...(editing.kind === 'correct' ? { record: editing.record } : {})}
              onSaved={done}
              onCancel={() => setEditing(null)}
            />
          ) : (
            canLog && (
              <p>
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    setNotice(null);
                    setEditing({ kind: 'log' });
                  }}
                >
                  Log a meeting
                </button>
              </p>
            )
          )}
          <h3 className="meetings-subheading">Expected meetings</h3>
          <ExpectedTable
            data={data}
            onMark={setMarking}
            onRemoveMark={(e) =>
              e.markId !== null &&
              setRemoving({
                id: e.markId,
                title: `Remove the ${e.state} mark of ${formatMeetingDay(e.date)}?`,
                consequence: `The meeting expected on ${formatMeetingDay(e.date)} will show as not recorded again.`,
                confirmLabel: 'Remove mark',
              })
            }
          />
          <h3 className="meetings-subheading">Meetings held</h3>
          <HeldMeetings
            records={data.records}
            mentorName={data.pairing.mentorName}
            menteeName={data.pairing.menteeName}
            onEdit={(record) => {
              setNotice(null);
              setEditing({ kind: 'correct', record });
            }}
            onRemove={(r) =>
              setRemoving({
                id: r.id,
                title: `Remove the meeting of ${formatMeetingDay(r.date)}?`,
                consequence: `It will no longer count as held, and its ${r.actionItems.length === 1 ? 'action item goes' : `${r.actionItems.length} action items go`} with it.`,
                confirmLabel: 'Remove meeting',
              })
            }
          />
          {marking && (
            <MarkDialog
              pairingId={pairingId}
              meeting={marking}
              today={data.today}
              onClose={() => setMarking(null)}
              onDone={done}
            />
          )}
          {removing && (
            <RemoveDialog
              recordId={removing.id}
              title={removing.title}
              consequence={removing.consequence}
              confirmLabel={removing.confirmLabel}
              onClose={() => setRemoving(null)}
              onDone={done}
            />
          )}
        </>
      )}
    </section>
  );
}
