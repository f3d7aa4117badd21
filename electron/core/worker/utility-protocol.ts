import type { Result } from '../../../shared/result';
import type { PrintJob } from '../printing/printer';
import type { RunningJob } from './client';
import type { CoreInit } from './protocol';

/**
 * The messages between the Electron main process and the utility process that hosts the core
 * (electron/core/worker/utility.ts). The utility process runs the core in a worker thread of
 * its own so that Cancel can reach a job through shared memory while the job keeps the worker
 * busy; its own thread only relays. Kept free of Electron imports so both ends share it.
 */
export type CoreStart = Omit<CoreInit, 'cancelFlag' | 'printer'> & {
  /** Electron prints in the main process (a hidden window): the core asks for each document. */
  printer: 'parent' | 'none';
};

export type ToUtility =
  | { type: 'start'; start: CoreStart }
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'cancel'; id: number }
  | { type: 'print-result'; id: number; pdf?: Uint8Array; error?: string }
  | { type: 'close' };

export type FromUtility =
  | { type: 'ready'; startError: string | null }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'job'; job: RunningJob; finished: boolean }
  | { type: 'print'; id: number; job: PrintJob }
  | { type: 'closed' };
