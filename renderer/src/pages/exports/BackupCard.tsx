import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry, BackupOverview } from '../../../../shared/domain/backup';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useOpenFacility } from '../../app/FacilityContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { CheckboxField, TextField } from '../../components/Field';
import { Progress } from '../../components/Progress';
import { formatBytes, formatInstant } from '../../lib/format';
import { fieldErrorsFrom } from '../../lib/problems';

/** Backups of the open database, for the browser host too (it has no File menu). */
export function BackupCard() {
  const facility = useOpenFacility();
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const errors = fieldErrorsFrom(error);

  const load = useCallback(async () => {
    const answer = await api.call('backup.list', {});
    if (answer.ok) setOverview(answer.value);
    else setError(answer.error);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const backUp = async () => {
    setBusy('Backing up…');
    setError(null);
    setDone(null);
    const answer = await api.call('backup.create', {
      ...(path.trim() ? { path: path.trim() } : {}),
      overwrite,
    });
    setBusy(null);
    if (answer.ok) {
      setDone(`Backed up to ${answer.value.path} (${formatBytes(answer.value.bytes)}).`);
      setOverwrite(false);
      await load();
    } else setError(answer.error);
  };

  const restore = async (entry: BackupEntry) => {
    setBusy('Checking the backup and restoring…');
    setError(null);
    setDone(null);
    const answer = await api.call('backup.restore', { path: entry.path });
    setBusy(null);
    setRestoring(null);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    const kept = answer.value.safetyCopy
      ? ` The database as it was is kept at ${answer.value.safetyCopy}.`
      : '';
    setDone(
      `Restored from ${entry.name}: its audit trail of ${answer.value.auditEvents} events is intact.${kept}`,
    );
    const status = await api.call('facility.status', {});
    if (status.ok) facility.setStatus(status.value);
    await load();
  };

  return (
    <section className="card card-wide" aria-labelledby="backup-card-heading">
      <h2 id="backup-card-heading">Backup</h2>
      <p>
        A consistent copy of the facility database, safe to take while Tandem is in use.
        {overview?.automatic
          ? ` A daily backup is also taken when Tandem starts; the newest ${overview.keep} are kept.`
          : ''}
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void backUp();
        }}
      >
        <TextField
          label="Back up to file"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          error={errors.path}
          hint={`The whole path of the copy. Leave empty for a new file in ${overview?.folder ?? 'the backup folder'}.`}
        />
        <CheckboxField
          label="Replace a file of that name if there is one"
          checked={overwrite}
          onChange={(e) => setOverwrite(e.target.checked)}
        />
        <ErrorBanner error={error && !errors.path ? error : null} />
        {busy && <Progress label={busy} />}
        <Notice>{done}</Notice>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy !== null}>
            Back up now
          </button>
        </div>
      </form>
      <h3>
        Backups in{' '}
        {overview ? <span className="mono break">{overview.folder}</span> : 'the backup folder'}
      </h3>
      {overview && overview.backups.length === 0 ? (
        <p className="muted">No backups here yet. Use Back up now to make the first.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Backups">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Kind</th>
                <th scope="col">Size</th>
                <th scope="col">File</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview?.backups.map((b) => (
                <tr key={b.path}>
                  <td>{formatInstant(b.takenAt)}</td>
                  <td>{b.automatic ? 'Daily' : 'By hand'}</td>
                  <td>{formatBytes(b.bytes)}</td>
                  <td className="mono break">{b.name}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={busy !== null}
                      onClick={() => setRestoring(b)}
                      aria-label={`Restore ${b.name}`}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={restoring !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        danger
        busy={busy !== null}
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(null)}
      >
        Everything recorded since {restoring ? formatInstant(restoring.takenAt) : 'then'} is
        replaced by this backup. The backup is checked first (a damaged one changes nothing), and
        the database as it is now is kept beside it.
      </ConfirmDialog>
    </section>
  );
}
