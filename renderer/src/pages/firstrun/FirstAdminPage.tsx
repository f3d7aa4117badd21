import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useFacility } from '../../app/FacilityContext';
import { useSession } from '../../app/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';
import { checkNewPassword, PasswordPair } from '../accounts/PasswordPair';
import '../accounts/accounts.css';

/**
 * The facility has no accounts yet (just created, or an older file): its first administrator
 * comes before anything else. That person then adds everyone else on the Accounts page.
 */
export function FirstAdminPage() {
  const facility = useFacility();
  const session = useSession();
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'First administrator · Tandem';
    nameRef.current?.focus();
  }, []);

  const fields = fieldErrorsFrom(error);
  const known = new Set(['displayName', 'username', 'password', 'confirm']);
  const banner = error && !Object.keys(fields).some((f) => known.has(f)) ? error : null;

  const submit = async () => {
    const problem = checkNewPassword(password, confirm);
    if (problem) {
      setError({
        code: 'invalid_input',
        message: problem.message,
        details: { problems: [problem] },
      });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.call('accounts.createFirstAdmin', { displayName, username, password });
    setBusy(false);
    if (result.ok) session.setStatus(result.value);
    else setError(result.error);
  };

  return (
    <main className="sign-in" id="main">
      <section className="card sign-in-card" aria-labelledby="first-admin-heading">
        <p className="brand-name">Tandem · {facility.status?.name ?? 'Facility'}</p>
        <h1 id="first-admin-heading">Create the first administrator</h1>
        <p className="muted">
          Everyone signs in to Tandem with their own account, and every change is recorded under
          their name. This first account is an administrator: it adds the other accounts and changes
          the settings.
        </p>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <TextField
            label="Your name"
            required
            ref={nameRef}
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            error={fields.displayName}
            hint="As the audit trail should show it, e.g. Ana Ruiz."
          />
          <TextField
            label="Username"
            required
            autoComplete="username"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={fields.username}
            hint="Letters, digits, dots, hyphens or underscores, e.g. aruiz."
          />
          <PasswordPair
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            error={fields.password}
            confirmError={fields.confirm}
          />
          <ErrorBanner error={banner} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Creating…' : 'Create administrator and sign in'}
            </button>
          </div>
        </form>
      </section>
    </main>
  );
}
