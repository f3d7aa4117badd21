import { useEffect, useRef, useState } from 'react';
import type { SignedInUser } from '../../../../shared/domain/accounts';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useSession } from '../../app/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { SignInForm } from './SignInForm';
import './accounts.css';

/**
 * Over the page, which stays as it was: after the idle time only the signed-in person's password
 * resumes (or someone else signs in). The core refuses every other call meanwhile.
 */
export function LockScreen({ user }: { user: SignedInUser }) {
  const session = useSession();
  const [password, setPassword] = useState('');
  const [other, setOther] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!other) passwordRef.current?.focus();
  }, [other]);

  const unlock = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('accounts.unlock', { password });
    setBusy(false);
    setPassword('');
    if (result.ok) session.setStatus(result.value);
    else if (result.error.code === 'locked' || result.error.code === 'forbidden') {
      // Locked out after too many attempts: the session has ended; the sign-in page says why.
      setError(result.error);
      session.refresh();
    } else setError(result.error);
  };

  const signOut = async () => {
    const result = await api.call('accounts.signOut', {});
    if (result.ok) session.setStatus(result.value);
  };

  return (
    <div className="lock-backdrop">
      <section
        className="card lock-card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="lock-heading"
        aria-describedby="lock-who"
      >
        <h1 id="lock-heading">Tandem is locked</h1>
        <p id="lock-who">
          Signed in: <span className="lock-user">{`${user.displayName} (${user.username})`}</span>.
          Locked after {describeIdle(session.status?.idleLockSeconds ?? 600)} without activity.
        </p>
        {other ? (
          <>
            <h2>Sign in as someone else</h2>
            <SignInForm />
            <button type="button" className="link-button" onClick={() => setOther(false)}>
              Back to {user.displayName}
            </button>
          </>
        ) : (
          <form
            className="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void unlock();
            }}
          >
            <TextField
              label={`Password for ${user.username}`}
              type="password"
              required
              ref={passwordRef}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <ErrorBanner error={error} />
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? 'Unlocking…' : 'Unlock'}
              </button>
              <button type="button" className="button" onClick={() => setOther(true)}>
                Sign in as someone else
              </button>
              <button type="button" className="button" onClick={() => void signOut()}>
                Sign out
              </button>
            </div>
          </form>
        )}
      </section>
    </div>
  );
}

export function describeIdle(seconds: number): string {
  if (seconds % 60 === 0) {
    const minutes = seconds / 60;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  return `${seconds} seconds`;
}
