import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { PAPER_SIZES, type PaperSize } from '../../../shared/domain/printing';
import { parseQuarter } from '../../../shared/periods';
import { TandemError } from '../../../shared/result';
import { createContext, requireDb, workstationActor, type AppContext } from '../../core/context';
import { openFacility } from '../../core/facility/service';
import { printBatchInto } from '../../core/printing/batch';
import { buildDocument, documentFileName, reportOptions } from '../../core/printing/documents';
import { ensureWritableFolder } from '../../core/printing/files';
import { lazyChromiumPrinter } from '../../core/printing/lazy';
import { documentPdf, requirePrinter, savePdf } from '../../core/printing/print';
import { memorySettings } from '../../core/settings';
import { cliUserDataDir, formatError, UsageError, type CommandOutput } from '../io';
import { PACKET_USAGE } from '../usage';

/** A refusal of the command's own input: one line, exit 1, nothing printed. */
class Refused extends Error {}

function checkQuarter(text: string): string {
  if (!parseQuarter(text))
    throw new Refused(`--quarter: expected a quarter like 2026-Q3, found "${text}".`);
  return text.trim();
}

function checkPaper(text: string | undefined): PaperSize | undefined {
  if (text === undefined) return undefined;
  const paper = text.toLowerCase();
  if (!(PAPER_SIZES as readonly string[]).includes(paper)) {
    throw new Refused(`--paper: expected a4 or letter, found "${text}".`);
  }
  return paper as PaperSize;
}

function cohortIdOf(ctx: AppContext, code: string): number {
  const row = ctx.db?.prepare('SELECT id FROM cohorts WHERE code = ?').get(code) as
    { id: number } | undefined;
  if (!row) throw new Refused(`--cohort: there is no cohort with the code "${code}".`);
  return row.id;
}

function pairingIdOf(ctx: AppContext, text: string): number {
  const id = Number(text);
  const row =
    Number.isInteger(id) && id > 0
      ? ctx.db?.prepare('SELECT id FROM pairings WHERE id = ?').get(id)
      : undefined;
  if (!row) throw new Refused(`--pairing: there is no pairing with the id "${text}".`);
  return id;
}

function checkOut(out: string): void {
  try {
    ensureWritableFolder(out, '--out');
  } catch (error) {
    throw new Refused(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Prints quarterly evaluation packets with the system Chromium: one pairing's, or a cohort's
 * (one PDF per pairing and one combined). Everything is checked before anything is printed, and
 * every PDF is written under a temporary name first, so a failure never leaves half a PDF.
 */
export async function packetCommand(args: string[]): Promise<CommandOutput> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      cohort: { type: 'string' },
      pairing: { type: 'string' },
      quarter: { type: 'string' },
      out: { type: 'string' },
      paper: { type: 'string' },
    },
  });
  const { db, cohort, pairing, quarter, out } = values;
  if (!db || !quarter || !out || (cohort === undefined) === (pairing === undefined)) {
    throw new UsageError(`usage: ${PACKET_USAGE}`);
  }
  const ctx = createContext({
    settings: memorySettings(),
    // The workstation's settings folder: every write this command makes is anchored there.
    userDataDir: cliUserDataDir(),
    actor: workstationActor(),
    printer: lazyChromiumPrinter,
  });
  try {
    const key = checkQuarter(quarter);
    const paper = checkPaper(values.paper);
    if (!existsSync(db)) throw new Refused(`--db: no facility database at ${db}.`);
    openFacility(ctx, db);
    const cohortId = cohort !== undefined ? cohortIdOf(ctx, cohort) : null;
    if (pairing !== undefined) pairingIdOf(ctx, pairing);
    checkOut(out);
    ctx.settings.set('printing', { outputFolder: out, ...(paper ? { paperSize: paper } : {}) });

    if (cohortId !== null) {
      const job = await printBatchInto(ctx, { cohortId, quarter: key }, out);
      if (job.state !== 'done')
        return { code: 1, stderr: `Printing stopped: ${job.error ?? job.state}.` };
      const files = [...job.files, job.combinedPath ?? ''].map((f) => `  ${basename(f)}`);
      return {
        code: 0,
        stdout: [
          `Printed ${job.done} packets of ${job.cohortCode} for ${job.quarter} into ${out}:`,
          ...files,
        ].join('\n'),
      };
    }
    const doc = buildDocument(requireDb(ctx).db, reportOptions(ctx, paper), {
      kind: 'packet',
      pairingId: pairingIdOf(ctx, pairing ?? ''),
      quarter: key,
    });
    const file = await savePdf(
      out,
      documentFileName(doc),
      await documentPdf(requirePrinter(ctx), doc),
    );
    return { code: 0, stdout: `Printed ${basename(file.path)} (${file.pages} pages) into ${out}.` };
  } catch (error) {
    // One line: the refusals name their field in the message itself.
    const message =
      error instanceof Refused || error instanceof TandemError ? error.message : formatError(error);
    return { code: 1, stderr: message };
  } finally {
    await ctx.closePrinter();
    ctx.db?.close();
  }
}
