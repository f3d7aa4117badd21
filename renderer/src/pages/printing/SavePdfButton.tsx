import { useState } from 'react';
import type { PrintedFile, PrintRequest } from '../../../../shared/domain/printing';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { plural } from '../../lib/format';

interface SavePdfButtonProps {
  request: PrintRequest;
  disabled: boolean;
}

/**
 * "Save as PDF", for the roles that may write files (printing.print; a viewer keeps the preview
 * but has no button the core would refuse).
 */
export function SavePdfButton(props: SavePdfButtonProps) {
  return useCan('printing.print') ? <SavePdf {...props} /> : null;
}

/** Writes the document to the output folder and says where, and how many pages. */
function SavePdf({ request, disabled }: SavePdfButtonProps) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<PrintedFile | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async () => {
    setBusy(true);
    setSaved(null);
    setError(null);
    const result = await api.call('printing.print', request);
    setBusy(false);
    if (result.ok) setSaved(result.value);
    else setError(result.error);
  };
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        disabled={busy || disabled}
        onClick={() => void save()}
      >
        {busy ? 'Saving PDF…' : 'Save as PDF'}
      </button>
      <div className="print-result">
        <Notice>
          {saved && (
            <>
              Saved to <span className="mono break">{saved.path}</span> (
              {plural(saved.pages, 'page', 'pages')}).
            </>
          )}
        </Notice>
        <ErrorBanner error={error} />
      </div>
    </>
  );
}
