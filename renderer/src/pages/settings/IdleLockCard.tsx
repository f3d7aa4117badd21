import { useState } from 'react';
import { MIN_IDLE_LOCK_SECONDS } from '../../../../shared/domain/accounts';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useSession } from '../../app/SessionContext';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { describeIdle } from '../accounts/LockScreen';

/** The workstation's idle time before Tandem locks; only an administrator changes it. */
export function IdleLockCard() {
  const session = useSession();
  const seconds = session.status?.idleLockSeconds ?? 600;
  const canChange = session.can('accounts.setIdleLock');
  const [minutes, setMinutes] = useState(String(seconds / 60));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async () => {
    setSaved(null);
    const value = Number(minutes.replace(',', '.'));
    if (!Number.isFinite(value) || value * 60 < MIN_IDLE_LOCK_SECONDS) {
      setError({
        code: 'invalid_input',
        message: `Enter the minutes as a number, at least ${MIN_IDLE_LOCK_SECONDS / 60} (${MIN_IDLE_LOCK_SECONDS} seconds).`,
      });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.call('accounts.setIdleLock', { seconds: Math.round(value * 60) });
    setBusy(false);
    if (result.ok) {
      session.setStatus(result.value);
      setSaved(
        `Tandem now locks after ${describeIdle(result.value.idleLockSeconds)} without activity.`,
      );
    } else {
      setError(result.error);
    }
  };

  return (
    <section className="card" aria-labelledby="idle-heading">
      <h2 id="idle-heading">Automatic lock</h2>
      <p>
        On this workstation Tandem locks after {describeIdle(seconds)} without activity; the
        password of the person signed in (or another sign-in) opens it again.
      </p>
      {canChange ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <TextField
            label="Lock after (minutes)"
            inputMode="decimal"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            hint="Between a few seconds (0.1) and 24 hours (1440). 10 is a good default on a shared workstation."
          />
          <ErrorBanner error={error} />
          <Notice>{saved}</Notice>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save lock time'}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">An administrator can change it.</p>
      )}
    </section>
  );
}
