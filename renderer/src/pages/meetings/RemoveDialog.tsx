import { useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';

interface RemoveDialogProps {
  recordId: number;
  title: string;
  /** The consequence in words. */
  consequence: string;
  confirmLabel: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Removes a record entered by mistake, asked once with the consequence. */
export function RemoveDialog({
  recordId,
  title,
  consequence,
  confirmLabel,
  onClose,
  onDone,
}: RemoveDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('meetings.remove', { id: recordId });
    setBusy(false);
    if (result.ok) onDone('Removed. The audit trail keeps what the record said.');
    else setError(result.error);
  };
  return (
    <ConfirmDialog
      open
      title={title}
      confirmLabel={confirmLabel}
      danger
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>{consequence} The audit trail keeps what it said.</p>
      <ErrorBanner error={error} />
    </ConfirmDialog>
  );
}
