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
import type { Pairing } from '../../../shared/domain/pairings';
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
import { PdfCombiner } from './merge';
import type { PdfPrinter, PrintJob } from './printer';
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

interface Prepared {
  job: PrintJob;
  path: string;
}

/**
 * Prints the cover, then each packet, writing each packet's file and adding it to the combined
 * PDF while the printer already works on the next one: the Node side (data, HTML, files, joining)
 * runs in small steps between the printer's messages, so the browser is rarely left waiting.
 */
async function runBatch(record: BatchRecord, run: Run): Promise<void> {
  const { job } = record;
  const combined = new PdfCombiner();
  const prepare = (pairing: Pairing): Prepared => {
    const packet = packetOf(run.db, run.options, pairing, run.quarter);
    return {
      job: printJob(packet),
      path: join(job.folder, safeFileName(documentFileName(packet))),
    };
  };
  const finish = async (done: Prepared, pdf: Uint8Array) => {
    await writeFileAtomically(done.path, pdf);
    job.files.push(done.path);
    job.done += 1;
    await nextTurn();
    await combined.add(pdf);
  };
  try {
    const pairings = printablePairings(run.db, job.cohortId, run.quarter);
    const cover = cohortCover(run.db, run.options, job.cohortId, run.quarter, pairings);
    await combined.add(await run.printer.print(printJob(cover)));
    let next: Prepared | null = pairings[0] ? prepare(pairings[0]) : null;
    let finishing: Promise<void> = Promise.resolve();
    for (let i = 0; next && !record.cancelRequested; i += 1) {
      const current: Prepared = next;
      const printing = run.printer.print(current.job);
      // Awaited below; marked handled now so a failure while the previous file is written is
      // not reported as unhandled.
      printing.catch(() => undefined);
      // While it prints: the previous packet's file and join, then the next packet's document.
      await finishing;
      await nextTurn();
      const following = pairings[i + 1];
      next = following ? prepare(following) : null;
      const pdf = await printing;
      finishing = finish(current, pdf);
      finishing.catch(() => undefined);
      // Let other work (the app's calls, a cancel) run between packets.
      await nextTurn();
    }
    await finishing;
    if (!record.cancelRequested) {
      const path = join(job.folder, safeFileName(`All packets ${job.quarter} ${job.cohortCode}`));
      await writeFileAtomically(path, await combined.save());
      if (record.cancelRequested) await rm(path, { force: true });
      else job.combinedPath = path;
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
