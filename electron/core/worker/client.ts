import { Worker } from 'node:worker_threads';
import type { Result } from '../../../shared/result';
import type { PrintJob } from '../printing/printer';
import {
  CANCEL_SLOT,
  type CoreInit,
  type FromCore,
  type JobProgress,
  type ToCore,
} from './protocol';

/** A job in progress, as the UI shows it: the call, what it has done and what it is doing. */
export interface RunningJob extends JobProgress {
  /** Cancel was asked for; the job stops at its next report and writes nothing. */
  cancelling: boolean;
}

export interface CoreClient {
  /** The message the core gave when it could not reopen the last database, if any. */
  startError: string | null;
  /** Calls an API method in the core; `now` is the caller's clock when it has its own. */
  call(name: string, input: unknown, now?: string): Promise<Result<unknown>>;
  /**
   * The local host's `POST /api/call`: the body's bytes go to the worker (moved, not copied:
   * `body` must own its whole ArrayBuffer), which parses, checks and answers them.
   */
  callHttp(body: Uint8Array, now?: string): Promise<{ status: number; body: Uint8Array }>;
  /** The jobs that have reported progress and not finished yet. */
  jobs(): RunningJob[];
  /** Asks the job of this call to stop; false when no such job is running. */
  cancel(id: number): boolean;
  /** Called on every progress report and when a job ends (with `finished`). */
  onJob(listener: (job: RunningJob, finished: boolean) => void): () => void;
  /** Closes the database cleanly, then ends the worker. */
  close(): Promise<void>;
}

export interface CoreWorkerOptions extends Omit<CoreInit, 'cancelFlag'> {
  /** The bundled worker entry (electron/core/worker/thread.ts built to JavaScript). */
  entry: string;
  /** For `printer: 'parent'`: prints a document where the parent can. */
  print?: (job: PrintJob) => Promise<Uint8Array>;
}

const gone = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'internal', message },
});

/**
 * Starts the core in a worker thread and talks to it: the parent's side of
 * electron/core/worker/protocol.ts, used by the local host and by the Electron utility process.
 * The parent's thread never runs a query, so it keeps answering while an import runs.
 */
export async function startCoreWorker(options: CoreWorkerOptions): Promise<CoreClient> {
  const { entry, print, ...init } = options;
  const cancelFlag = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancelFlag);
  let worker: Worker;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const pendingHttp = new Map<number, (answer: { status: number; body: Uint8Array }) => void>();
  const running = new Map<number, RunningJob>();
  const listeners = new Set<(job: RunningJob, finished: boolean) => void>();
  let nextId = 1;
  /** Set once the core has stopped for good (closed, or crashing again and again). */
  let exited: string | null = null;
  let closing = false;
  let closed: (() => void) | null = null;
  /** When the core last crashed and was started again: a core that keeps crashing stays down. */
  const restarts: number[] = [];

  const post = (message: ToCore, transfer?: ArrayBuffer[]) => worker.postMessage(message, transfer);
  const finish = (id: number) => {
    const job = running.get(id);
    if (!job) return;
    running.delete(id);
    emit(job, true);
  };
  const emit = (job: RunningJob, finished: boolean) => {
    for (const listener of listeners) listener(job, finished);
  };

  let ready: (startError: string | null) => void = () => {};
  let failed: (error: Error) => void = () => {};

  const onMessage = (message: FromCore) => {
    switch (message.type) {
      case 'ready':
        ready(message.startError);
        return;
      case 'result': {
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        finish(message.id);
        resolve?.(message.result);
        return;
      }
      case 'http-result': {
        const resolve = pendingHttp.get(message.id);
        pendingHttp.delete(message.id);
        finish(message.id);
        resolve?.({ status: message.status, body: message.body });
        return;
      }
      case 'progress': {
        if (!pending.has(message.id) && !pendingHttp.has(message.id)) return;
        const job: RunningJob = {
          id: message.id,
          method: message.method,
          done: message.done,
          total: message.total,
          label: message.label,
          cancelling: Atomics.load(flag, CANCEL_SLOT) === message.id,
        };
        running.set(message.id, job);
        emit(job, false);
        return;
      }
      case 'print': {
        const printing = print
          ? print(message.job)
          : Promise.reject(new Error('This process cannot print.'));
        printing.then(
          (pdf) => post({ type: 'print-result', id: message.id, pdf }),
          (error: unknown) =>
            post({
              type: 'print-result',
              id: message.id,
              error: error instanceof Error ? error.message : String(error),
            }),
        );
        return;
      }
      case 'closed':
        closed?.();
        return;
    }
  };

  /** Starts a worker and builds the core's context in it; resolves with its start error. */
  const spawn = (): Promise<string | null> => {
    const started = new Promise<string | null>((resolve, reject) => {
      ready = resolve;
      failed = reject;
    });
    const current = new Worker(entry);
    worker = current;
    current.on('message', onMessage);
    // A file that exhausts the worker's heap ends the worker, not the process serving the UI.
    current.on('error', (error) => stopped(current, error.message));
    current.on('exit', (code) => stopped(current, `exit code ${code}`));
    Atomics.store(flag, CANCEL_SLOT, 0);
    post({ type: 'init', init: { ...init, cancelFlag } });
    return started;
  };

  const stopped = (which: Worker, reason: string) => {
    if (which !== worker) return;
    failed(new Error(reason));
    const restarting =
      !closing && !exited && restarts.filter((t) => Date.now() - t < 60_000).length < 3;
    const lost = gone(
      restarting
        ? `Tandem's core stopped (${reason}) and was started again; the unfinished call kept nothing. Sign in again if asked, then try again.`
        : `Tandem's core stopped (${reason}); the call did not finish. Restart Tandem.`,
    );
    for (const resolve of pending.values()) resolve(lost);
    pending.clear();
    for (const resolve of pendingHttp.values()) {
      resolve({ status: 200, body: new Uint8Array(Buffer.from(JSON.stringify(lost))) });
    }
    pendingHttp.clear();
    for (const job of running.values()) emit(job, true);
    running.clear();
    if (restarting) {
      restarts.push(Date.now());
      // The new core reopens the same facility database; SQLite rolled back the unfinished write.
      spawn().catch(() => {});
      return;
    }
    exited ??= reason;
    closed?.();
  };

  const startError = await spawn();

  return {
    startError,
    call: (name, input, now) => {
      if (exited) return Promise.resolve(gone(`Tandem's core has stopped (${exited}).`));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        post({ type: 'call', id, name, input, ...(now ? { now } : {}) });
      });
    },
    callHttp: (body, now) => {
      if (exited) {
        const lost = gone(`Tandem's core has stopped (${exited}).`);
        return Promise.resolve({
          status: 200,
          body: new Uint8Array(Buffer.from(JSON.stringify(lost))),
        });
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pendingHttp.set(id, resolve);
        post({ type: 'http', id, body, ...(now ? { now } : {}) }, [body.buffer as ArrayBuffer]);
      });
    },
    jobs: () => [...running.values()],
    cancel: (id) => {
      const job = running.get(id);
      if (!job) return false;
      Atomics.store(flag, CANCEL_SLOT, id);
      job.cancelling = true;
      emit(job, false);
      return true;
    },
    onJob: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      closing = true;
      if (!exited) {
        const done = new Promise<void>((resolve) => (closed = resolve));
        post({ type: 'close' });
        // The database closes in a moment; a printer that hangs must not keep the host alive.
        await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      }
      await worker.terminate();
    },
  };
}
