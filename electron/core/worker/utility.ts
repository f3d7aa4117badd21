import { join } from 'node:path';
import type { PrintJob } from '../printing/printer';
import { startCoreWorker, type CoreClient } from './client';
import type { FromUtility, ToUtility } from './utility-protocol';

/**
 * The entry of the Electron utility process (bundled to dist-electron/core-process.cjs and
 * forked by electron/core-process.ts). The core itself runs in a worker thread started from
 * core-worker.cjs beside this bundle; this thread relays calls, results and job progress, and
 * sets the cancel flag the busy worker reads. Nothing here imports Electron: the utility
 * process's `process.parentPort` is the only link to the main process.
 */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('core-process.cjs runs only as an Electron utility process.');
const port = parentPort;
const post = (message: FromUtility) => port.postMessage(message);

let core: CoreClient | null = null;
const prints = new Map<number, { resolve(pdf: Uint8Array): void; reject(e: Error): void }>();
let nextPrint = 1;

/** The core asked for a PDF: Electron prints it in the main process. */
const print = (job: PrintJob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const id = nextPrint++;
    prints.set(id, { resolve, reject });
    post({ type: 'print', id, job });
  });

async function handle(message: ToUtility): Promise<void> {
  switch (message.type) {
    case 'start': {
      try {
        const started = await startCoreWorker({
          ...message.start,
          entry: join(__dirname, 'core-worker.cjs'),
          print,
          dailyBackup: message.start.dailyBackup,
        });
        core = started;
        started.onJob((job, finished) => post({ type: 'job', job, finished }));
        post({ type: 'ready', startError: started.startError });
      } catch (error) {
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    case 'call': {
      const result = core
        ? await core.call(message.name, message.input)
        : {
            ok: false as const,
            error: { code: 'internal' as const, message: 'Tandem has not started yet.' },
          };
      post({ type: 'result', id: message.id, result });
      return;
    }
    case 'cancel':
      core?.cancel(message.id);
      return;
    case 'print-result': {
      const waiting = prints.get(message.id);
      prints.delete(message.id);
      if (message.pdf) waiting?.resolve(message.pdf);
      else waiting?.reject(new Error(message.error ?? 'printing failed'));
      return;
    }
    case 'close': {
      await core?.close();
      core = null;
      post({ type: 'closed' });
      return;
    }
  }
}

port.on('message', (event) => {
  void handle(event.data as ToUtility);
});
