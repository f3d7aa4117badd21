import type { BatchJob } from '../../../../shared/domain/printing';
import { formatCount, plural } from '../../lib/format';

interface BatchProgressProps {
  job: BatchJob;
  onCancel: () => void;
  onDismiss: () => void;
}

const about = (job: BatchJob) => `${job.cohortCode}, ${job.quarter}`;

/** What the words of a finished batch are, for the live region and the panel. */
function outcome(job: BatchJob): string {
  switch (job.state) {
    case 'running':
      return '';
    case 'done':
      return `Printed ${plural(job.total, 'packet', 'packets')} for ${about(job)}.`;
    case 'cancelled':
      return `Stopped after ${formatCount(job.done)} of ${plural(job.total, 'packet', 'packets')} for ${about(job)}; no combined file was made.`;
    case 'failed':
      return `Printing stopped after ${formatCount(job.done)} of ${plural(job.total, 'packet', 'packets')}: ${job.error ?? 'an unknown error'}.`;
  }
}

/** A packet batch: a real progress bar and Cancel while it runs, then where the files are. */
export function BatchProgress({ job, onCancel, onDismiss }: BatchProgressProps) {
  const label = `Printing packets for ${about(job)}`;
  return (
    <section
      className={`batch-panel batch-state-${job.state}`}
      aria-label={`Packets for ${about(job)}`}
    >
      {/* Announced once when it starts and once when it ends, not at every packet. */}
      <p className="sr-only" role="status">
        {job.state === 'running' ? `${label}…` : outcome(job)}
      </p>
      {job.state === 'running' ? (
        <div className="batch-running">
          <span className="batch-label">{label}</span>
          <progress aria-label={label} max={Math.max(job.total, 1)} value={job.done} />
          <span className="batch-count tabular">
            {formatCount(job.done)} of {plural(job.total, 'packet', 'packets')}
          </span>
          <button type="button" className="button button-small" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="batch-finished">
          <p className="batch-outcome">
            <span className="banner-word">
              {job.state === 'done'
                ? 'Done:'
                : job.state === 'cancelled'
                  ? 'Cancelled:'
                  : 'Failed:'}
            </span>{' '}
            {outcome(job)}
          </p>
          <dl className="batch-files">
            <div>
              <dt>Folder</dt>
              <dd className="mono break">{job.folder}</dd>
            </div>
            {job.combinedPath && (
              <div>
                <dt>Combined file</dt>
                <dd className="mono break">{job.combinedPath}</dd>
              </div>
            )}
            <div>
              <dt>Files written</dt>
              <dd>{plural(job.files.length, 'packet file', 'packet files')}</dd>
            </div>
          </dl>
          <button type="button" className="button button-small" onClick={onDismiss}>
            Close<span className="sr-only"> the result of the packets for {about(job)}</span>
          </button>
        </div>
      )}
    </section>
  );
}
