import { useState } from 'react';
import type { ExpectedMeeting, MissedStatus } from '../../../../shared/domain/meetings';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';
import { formatMeetingDay } from './words';

interface MarkDialogProps {
  pairingId: number;
  meeting: ExpectedMeeting;
  today: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Marks an expected meeting missed or cancelled; a reason is required. */
export function MarkDialog({ pairingId, meeting, today, onClose, onDone }: MarkDialogProps) {
  const future = meeting.date > today;
  const [status, setStatus] = useState<MissedStatus>(future ? 'cancelled' : 'missed');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error);
  const day = formatMeetingDay(meeting.date);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('meetings.markMissed', {
      pairingId,
      date: meeting.date,
      status,
      reason,
    });
    setBusy(false);
    if (result.ok) onDone(`Marked the meeting of ${day} ${status}.`);
    else setError(result.error);
  };

  return (
    <ConfirmDialog
      open
      title={`Mark the meeting of ${day}`}
      confirmLabel={status === 'missed' ? 'Mark missed' : 'Mark cancelled'}
      busy={busy}
      confirmDisabled={reason.trim() === ''}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>
        It stays an expected meeting that was not held: it counts against held vs expected, and the
        reason is kept with the pairing and in the audit trail.
      </p>
      <fieldset className="radio-group">
        <legend>What happened</legend>
        <label className="radio-option">
          <input
            type="radio"
            name="mark-status"
            value="missed"
            checked={status === 'missed'}
            disabled={future}
            onChange={() => setStatus('missed')}
          />
          Missed: it should have happened and did not
        </label>
        <label className="radio-option">
          <input
            type="radio"
            name="mark-status"
            value="cancelled"
            checked={status === 'cancelled'}
            onChange={() => setStatus('cancelled')}
          />
          Cancelled: called off in advance
        </label>
        {future && (
          <p className="field-hint">A meeting still to come can be cancelled, not missed.</p>
        )}
        {errors.status && <p className="field-error">{errors.status}</p>}
      </fieldset>
      <TextAreaField
        label="Reason"
        required
        rows={3}
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <ErrorBanner error={error && Object.keys(errors).length === 0 ? error : null} />
    </ConfirmDialog>
  );
}
