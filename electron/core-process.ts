/**
 * The main process's end of the core: the database and services run in an Electron utility
 * process (dist-electron/core-process.cjs, which runs them in a worker thread), never in this
 * process, so a long import or a hostile file cannot freeze or kill the window's process. This
 * module forks it, forwards calls and cancels, prints documents the core asks for, and hears
 * job progress.
 */
import { join } from 'node:path';
import { utilityProcess, type UtilityProcess } from 'electron';
import type { Result } from '../shared/result';
import type { PdfPrinter } from './core/printing/printer';
import type { RunningJob } from './core/worker/client';
import type { CoreStart, FromUtility, ToUtility } from './core/worker/utility-protocol';

export interface CoreProcess {
  startError: string | null;
  call(name: string, input: unknown): Promise<Result<unknown>>;
  cancel(jobId: number): void;
  onJob(listener: (job: RunningJob, finished: boolean) => void): void;
  /** Closes the database cleanly and ends the utility process. */
  close(): Promise<void>;
}

const stopped = (why: string): Result<never> => ({
  ok: false,
  error: {
    code: 'internal',
    message: `Tandem's database process stopped (${why}); the call did not finish. Restart Tandem.`,
  },
});

export function startCoreProcess(
  start: CoreStart,
  printer: () => PdfPrinter,
): Promise<CoreProcess> {
  const child: UtilityProcess = utilityProcess.fork(join(__dirname, 'core-process.cjs'), [], {
    serviceName: 'Tandem database',
  });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners: ((job: RunningJob, finished: boolean) => void)[] = [];
  let nextId = 1;
  let exited: string | null = null;
  let closed: (() => void) | null = null;
  const post = (message: ToUtility) => child.postMessage(message);

  return new Promise((resolve, reject) => {
    child.on('message', (message: FromUtility) => {
      switch (message.type) {
        case 'ready':
          resolve({
            startError: message.startError,
            call: (name, input) => {
              if (exited) return Promise.resolve(stopped(exited));
              const id = nextId++;
              return new Promise((done) => {
                pending.set(id, done);
                post({ type: 'call', id, name, input });
              });
            },
            cancel: (jobId) => post({ type: 'cancel', id: jobId }),
            onJob: (listener) => listeners.push(listener),
            close: async () => {
              if (exited) return;
              const done = new Promise<void>((ended) => (closed = ended));
              post({ type: 'close' });
              await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
              child.kill();
            },
          });
          return;
        case 'failed':
          reject(new Error(message.message));
          return;
        case 'result': {
          const done = pending.get(message.id);
          pending.delete(message.id);
          done?.(message.result);
          return;
        }
        case 'job':
          for (const listener of listeners) listener(message.job, message.finished);
          return;
        case 'print':
          printer()
            .print(message.job)
            .then(
              (pdf) => post({ type: 'print-result', id: message.id, pdf }),
              (error: unknown) =>
                post({
                  type: 'print-result',
                  id: message.id,
                  error: error instanceof Error ? error.message : String(error),
                }),
            );
          return;
        case 'closed':
          closed?.();
          return;
      }
    });
    child.on('exit', (code) => {
      exited = `exit code ${code}`;
      reject(new Error(`Tandem's database process ended at start (${exited}).`));
      for (const done of pending.values()) done(stopped(exited));
      pending.clear();
      closed?.();
    });
    child.once('spawn', () => post({ type: 'start', start }));
  });
}
