import { useState } from 'react';
import type { TrainingCompletion } from '../../../../shared/domain/training';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField, TextField } from '../../components/Field';
import { formatDay } from '../../lib/format';
import { fieldErrorsFrom } from '../../lib/problems';

interface CompletionActionProps {
  completion: TrainingCompletion;
  personName: string;
  onDone: (message: string) => void;
}

/** Void: asks once, with the consequence, and requires the reason that stays in the history. */
export function VoidCompletionButton({ completion, personName, onDone }: CompletionActionProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const what = `${completion.moduleName} on ${formatDay(completion.completedOn)}`;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('training.void', { id: completion.id, reason });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    onDone(`Voided ${what} for ${personName}.`);
  };

  return (
    <>
      <button
        type="button"
        className="button button-small button-danger-quiet"
        aria-label={`Void ${what}`}
        onClick={() => setOpen(true)}
      >
        Void
      </button>
      <ConfirmDialog
        open={open}
        title="Void this completion?"
        confirmLabel="Void completion"
        danger
        busy={busy}
        confirmDisabled={reason.trim() === ''}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        onConfirm={() => void confirm()}
      >
        <p>
          {what} will no longer count for {personName}. The record stays in the history with your
          reason; a void cannot be undone, but the training can be recorded again.
        </p>
        <TextAreaField
          label="Reason"
          required
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldErrorsFrom(error).reason}
        />
        <ErrorBanner error={error && !fieldErrorsFrom(error).reason ? error : null} />
      </ConfirmDialog>
    </>
  );
}

/** Correct: the wrong record is voided with the reason and the right one recorded, in one change. */
export function CorrectCompletionButton({ completion, personName, onDone }: CompletionActionProps) {
  const [open, setOpen] = useState(false);
  const [completedOn, setCompletedOn] = useState(completion.completedOn);
  const [evidence, setEvidence] = useState(completion.evidence ?? '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrorsFrom(error);
  const what = `${completion.moduleName} on ${formatDay(completion.completedOn)}`;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('training.correct', {
      id: completion.id,
      completedOn,
      evidence,
      reason,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    onDone(
      `Corrected ${what}: ${personName} completed it on ${formatDay(result.value.completedOn)}.`,
    );
  };

  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-label={`Correct ${what}`}
        onClick={() => setOpen(true)}
      >
        Correct
      </button>
      <ConfirmDialog
        open={open}
        title="Correct this completion?"
        confirmLabel="Void and record the correction"
        busy={busy}
        confirmDisabled={reason.trim() === '' || completedOn === ''}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        onConfirm={() => void confirm()}
      >
        <p>
          The record of {what} is voided with your reason and kept in the history; the corrected
          record below takes its place.
        </p>
        <TextField
          label="Completed on"
          type="date"
          required
          value={completedOn}
          onChange={(e) => setCompletedOn(e.target.value)}
          error={errors.completedOn}
        />
        <TextAreaField
          label="Evidence note"
          rows={2}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          error={errors.evidence}
        />
        <TextAreaField
          label="Reason for the correction"
          required
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
        />
        <ErrorBanner
          error={error && !errors.completedOn && !errors.evidence && !errors.reason ? error : null}
        />
      </ConfirmDialog>
    </>
  );
}
