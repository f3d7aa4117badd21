import { useCallback, useEffect, useState } from 'react';
import {
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
  type AccountSummary,
  type Role,
} from '../../../../shared/domain/accounts';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useSession } from '../../app/SessionContext';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { formatInstant } from '../../lib/format';
import { fieldErrorsFrom } from '../../lib/problems';
import { checkNewPassword, PasswordPair } from './PasswordPair';
import './accounts.css';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Administrators only: who may sign in to this facility, with which role. */
export function AccountsPage() {
  const session = useSession();
  const me = session.status?.user?.id;
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetting, setResetting] = useState<AccountSummary | null>(null);

  const load = useCallback(async () => {
    const result = await api.call('accounts.list', {});
    if (result.ok) setAccounts(result.value);
    else setError(result.error);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (
    change: () => ReturnType<typeof api.call<'accounts.deactivate'>>,
    done: (a: AccountSummary) => string,
  ) => {
    setError(null);
    setNotice(null);
    const result = await change();
    if (result.ok) {
      setNotice(done(result.value));
      await load();
      session.refresh();
    } else {
      setError(result.error);
    }
  };

  return (
    <div className="page accounts-page">
      <PageHeader
        title="Accounts"
        subtitle="Everyone who signs in to this facility. Accounts are never deleted: deactivate one that is no longer used, and the audit trail keeps its name."
      />
      <ErrorBanner error={error} />
      <Notice>{notice}</Notice>
      <section className="card" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        {accounts === null ? (
          <p className="muted" role="status">
            Loading accounts…
          </p>
        ) : (
          <div className="table-scroll">
            <table className="table" aria-labelledby="accounts-heading">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Username</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.id}>
                    <th scope="row">{account.displayName}</th>
                    <td className="mono">{account.username}</td>
                    <td className="accounts-role">
                      <select
                        aria-label={`Role of ${account.displayName}`}
                        value={account.role}
                        disabled={!account.active}
                        onChange={(e) => {
                          const role = e.target.value as Role;
                          void act(
                            () => api.call('accounts.update', { id: account.id, role }),
                            (a) => `${a.displayName} is now ${ROLE_LABELS[a.role].toLowerCase()}.`,
                          );
                        }}
                      >
                        {ROLE_OPTIONS.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{statusOf(account)}</td>
                    <td>
                      <div className="accounts-actions">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setResetting(account)}
                          aria-label={`Reset password of ${account.displayName}`}
                        >
                          Reset password
                        </button>
                        {account.lockedUntil && (
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={`Unlock ${account.displayName}`}
                            onClick={() =>
                              void act(
                                () => api.call('accounts.unlockAccount', { id: account.id }),
                                (a) => `${a.displayName} can sign in again.`,
                              )
                            }
                          >
                            Unlock
                          </button>
                        )}
                        {account.active ? (
                          account.id !== me && (
                            <button
                              type="button"
                              className="button button-small button-danger-quiet"
                              aria-label={`Deactivate ${account.displayName}`}
                              onClick={() =>
                                void act(
                                  () => api.call('accounts.deactivate', { id: account.id }),
                                  (a) => `${a.displayName} can no longer sign in.`,
                                )
                              }
                            >
                              Deactivate
                            </button>
                          )
                        ) : (
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={`Reactivate ${account.displayName}`}
                            onClick={() =>
                              void act(
                                () => api.call('accounts.reactivate', { id: account.id }),
                                (a) => `${a.displayName} can sign in again.`,
                              )
                            }
                          >
                            Reactivate
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {resetting && (
        <ResetPasswordCard
          key={resetting.id}
          account={resetting}
          onClose={() => setResetting(null)}
          onDone={(a) => {
            setResetting(null);
            setNotice(`${a.displayName}'s password was changed. Tell them in person.`);
            void load();
          }}
        />
      )}
      <AddAccountCard
        onDone={(a) => {
          setNotice(
            `${a.displayName} (${a.username}) can now sign in as ${ROLE_LABELS[a.role].toLowerCase()}.`,
          );
          void load();
        }}
      />
    </div>
  );
}

function statusOf(account: AccountSummary): string {
  if (!account.active) return 'Deactivated';
  if (account.lockedUntil) return `Locked until ${formatInstant(account.lockedUntil)}`;
  return 'Active';
}

function AddAccountCard({ onDone }: { onDone: (account: AccountSummary) => void }) {
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('educator');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fields = fieldErrorsFrom(error);
  const known = ['displayName', 'username', 'password', 'confirm', 'role'];

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
    const result = await api.call('accounts.create', { displayName, username, role, password });
    setBusy(false);
    if (result.ok) {
      setDisplayName('');
      setUsername('');
      setPassword('');
      setConfirm('');
      onDone(result.value);
    } else {
      setError(result.error);
    }
  };

  return (
    <section className="card" aria-labelledby="add-account-heading">
      <h2 id="add-account-heading">Add an account</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label="Name"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fields.displayName}
        />
        <TextField
          label="Username"
          required
          spellCheck={false}
          autoComplete="off"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={fields.username}
        />
        <SelectField
          label="Role"
          value={role}
          options={ROLE_OPTIONS}
          onChange={(e) => setRole(e.target.value as Role)}
          error={fields.role}
          hint={ROLE_DESCRIPTIONS[role]}
        />
        <PasswordPair
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          error={fields.password}
          confirmError={fields.confirm}
        />
        <ErrorBanner error={error && !known.some((f) => fields[f]) ? error : null} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add account'}
          </button>
        </div>
      </form>
    </section>
  );
}

function ResetPasswordCard(props: {
  account: AccountSummary;
  onClose: () => void;
  onDone: (account: AccountSummary) => void;
}) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fields = fieldErrorsFrom(error);

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
    const result = await api.call('accounts.resetPassword', { id: props.account.id, password });
    setBusy(false);
    if (result.ok) props.onDone(result.value);
    else setError(result.error);
  };

  return (
    <section className="card" aria-labelledby="reset-heading">
      <h2 id="reset-heading">New password for {props.account.displayName}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <PasswordPair
          label="New password"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          error={fields.password}
          confirmError={fields.confirm}
        />
        <ErrorBanner error={error && !fields.password && !fields.confirm ? error : null} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Set new password'}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
