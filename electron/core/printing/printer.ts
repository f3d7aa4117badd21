import type { PaperSize } from '../../../shared/domain/printing';
import { PAGE_MARGINS_MM } from '../../../renderer/src/print/page';

/** One document to print: its full HTML and what Chromium draws in every page's margins. */
export interface PrintJob {
  html: string;
  paperSize: PaperSize;
  landscape: boolean;
  /** Chromium header/footer templates (classes pageNumber, totalPages are filled in). */
  headerTemplate: string;
  footerTemplate: string;
}

/**
 * Turns HTML into PDF bytes. Two implementations print the same HTML the same way: Electron's
 * `webContents.printToPDF` in the app (electron/pdf-printer.ts) and the system Chromium driven
 * by playwright-core in tests, the CLI and the local host (chromium-printer.ts).
 */
export interface PdfPrinter {
  print(job: PrintJob): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** The margins in inches, the unit Electron's printToPDF takes. */
export const PAGE_MARGINS_IN = {
  top: PAGE_MARGINS_MM.top / 25.4,
  bottom: PAGE_MARGINS_MM.bottom / 25.4,
  left: PAGE_MARGINS_MM.left / 25.4,
  right: PAGE_MARGINS_MM.right / 25.4,
};

export const PAGE_FORMAT: Record<PaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };
