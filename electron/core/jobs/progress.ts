import { TandemError } from '../../../shared/result';

/**
 * How a long job (import, export, backup, optimise, print) tells whoever runs it how far it
 * has got, and learns that the person pressed Cancel. Services call `reportProgress` between
 * chunks of work; inside a write, the thrown `cancelled` error rolls everything back, so a
 * cancelled job leaves nothing behind.
 *
 * One job runs at a time in a process that serves the API (calls are handled one after
 * another), so the reporter is module state set around the job by `runAsJob`.
 */
export interface JobReporter {
  progress(done: number, total: number, label: string): void;
  /** True once the person has asked to cancel. */
  cancelRequested(): boolean;
}

const idle: JobReporter = { progress() {}, cancelRequested: () => false };
let current: JobReporter = idle;

/** Runs `job` with `reporter` receiving its progress; restores the previous reporter after. */
export async function runAsJob<T>(reporter: JobReporter, job: () => T | Promise<T>): Promise<T> {
  const previous = current;
  current = reporter;
  try {
    return await job();
  } finally {
    current = previous;
  }
}

/** Reports progress and stops the job (by throwing) if the person has asked to cancel. */
export function reportProgress(done: number, total: number, label: string): void {
  if (current.cancelRequested()) {
    throw new TandemError('cancelled', 'Cancelled. Nothing was changed.');
  }
  current.progress(done, total, label);
}
