import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useOpenFacility } from '../../app/FacilityContext';
import { useSession } from '../../app/SessionContext';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { fieldErrorsFrom } from '../../lib/problems';
import { PrintSettingsCard } from '../printing/PrintSettingsCard';
import { IdleLockCard } from './IdleLockCard';

export function SettingsPage() {
  const facility = useOpenFacility();
  const session = useSession();
  const canRename = session.can('facility.rename');
  const [name, setName] = useState(facility.name ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const nameError = fieldErrorsFrom(error).name;

  const rename = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    const result = await api.call('facility.rename', { name });
    setBusy(false);
    if (result.ok) {
      facility.setStatus(result.value);
      setSaved(`The facility is now called “${result.value.name ?? name}”.`);
    } else {
      setError(result.error);
    }
  };

  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="This facility's database and how to keep it safe." />
      <div className="settings-grid">
        <section className="card" aria-labelledby="facility-heading">
          <h2 id="facility-heading">Facility</h2>
          <form
            className="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void rename();
            }}
          >
            <TextField
              label="Facility name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={nameError}
              readOnly={!canRename}
              hint={
                canRename
                  ? 'Printed in the header of every packet and certificate.'
                  : 'Printed in the header of every packet and certificate. An administrator can rename it.'
              }
            />
            <ErrorBanner error={error && !nameError ? error : null} />
            <Notice>{saved}</Notice>
            {canRename && (
              <div className="form-actions">
                <button
                  type="submit"
                  className="button button-primary"
                  disabled={busy || name.trim() === (facility.name ?? '')}
                >
                  {busy ? 'Saving…' : 'Rename facility'}
                </button>
              </div>
            )}
          </form>
        </section>
        <section className="card" aria-labelledby="db-heading">
          <h2 id="db-heading">Database</h2>
          <dl className="detail-list detail-list-compact">
            <div className="detail-row">
              <dt>File</dt>
              <dd className="mono break">{facility.path}</dd>
            </div>
            <div className="detail-row">
              <dt>Schema version</dt>
              <dd>{facility.schemaVersion ?? '—'}</dd>
            </div>
            <div className="detail-row">
              <dt>Changes recorded as</dt>
              <dd>{session.status?.actor ?? facility.actor}</dd>
            </div>
          </dl>
        </section>
        {session.can('printing.updateSettings') && <PrintSettingsCard />}
        <IdleLockCard />
        <section className="card card-wide" aria-labelledby="backup-heading">
          <h2 id="backup-heading">Backing up</h2>
          <p>
            Everything about this facility is in the one database file above. Back it up regularly
            and before importing a new roster.
          </p>
          <ul>
            <li>
              Here: <Link to="/export">Export › Back up</Link>, which copies the open database
              safely while you work (in the desktop app also <strong>File › Back Up…</strong>).
            </li>
            <li>
              On the command line, from the Tandem folder:{' '}
              <code className="break">
                npm run tandem -- backup --db &quot;{facility.path}&quot; --to &quot;
                {backupExample(facility.path)}&quot;
              </code>
            </li>
          </ul>
          <p className="muted">
            Copying the database file by hand while Tandem is open can miss the latest changes; use
            one of the ways above.
          </p>
        </section>
      </div>
    </div>
  );
}

/** A copy's name beside the database, dated, for the command shown above. */
function backupExample(path: string | null): string {
  const base = (path ?? 'facility.tandem.sqlite').replace(/\.sqlite$/, '');
  return `${base}-backup-${new Date().toISOString().slice(0, 10)}.sqlite`;
}
