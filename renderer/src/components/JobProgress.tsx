import { useEffect, useId, useState } from 'react';
import { cancelJob, watchJobs, type JobView } from '../api/progress';
import { useModal } from '../lib/useModal';
import '../styles/job-progress.css';

/** What each long job is called on screen, by its API method; others by their own label. */
const JOB_TITLES: Record<string, string> = {
  'roster.commit': 'Importing the roster',
  'roster.preview': 'Reading the roster file',
  'exports.bundle': 'Exporting',
  'backup.create': 'Backing up',
  'backup.restore': 'Restoring a backup',
  'matching.optimise': 'Finding the best pairings',
  'printing.print': 'Printing',
};

/**
 * Over the whole app while a long job runs (import, export, backup…): what it is doing, how far
 * it has got, and Cancel. Mounted once, beside the app (renderer/src/main.tsx); it shows only
 * for jobs that report progress, which the core does for work that takes more than a moment.
 * Cancel rolls the job back: the call it belongs to then ends with a "cancelled" message where
 * the page shows its errors.
 */
export function JobProgress() {
  const [jobs, setJobs] = useState<JobView[]>([]);
  useEffect(() => watchJobs(setJobs), []);
  const job = jobs[0] ?? null;
  const ref = useModal(job !== null);
  const titleId = useId();

  const title = job ? (JOB_TITLES[job.method] ?? 'Working') : '';
  const fraction = job && job.total > 0 ? Math.min(1, job.done / job.total) : null;
  return (
    <dialog
      ref={ref}
      className="dialog job-progress"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape does not hide a running job: it asks to cancel it, as the button does.
        event.preventDefault();
        if (job && !job.cancelling) void cancelJob(job.id);
      }}
    >
      {job && (
        <>
          <h2 id={titleId}>{title}</h2>
          <div className="dialog-body" role="status">
            <p>{job.cancelling ? 'Cancelling… nothing will be kept.' : job.label}</p>
            {fraction === null ? (
              <progress aria-labelledby={titleId} />
            ) : (
              <progress aria-labelledby={titleId} max={1} value={fraction} />
            )}
            {fraction !== null && (
              <p className="job-progress-count">
                {job.done.toLocaleString()} of {job.total.toLocaleString()} (
                {Math.floor(fraction * 100)}%)
              </p>
            )}
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              className="button"
              disabled={job.cancelling}
              onClick={() => void cancelJob(job.id)}
            >
              {job.cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
