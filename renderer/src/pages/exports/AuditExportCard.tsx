import { useEffect, useState } from 'react';
import type { ExportResult } from '../../../../shared/domain/exports';
import type { ProgramSummary } from '../../../../shared/domain/programs';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { Progress } from '../../components/Progress';
import { formatBytes, formatCount } from '../../lib/format';
import { fieldErrorsFrom } from '../../lib/problems';

/** The audit export bundle: scope, de-identified or not, and where it went. */
export function AuditExportCard() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [programId, setProgramId] = useState('');
  const [folder, setFolder] = useState('');
  const [deidentified, setDeidentified] = useState(false);
  const [xlsx, setXlsx] = useState(false);
  const [programs, setPrograms] = useState<ProgramSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const errors = fieldErrorsFrom(error);

  useEffect(() => {
    void api.call('programs.list', {}).then((r) => {
      if (r.ok) setPrograms(r.value);
    });
  }, []);

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    const answer = await api.call('exports.bundle', {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(programId ? { programId: Number(programId) } : {}),
      ...(folder.trim() ? { folder: folder.trim() } : {}),
      deidentified,
      xlsx,
    });
    setBusy(false);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error);
  };

  return (
    <section className="card card-wide" aria-labelledby="audit-export-heading">
      <h2 id="audit-export-heading">Export for auditors</h2>
      <p>
        Every table as CSV and JSON, the audit trail, and a manifest with a checksum for each file,
        so anyone can check offline that nothing was changed.
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <div className="form-grid">
          <TextField
            label="From"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={errors.from}
            hint="Leave both days empty for everything."
          />
          <TextField
            label="To"
            type="date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            error={errors.to}
          />
          <SelectField
            label="Program"
            value={programId}
            onChange={(e) => setProgramId(e.target.value)}
            error={errors.program ?? errors.programId}
            options={[
              { value: '', label: 'All programs' },
              ...programs.map((p) => ({ value: String(p.id), label: p.name })),
            ]}
          />
        </div>
        <CheckboxField
          label="De-identified (for outside reviewers)"
          checked={deidentified}
          onChange={(e) => setDeidentified(e.target.checked)}
          hint="People get pseudonyms used only in this export; names, e-mails, notes, comments, text answers and reasons are left out."
        />
        <CheckboxField
          label="Also an Excel workbook (a sheet per table)"
          checked={xlsx}
          onChange={(e) => setXlsx(e.target.checked)}
        />
        <TextField
          label="Folder"
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
          error={errors.folder ?? errors.out}
          hint="The whole path of a new or empty folder. Leave empty for a new folder in the print output folder."
        />
        <ErrorBanner error={error && !Object.keys(errors).length ? error : null} />
        {busy && <Progress label="Exporting every table and computing checksums…" />}
        {result && (
          <Notice>
            <span className="banner-word">Exported:</span> {formatCount(result.files)} files (
            {formatCount(result.tables)} tables, {formatCount(result.rows)} rows,{' '}
            {formatBytes(result.bytes)}) to <span className="mono break">{result.folder}</span>.
            Anyone can check it with{' '}
            <code>npm run tandem -- export verify &quot;{result.folder}&quot;</code>
          </Notice>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export bundle'}
          </button>
        </div>
      </form>
    </section>
  );
}
