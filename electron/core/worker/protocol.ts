import type { Result } from '../../../shared/result';
import type { PrintJob } from '../printing/printer';

/**
 * The messages between the process that serves the UI (the local host's main thread, or the
 * Electron utility process) and the core running in a worker thread. Everything here crosses
 * a structured clone, so it is plain data; the one shared piece is the cancel flag, a
 * SharedArrayBuffer both sides see at once (the worker is busy in synchronous SQLite during a
 * job and reads no messages until it ends, but it reads the flag between chunks).
 */

/** What the core needs to build its context; all serialisable. */
export interface CoreInit {
  userDataDir: string;
  /** A facility database to open; otherwise the one used last (settings.lastDatabase). */
  dbPath?: string;
  actor?: { name: string };
  /**
   * Set when the caller runs on a clock of its own (tests that move the calendar): the time it
   * read when starting the core. Each call then carries the time read when the call arrived.
   * Absent, the core uses the system clock.
   */
  now?: string;
  nativeBinding?: string;
  demoRosterPath?: string;
  locale?: string;
  /**
   * Who prints PDFs: 'chromium' starts the system Chromium inside the worker (plain Node);
   * 'parent' asks the parent with a `print` message (Electron prints in a hidden window of the
   * main process); 'none' means this process cannot print.
   */
  printer: 'chromium' | 'parent' | 'none';
  /** Int32Array over it: [0] holds the id of the call whose cancellation was asked for. */
  cancelFlag: SharedArrayBuffer;
  /** Whether to take the daily backup when due (the app and the host do; benchmarks need not). */
  dailyBackup: boolean;
}

export type ToCore =
  | { type: 'init'; init: CoreInit }
  | { type: 'call'; id: number; name: string; input: unknown; now?: string }
  /**
   * A call as the local host received it: the request body's bytes, moved (not copied) to the
   * worker, which parses and checks them, so a 40 MB roster upload costs the host's own
   * thread nothing but reading the socket.
   */
  | { type: 'http'; id: number; body: Uint8Array; now?: string }
  | { type: 'print-result'; id: number; pdf?: Uint8Array; error?: string }
  | { type: 'close' };

export interface JobProgress {
  /** The call's id. */
  id: number;
  /** The API method running as the job. */
  method: string;
  done: number;
  total: number;
  label: string;
}

export type FromCore =
  | { type: 'ready'; startError: string | null }
  | { type: 'result'; id: number; result: Result<unknown> }
  /** The answer to an `http` call: its status and JSON body, serialised in the worker. */
  | { type: 'http-result'; id: number; status: number; body: Uint8Array }
  | ({ type: 'progress' } & JobProgress)
  | { type: 'print'; id: number; job: PrintJob }
  | { type: 'closed' };

/** Slot of the cancel flag holding the id of the call to cancel (0: none). */
export const CANCEL_SLOT = 0;
