/**
 * The app's PdfPrinter: a hidden, sandboxed window without JavaScript loads the document from a
 * temporary file and Electron's printToPDF prints it, with the same header, footer, paper and
 * margins as the Chromium printer used by tests and the CLI (electron/core/printing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import {
  PAGE_FORMAT,
  PAGE_MARGINS_IN,
  type PdfPrinter,
  type PrintJob,
} from './core/printing/printer';

export function electronPrinter(): PdfPrinter {
  let window: BrowserWindow | null = null;
  let folder: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let count = 0;

  const printWindow = (): BrowserWindow => {
    if (window && !window.isDestroyed()) return window;
    window = new BrowserWindow({
      show: false,
      width: 900,
      height: 1200,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    return window;
  };

  const printOne = async (job: PrintJob): Promise<Uint8Array> => {
    folder ??= mkdtempSync(join(tmpdir(), 'tandem-print-'));
    const file = join(folder, `document-${++count}.html`);
    await writeFile(file, job.html, 'utf8');
    try {
      const win = printWindow();
      await win.loadFile(file);
      const pdf = await win.webContents.printToPDF({
        pageSize: PAGE_FORMAT[job.paperSize],
        landscape: job.landscape,
        displayHeaderFooter: true,
        headerTemplate: job.headerTemplate,
        footerTemplate: job.footerTemplate,
        margins: { ...PAGE_MARGINS_IN },
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await rm(file, { force: true });
    }
  };

  return {
    print(job) {
      const result = queue.then(() => printOne(job));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      if (window && !window.isDestroyed()) window.destroy();
      window = null;
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}
