import { useState, type FormEvent } from 'react';
import {
  PAPER_SIZE_LABELS,
  PAPER_SIZES,
  type PaperSize,
  type PrintSettings,
} from '../../../../shared/domain/printing';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { TextField, sentence } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

/** The Settings page's "Printing" card: the paper this workstation prints on, and where PDFs go. */
export function PrintSettingsCard() {
  const settings = useApiQuery('printing.settings', {});
  return (
    <section className="card" aria-labelledby="printing-heading">
      <h2 id="printing-heading">Printing</h2>
      <ErrorBanner error={settings.error} onRetry={settings.reload} />
      {settings.data && (
        <PrintSettingsForm key={JSON.stringify(settings.data)} saved={settings.data} />
      )}
    </section>
  );
}

function PrintSettingsForm({ saved }: { saved: PrintSettings }) {
  const [paperSize, setPaperSize] = useState<PaperSize>(saved.paperSize);
  const [outputFolder, setOutputFolder] = useState(saved.outputFolder);
  const [current, setCurrent] = useState(saved);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const errors = fieldErrorsFrom(error);
  const changed = paperSize !== current.paperSize || outputFolder.trim() !== current.outputFolder;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await api.call('printing.updateSettings', { paperSize, outputFolder });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setCurrent(result.value);
    setOutputFolder(result.value.outputFolder);
    setNotice(
      `Saved: ${PAPER_SIZE_LABELS[result.value.paperSize]}, PDFs go to ${result.value.outputFolder}.`,
    );
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <fieldset className="radio-group">
        <legend>Paper size</legend>
        {PAPER_SIZES.map((size) => (
          <label key={size} className="radio-option">
            <input
              type="radio"
              name="paper-size"
              value={size}
              checked={paperSize === size}
              onChange={() => setPaperSize(size)}
            />
            <span>{PAPER_SIZE_LABELS[size]}</span>
          </label>
        ))}
        {errors.paperSize && <p className="field-error">{sentence(errors.paperSize ?? '')}</p>}
      </fieldset>
      <TextField
        label="Output folder"
        required
        value={outputFolder}
        onChange={(e) => setOutputFolder(e.target.value)}
        error={errors.outputFolder}
        hint="Packets, blank forms and certificates are saved here as PDF files. Tandem makes the folder if needed."
        spellCheck={false}
        autoComplete="off"
      />
      <ErrorBanner error={error && !errors.paperSize && !errors.outputFolder ? error : null} />
      <Notice>{notice}</Notice>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !changed}>
          {busy ? 'Saving…' : 'Save printing settings'}
        </button>
      </div>
    </form>
  );
}
