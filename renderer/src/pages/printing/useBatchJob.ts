import { useCallback, useEffect, useState } from 'react';
import type { BatchJob } from '../../../../shared/domain/printing';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';

const POLL_MS = 300;
const storageKey = (cohortId: number) => `tandem.batch.${cohortId}`;

function remember(cohortId: number, jobId: string | null): void {
  try {
    if (jobId === null) sessionStorage.removeItem(storageKey(cohortId));
    else sessionStorage.setItem(storageKey(cohortId), jobId);
  } catch {
    // Without storage the job is simply not picked up again after leaving the page.
  }
}

function remembered(cohortId: number): string | null {
  try {
    return sessionStorage.getItem(storageKey(cohortId));
  } catch {
    return null;
  }
}

/**
 * A cohort's packet batch running in the main process: started here, then asked how far it is
 * every 300 ms until it ends. The job is remembered for this tab, so leaving the page and coming
 * back shows it again.
 */
export function useBatchJob(cohortId: number) {
  const [job, setJob] = useState<BatchJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [jobId, setJobId] = useState<string | null>(() => remembered(cohortId));
  const running = job === null ? jobId !== null : job.state === 'running';

  useEffect(() => {
    if (jobId === null || !running) return;
    let current = true;
    let timer = 0;
    const poll = async () => {
      const result = await api.call('printing.batchStatus', { jobId });
      if (!current) return;
      if (result.ok) {
        setJob(result.value);
        if (result.value.state === 'running') timer = window.setTimeout(() => void poll(), POLL_MS);
      } else {
        setError(result.error);
        // A job the main process no longer knows (Tandem restarted) is forgotten.
        if (result.error.code === 'not_found') {
          remember(cohortId, null);
          setJobId(null);
        }
      }
    };
    void poll();
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [cohortId, jobId, running]);

  const start = useCallback(
    async (quarter: string): Promise<boolean> => {
      setError(null);
      const result = await api.call('printing.startBatch', { cohortId, quarter });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      remember(cohortId, result.value.id);
      setJob(result.value);
      setJobId(result.value.id);
      return true;
    },
    [cohortId],
  );

  const cancel = useCallback(async () => {
    if (jobId === null) return;
    const result = await api.call('printing.cancelBatch', { jobId });
    if (result.ok) setJob(result.value);
    else setError(result.error);
  }, [jobId]);

  const dismiss = useCallback(() => {
    remember(cohortId, null);
    setJob(null);
    setJobId(null);
    setError(null);
  }, [cohortId]);

  return { job, error, start, cancel, dismiss, running };
}
