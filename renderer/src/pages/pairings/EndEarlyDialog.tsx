import { useState } from 'react';
import {
  END_REASONS,
  END_REASON_LABELS,
  type EndReason,
  type Pairing,
} from '../../../../shared/domain/pairings';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';
import { HappenedOnField } from './HappenedOnField';

interface EndEarlyDialogProps {
  pairing: Pairing;
  open: boolean;
  onClose: () => void;
  onDone: (p: Pairing) => void;
}

/** Ends a pairing early, asked once with the consequence; a reason is required (and a note for Other). */
export function EndEarlyDialog({ pairing, open, onClose, onDone }: EndEarlyDialogProps) {
  const [reason, setReason] = useState<EndReason | ''>('');
  const [note, setNote] = useState('');
  const [on, setOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error);
  const noteMissing = reason === 'other' && note.trim() === '';

  const confirm = async () => {
    if (reason === '') return;
    setBusy(true);
    setError(null);
    const result = await api.call('pairings.transition', {
      id: pairing.id,
      to: 'ended_early',
      reason,
      ...(note.trim() ? { note } : {}),
      ...(on ? { on } : {}),
    });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };

  return (
    <ConfirmDialog
      open={open}
      title="End this pairing early?"
      confirmLabel="End pairing early"
      danger
      busy={busy}
      confirmDisabled={reason === '' || noteMissing}
      onConfirm={() => void confirm()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      <p>
        The pairing of {pairing.mentee.displayName} with {pairing.mentor.displayName} ends (today,
        or on the day given below) and cannot be resumed. {pairing.mentee.displayName} can be paired
        again from the board.
      </p>
      <SelectField
        label="Reason"
        required
        value={reason}
        onChange={(e) => setReason(e.target.value as EndReason | '')}
        options={[
          { value: '', label: 'Choose a reason' },
          ...END_REASONS.map((r) => ({ value: r, label: END_REASON_LABELS[r] })),
        ]}
        error={errors.reason}
      />
      <TextAreaField
        label="Note"
        required={reason === 'other'}
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
        hint={
          reason === 'other'
            ? 'Required for “Other”: say why the pairing ends.'
            : 'Optional; kept in the timeline.'
        }
      />
      <HappenedOnField value={on} onChange={setOn} error={errors.on} />
      <ErrorBanner error={error && Object.keys(errors).length === 0 ? error : null} />
    </ConfirmDialog>
  );
}
