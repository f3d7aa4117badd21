/**
 * A cohort's packets printed in the background: one PDF per pairing in a folder named for the
 * cohort and quarter, then one combined PDF. One packet at a time, yielding to the event loop
 * between packets so the app stays responsive; cancelling stops after the current packet.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BatchJob } from '../../../shared/domain/printing';
import type { Quarter } from '../../../shared/periods';
import { formatQuarter } from '../../../shared/periods';
import { TandemError } from '../../../shared/result';
import { requireDb, type AppContext } from '../context';
import type { Db } from '../db/open';
import type { ReportOptions } from '../reports/common';
import { cohortCover, packetOf, printablePairings } from '../reports/packet';
import { documentFileName, reportOptions, requestQuarter } from './documents';
import { ensureWritableFolder, safeFileName, writeFileAtomically } from './files';
import { printJob } from './html';
import { mergePdfs } from './merge';
import type { PdfPrinter } from './printer';
import { requirePrinter } from './print';
import { printSettings } from './settings';

export interface BatchRecord {
  job: BatchJob;
  cancelRequested: boolean;
  /** Settles when the job has stopped, whatever its end. */
  finished: Promise<void>;
}

/** Jobs that ended are kept this long for their status to be read. */
const KEEP_FINISHED = 20;

const snapshot = (job: BatchJob): BatchJob => ({ ...job, files: [...job.files] });

function prune(jobs: Map<string, BatchRecord>): void {
  const ended = [...jobs.values()].filter((r) => r.job.state !== 'running');
  for (const r of ended.slice(0, Math.max(0, ended.length - KEEP_FINISHED))) jobs.delete(r.job.id);
}

interface Run {
  db: Db;
  printer: PdfPrinter;
  options: ReportOptions;
  quarter: Quarter;
}

async function runBatch(record: BatchRecord, run: Run): Promise<void> {
  const { job } = record;
  const parts: Uint8Array[] = [];
  try {
    const pairings = printablePairings(run.db, job.cohortId, run.quarter);
    parts.push(
      await run.printer.print(
        printJob(cohortCover(run.db, run.options, job.cohortId, run.quarter, pairings)),
      ),
    );
    for (const pairing of pairings) {
      // Let other work (the app's calls, a cancel) run between packets.
      await nextTurn();
      if (record.cancelRequested) break;
      const packet = packetOf(run.db, run.options, pairing, run.quarter);
      const pdf = await run.printer.print(printJob(packet));
      const path = join(job.folder, safeFileName(documentFileName(packet)));
      await writeFileAtomically(path, pdf);
      parts.push(pdf);
      job.files.push(path);
      job.done += 1;
    }
    if (!record.cancelRequested) {
      const combined = join(
        job.folder,
        safeFileName(`All packets ${job.quarter} ${job.cohortCode}`),
      );
      await writeFileAtomically(combined, await mergePdfs(parts));
      if (record.cancelRequested) await rm(combined, { force: true });
      else job.combinedPath = combined;
    }
    job.state = record.cancelRequested ? 'cancelled' : 'done';
  } catch (error) {
    job.state = 'failed';
    job.error = error instanceof Error ? error.message : String(error);
  }
}

function launch(
  ctx: AppContext,
  input: { cohortId: number; quarter: string },
  folderOf: (cohortCode: string, quarter: string, outputFolder: string) => string,
): BatchRecord {
  const { db } = requireDb(ctx);
  const quarter = requestQuarter(input);
  const pairings = printablePairings(db, input.cohortId, quarter);
  const settings = printSettings(ctx);
  const printer = requirePrinter(ctx);
  const cohortCode = pairings[0]?.cohortCode ?? String(input.cohortId);
  const key = formatQuarter(quarter);
  const folder = folderOf(cohortCode, key, settings.outputFolder);
  ensureWritableFolder(folder);
  const job: BatchJob = {
    id: randomUUID(),
    cohortId: input.cohortId,
    cohortCode,
    quarter: key,
    state: 'running',
    done: 0,
    total: pairings.length,
    folder,
    files: [],
    combinedPath: null,
    error: null,
  };
  const record: BatchRecord = { job, cancelRequested: false, finished: Promise.resolve() };
  record.finished = runBatch(record, {
    db,
    printer,
    options: reportOptions(ctx, settings.paperSize),
    quarter,
  });
  ctx.jobs.set(job.id, record);
  prune(ctx.jobs);
  return record;
}

/**
 * Starts printing a cohort's packets for a quarter into a folder named for them in the output
 * folder; refuses at once (naming the field) what cannot be printed.
 */
export function startBatch(
  ctx: AppContext,
  input: { cohortId: number; quarter: string },
): BatchJob {
  const record = launch(ctx, input, (code, quarter, out) =>
    join(out, safeFileName(`Packets ${code} ${quarter}`, '')),
  );
  return snapshot(record.job);
}

/** The same batch into a given folder, waited for (the command line). */
export async function printBatchInto(
  ctx: AppContext,
  input: { cohortId: number; quarter: string },
  folder: string,
): Promise<BatchJob> {
  const record = launch(ctx, input, () => folder);
  await record.finished;
  return snapshot(record.job);
}

function recordOf(ctx: AppContext, jobId: string): BatchRecord {
  const record = ctx.jobs.get(jobId);
  if (!record) {
    throw new TandemError(
      'not_found',
      `jobId: there is no print batch ${jobId} (it may have ended before the app restarted).`,
      {
        problems: [{ field: 'jobId', value: jobId, message: 'no such print batch' }],
      },
    );
  }
  return record;
}

export function batchStatus(ctx: AppContext, jobId: string): BatchJob {
  return snapshot(recordOf(ctx, jobId).job);
}

/** Asks a running batch to stop after the packet it is printing; its status says when it has. */
export function cancelBatch(ctx: AppContext, jobId: string): BatchJob {
  const record = recordOf(ctx, jobId);
  if (record.job.state === 'running') record.cancelRequested = true;
  return snapshot(record.job);
}

/** Waits for a batch to stop (tests, the CLI). */
export async function batchFinished(ctx: AppContext, jobId: string): Promise<BatchJob> {
  const record = recordOf(ctx, jobId);
  await record.finished;
  return snapshot(record.job);
}
