import { join } from 'node:path';
import type {
  ParsedPrintRequest,
  PrintableDocument,
  PrintedFile,
} from '../../../shared/domain/printing';
import { TandemError } from '../../../shared/result';
import { requireDb, type AppContext } from '../context';
import { buildDocument, documentFileName, reportOptions } from './documents';
import { ensureWritableFolder, safeFileName, writeFileAtomically } from './files';
import { printJob } from './html';
import { mergePdfs, pageCount } from './merge';
import type { PdfPrinter } from './printer';
import { printSettings } from './settings';

export function requirePrinter(ctx: AppContext): PdfPrinter {
  if (!ctx.printer) {
    throw new TandemError(
      'internal',
      'Printing is not available in this process: no PDF printer was set up.',
    );
  }
  return ctx.printer();
}

/**
 * A document's PDF. A cohort's packets are printed one by one and joined, so each packet keeps
 * its own "Page n of m" (the same as the batch's combined file).
 */
export async function documentPdf(
  printer: PdfPrinter,
  doc: PrintableDocument,
): Promise<Uint8Array> {
  if (doc.kind !== 'cohortPacket') return printer.print(printJob(doc));
  const parts = [await printer.print(printJob({ ...doc, packets: [] }))];
  for (const packet of doc.packets) parts.push(await printer.print(printJob(packet)));
  return mergePdfs(parts);
}

/** Writes a PDF under its name in a folder (atomically) and says where, how many pages and bytes. */
export async function savePdf(folder: string, name: string, pdf: Uint8Array): Promise<PrintedFile> {
  const path = join(folder, safeFileName(name));
  await writeFileAtomically(path, pdf);
  return { path, pages: await pageCount(pdf), bytes: pdf.byteLength };
}

/** `printing.print`: the document as one PDF in the workstation's output folder. */
export async function printToFile(
  ctx: AppContext,
  request: ParsedPrintRequest,
): Promise<PrintedFile> {
  const { db } = requireDb(ctx);
  const settings = printSettings(ctx);
  const doc = buildDocument(db, reportOptions(ctx, settings.paperSize), request);
  const printer = requirePrinter(ctx);
  ensureWritableFolder(settings.outputFolder);
  return savePdf(settings.outputFolder, documentFileName(doc), await documentPdf(printer, doc));
}
