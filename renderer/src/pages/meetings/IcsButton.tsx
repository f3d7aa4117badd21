import { useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { downloadText } from '../cohorts/ExportCsvButton';

type Target = { pairingId: number } | { cohortId: number };

/** Downloads the planned meetings as an .ics file that calendar programs open. */
export function IcsButton({ target, label }: { target: Target; label: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Offered only to roles the core lets export (viewers included: the file changes nothing).
  const allowed = useCan('meetings.exportIcs');
  const download = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await api.call('meetings.exportIcs', target);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { fileName, ics, events } = result.value;
    downloadText(fileName, ics, 'text/calendar;charset=utf-8');
    setDone(
      `Saved ${fileName} (${events === 1 ? '1 planned meeting' : `${events} planned meetings`}) to your downloads.`,
    );
  };
  if (!allowed) return null;
  return (
    <span className="ics-button">
      <button type="button" className="button" onClick={() => void download()} disabled={busy}>
        {busy ? 'Preparing…' : label}
      </button>
      <span role="status" className="muted small">
        {done}
      </span>
      <ErrorBanner error={error} />
    </span>
  );
}
