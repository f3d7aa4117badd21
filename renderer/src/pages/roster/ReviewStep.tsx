import type { RosterMapping, RosterPreview, RosterSummary } from '../../../../shared/domain/roster';
import type { ApiError } from '../../../../shared/result';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProblemTable } from '../../components/ProblemTable';
import { formatCount } from '../../lib/format';
import { problemsOf } from '../../lib/problems';
import { guessedValues } from './importRules';
import { ImportSummary } from './ImportSummary';
import { GuessedValues, ImportWarnings } from './ImportWarnings';
import { PreviewRowsTable } from './PreviewRowsTable';

const FORMAT_NAMES = { csv: 'CSV', xlsx: 'Excel workbook (.xlsx)' } as const;
const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;
const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with byte-order mark',
  'windows-1252': 'Windows-1252 (Western European)',
} as const;

interface ReviewStepProps {
  preview: RosterPreview;
  mapping: RosterMapping;
  reasons: string[];
  reasonsId: string;
  commitError: ApiError | null;
  busy: boolean;
  onBack: () => void;
}

export function ReviewStep({
  preview,
  mapping,
  reasons,
  reasonsId,
  commitError,
  busy,
  onBack,
}: ReviewStepProps) {
  const { file } = preview;
  const rejected = problemsOf(commitError);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="review-heading">
        <h2 id="review-heading">What will happen</h2>
        <p className="muted">
          {file.name}: {FORMAT_NAMES[file.format]}
          {file.encoding && `, ${ENCODING_NAMES[file.encoding]}`}
          {file.delimiter && `, ${DELIMITER_NAMES[file.delimiter]}-separated`},{' '}
          {formatCount(file.rowCount)} rows.
        </p>
        <ImportSummary summary={preview.summary} />
        <ImportWarnings warnings={preview.warnings} />
        <GuessedValues guesses={guessedValues(preview)} />
        {reasons.length > 0 ? (
          <div className="banner banner-warn" id={reasonsId}>
            <span className="banner-word">Import is not possible yet:</span>
            <ul>
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        ) : busy ? null : (
          <p className="banner banner-ok">
            <span className="banner-word">Ready:</span> press Import to store these changes. Every
            change is recorded in the audit trail.
          </p>
        )}
        <ErrorBanner error={commitError} />
        {!busy && (
          <div className="form-actions">
            <button type="button" className="button" onClick={onBack}>
              Back to mapping
            </button>
          </div>
        )}
      </section>
      {rejected.length > 0 && (
        <section className="card" aria-labelledby="rejected-heading">
          <h2 id="rejected-heading">Why the import was refused</h2>
          <ProblemTable problems={rejected} caption="Problems that stopped the import" />
        </section>
      )}
      {preview.problems.length > 0 && (
        <section className="card" aria-labelledby="problems-heading">
          <h2 id="problems-heading">Problems</h2>
          <ProblemTable problems={preview.problems} total={preview.problemCount} />
        </section>
      )}
      <section className="card" aria-labelledby="rows-heading">
        <h2 id="rows-heading">Rows</h2>
        <PreviewRowsTable rows={preview.rows} mapping={mapping} total={file.rowCount} />
      </section>
    </div>
  );
}

export function DoneStep({ result, onAnother }: { result: RosterSummary; onAnother: () => void }) {
  return (
    <section className="card stack" aria-labelledby="done-heading">
      <h2 id="done-heading">Roster imported</h2>
      <p role="status" className="banner banner-ok">
        <span className="banner-word">Done:</span> the staff directory is up to date. Every change
        is in the audit trail.
      </p>
      <ImportSummary summary={result} done />
      <div className="form-actions">
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </section>
  );
}
