import { useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Hands a text file to the browser as a download (Blob + a temporary <a download>). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Export pairings CSV" for one cohort; the error, if any, shows next to the button. */
export function ExportCsvButton({ cohortId }: { cohortId: number }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const exportCsv = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await api.call('pairings.exportCsv', { cohortId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    downloadText(result.value.fileName, result.value.csv);
    setDone(`Saved ${result.value.fileName} to your downloads.`);
  };
  return (
    <span className="export-csv">
      <button type="button" className="button" onClick={() => void exportCsv()} disabled={busy}>
        {busy ? 'Exporting…' : 'Export pairings CSV'}
      </button>
      <span role="status" className="muted small">
        {done}
      </span>
      <ErrorBanner error={error} />
    </span>
  );
}
