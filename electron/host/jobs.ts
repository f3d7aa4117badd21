import type { Result } from '../../shared/result';
import type { CoreClient, RunningJob } from '../core/worker/client';

export interface JobAnswer {
  status: number;
  body: Result<unknown>;
}

/**
 * The page's view of long jobs on the local host: `GET /api/jobs` lists the jobs reporting
 * progress (the page polls it), `POST /api/jobs/cancel` with `{ "id": n }` asks one to stop.
 * Both are answered on the host's main thread from what the worker has reported, without
 * waiting for the worker, which is busy with the job. The caller has checked the token.
 */
export async function handleJobRequest(
  method: string,
  pathname: string,
  core: CoreClient,
  readBody: () => Promise<Result<unknown>>,
): Promise<JobAnswer | null> {
  if (pathname === '/api/jobs') {
    if (method !== 'GET') return refuse(405, 'Use GET.');
    const jobs: RunningJob[] = core.jobs();
    return { status: 200, body: { ok: true, value: jobs } };
  }
  if (pathname === '/api/jobs/cancel') {
    if (method !== 'POST') return refuse(405, 'Use POST.');
    const body = await readBody();
    if (!body.ok) return { status: 400, body };
    const id = (body.value as { id?: unknown } | null)?.id;
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) {
      return refuse(400, 'Name the job to cancel by its id (a positive whole number).');
    }
    if (!core.cancel(id)) {
      return {
        status: 404,
        body: {
          ok: false,
          error: { code: 'not_found', message: 'That job is not running (it may have finished).' },
        },
      };
    }
    return { status: 200, body: { ok: true, value: { id, cancelling: true } } };
  }
  return null;
}

function refuse(status: number, message: string): JobAnswer {
  return { status, body: { ok: false, error: { code: 'invalid_input', message } } };
}
