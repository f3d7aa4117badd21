import { useState } from 'react';
import type { GoalView } from '../../../../shared/domain/goals';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/Field';
import { unplacedError, useAction } from './useAction';

interface DropGoalDialogProps {
  goal: GoalView;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** Drops a goal, asked once with the consequence; the reason is required and kept with it. */
export function DropGoalDialog({ goal, open, onClose, onDone }: DropGoalDialogProps) {
  const [reason, setReason] = useState('');
  const action = useAction();
  return (
    <ConfirmDialog
      open={open}
      title="Drop this goal?"
      confirmLabel="Drop goal"
      danger
      busy={action.busy}
      confirmDisabled={reason.trim() === ''}
      onConfirm={() =>
        void action
          .run(() => api.call('goals.drop', { id: goal.id, reason }))
          .then((v) => v && onDone())
      }
      onCancel={() => {
        action.setError(null);
        onClose();
      }}
    >
      <p>
        “{goal.title}” stays visible with its progress, marked Dropped, and no longer counts as at
        risk or overdue. It cannot be changed or picked up again afterwards.
      </p>
      <TextAreaField
        label="Reason"
        required
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={action.errors.reason}
        hint="Kept with the goal and in the audit trail."
      />
      <ErrorBanner error={unplacedError(action.error, ['reason'])} />
    </ConfirmDialog>
  );
}
