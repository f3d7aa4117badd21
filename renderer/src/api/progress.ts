import { hostToken } from './token';

/** A long job the core is running, as its progress reports describe it. */
export interface JobView {
  id: number;
  /** The API method running as the job (e.g. "roster.commit"). */
  method: string;
  done: number;
  total: number;
  label: string;
  /** Cancel was asked for: the job stops at its next report and keeps nothing. */
  cancelling: boolean;
}

interface JobEvent extends JobView {
  finished: boolean;
}

/** What the Electron preload exposes (electron/preload.ts); absent in a browser. */
interface JobsBridge {
  onProgress(listener: (job: JobEvent) => void): () => void;
  cancel(id: number): Promise<{ ok: boolean }>;
}

declare global {
  interface Window {
    tandemJobs?: JobsBridge;
  }
}

/** How often the page asks the local host for running jobs: idle, and while one is shown. */
const IDLE_POLL_MS = 1000;
const ACTIVE_POLL_MS = 250;

/**
 * Calls `listener` with the jobs running now whenever that changes, until the returned function
 * is called. In the app, the main process pushes each report; in a browser, the page polls the
 * local host's `GET /api/jobs` (answered by the host's own thread from what the worker last
 * reported, so it stays quick while the job keeps the worker busy).
 */
export function watchJobs(listener: (jobs: JobView[]) => void): () => void {
  const bridge = window.tandemJobs;
  if (bridge) {
    const jobs = new Map<number, JobView>();
    return bridge.onProgress((event) => {
      const { finished, ...job } = event;
      if (finished) jobs.delete(job.id);
      else jobs.set(job.id, job);
      listener([...jobs.values()]);
    });
  }
  let stopped = false;
  let timer: number | undefined;
  let last = '[]';
  const poll = async () => {
    let jobs: JobView[] = [];
    let unauthorised = false;
    try {
      const token = hostToken();
      const response = await fetch('/api/jobs', {
        headers: token === null ? {} : { Authorization: `Bearer ${token}` },
      });
      unauthorised = response.status === 401;
      const body = (await response.json()) as { ok: boolean; value?: JobView[] };
      jobs = body.ok && Array.isArray(body.value) ? body.value : [];
    } catch {
      // The host is gone or restarting: nothing to show; the next poll tries again.
    }
    if (stopped) return;
    const text = JSON.stringify(jobs);
    if (text !== last) {
      last = text;
      listener(jobs);
    }
    // A page without the host's key learns nothing here: ask again rarely.
    const wait = unauthorised ? IDLE_POLL_MS * 10 : jobs.length > 0 ? ACTIVE_POLL_MS : IDLE_POLL_MS;
    timer = window.setTimeout(() => void poll(), wait);
  };
  void poll();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
  };
}

/** Asks the job to stop; it reports once more and ends with a `cancelled` error, keeping nothing. */
export async function cancelJob(id: number): Promise<void> {
  const bridge = window.tandemJobs;
  if (bridge) {
    await bridge.cancel(id);
    return;
  }
  const token = hostToken();
  await fetch('/api/jobs/cancel', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ id }),
  });
}
