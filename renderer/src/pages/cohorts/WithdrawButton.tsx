import { useState } from 'react';
import type { Enrolment } from '../../../../shared/domain/programs';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Can } from '../../components/Can';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Withdraws one enrolment after asking once; the enrolment stays in the cohort's history. */
export function WithdrawButton({
  enrolment,
  onDone,
}: {
  enrolment: Enrolment;
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const name = enrolment.person.displayName;
  const withdraw = async () => {
    setBusy(true);
    const result = await api.call('enrolments.withdraw', { id: enrolment.id });
    setBusy(false);
    setOpen(false);
    if (result.ok) onDone();
    else setError(result.error);
  };
  return (
    <Can method="enrolments.withdraw">
      <button
        type="button"
        className="button button-small button-danger-quiet"
        aria-label={`Withdraw ${name}`}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Withdraw
      </button>
      <ErrorBanner error={error} />
      <ConfirmDialog
        open={open}
        title={`Withdraw ${name} from this cohort?`}
        confirmLabel="Withdraw"
        danger
        busy={busy}
        onConfirm={() => void withdraw()}
        onCancel={() => setOpen(false)}
      >
        <p>
          {name} will no longer be paired in this cohort as a {enrolment.role}. The enrolment stays
          in the cohort’s history and cannot be undone here.
        </p>
        <p className="muted">Someone with an open pairing needs it ended or declined first.</p>
      </ConfirmDialog>
    </Can>
  );
}
