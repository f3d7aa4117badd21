import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useSession } from '../../app/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

/** Username and password; a wrong one, or a locked account, is said above the button. */
export function SignInForm({ autoFocus = true }: { autoFocus?: boolean }) {
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const userRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) userRef.current?.focus();
  }, [autoFocus]);
  const fields = fieldErrorsFrom(error);

  const submit = async () => {
    setBusy(true);
    setError(null);
    const result = await api.call('accounts.signIn', { username, password });
    setBusy(false);
    if (result.ok) {
      session.setStatus(result.value);
    } else {
      setError(result.error);
      setPassword('');
    }
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label="Username"
        required
        ref={userRef}
        autoComplete="username"
        spellCheck={false}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        error={fields.username}
      />
      <TextField
        label="Password"
        type="password"
        required
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fields.password}
      />
      <ErrorBanner error={error && !fields.username && !fields.password ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
