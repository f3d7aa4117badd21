import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { displayName, type StaffMember } from '../../../../shared/domain/staff';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { todayIso } from '../../lib/format';
import { fieldErrorsFrom } from '../../lib/problems';

/** "Mark as left": asks once, with the consequence, and requires the end date. */
export function MarkLeftButton(props: { staff: StaffMember; onDone: (s: StaffMember) => void }) {
  const { staff } = props;
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(todayIso());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const name = displayName(staff);
  const dateError = endDate === '' ? 'the end date is required' : fieldErrorsFrom(error).endDate;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('people.markLeft', { id: staff.id, endDate });
    setBusy(false);
    if (result.ok) {
      setOpen(false);
      props.onDone(result.value);
    } else {
      setError(result.error);
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Mark as left
      </button>
      <ConfirmDialog
        open={open}
        title={`Mark ${name} as left?`}
        confirmLabel="Mark as left"
        busy={busy}
        confirmDisabled={endDate === ''}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        onConfirm={() => void confirm()}
      >
        <p>
          Their status becomes <strong>Left</strong> and the end date below is recorded for
          retention reports. They stay in the directory and the audit trail; nothing is deleted.
        </p>
        <TextField
          label="End date"
          type="date"
          required
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
          error={dateError}
        />
        <ErrorBanner error={error && !fieldErrorsFrom(error).endDate ? error : null} />
      </ConfirmDialog>
    </>
  );
}

/** Delete: only offered when the person has no history; asks once. */
export function DeleteStaffButton({ staff }: { staff: StaffMember }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const name = displayName(staff);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('people.delete', { id: staff.id });
    setBusy(false);
    if (result.ok) void navigate('/people', { replace: true });
    else setError(result.error);
  };

  return (
    <>
      <button type="button" className="button button-danger-quiet" onClick={() => setOpen(true)}>
        Delete
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete ${name}?`}
        confirmLabel="Delete permanently"
        danger
        busy={busy}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        onConfirm={() => void confirm()}
      >
        <p>
          {name} (#{staff.employeeNumber}) is removed from the directory for good. The audit trail
          keeps a record that they were deleted. Use this only for a record added by mistake; for
          someone who has left, use “Mark as left”.
        </p>
        <ErrorBanner error={error} />
      </ConfirmDialog>
    </>
  );
}
