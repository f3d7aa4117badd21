import { parentPort } from 'node:worker_threads';
import type { ToCore } from './protocol';
import { serveCore } from './serve';

/** The worker-thread entry: the core, served over worker_threads' parentPort. */
if (!parentPort) throw new Error('electron/core/worker/thread.ts runs only as a worker thread.');
const port = parentPort;
serveCore({
  post: (message, transfer) => port.postMessage(message, transfer),
  onMessage: (listener) => port.on('message', (message: ToCore) => listener(message)),
});
