import type { PdfPrinter } from './printer';

/**
 * A printer whose implementation is loaded on the first print, so a process that never prints
 * (most CLI commands, the local host until someone prints) never loads the browser driver.
 */
export function lazyPrinter(load: () => Promise<PdfPrinter>): PdfPrinter {
  let printer: Promise<PdfPrinter> | null = null;
  return {
    async print(job) {
      printer ??= load();
      printer.catch(() => {
        printer = null;
      });
      return (await printer).print(job);
    },
    async close() {
      const current = printer;
      printer = null;
      if (current) await (await current).close();
    },
  };
}

/** The system Chromium through playwright-core, loaded when first needed. */
export function lazyChromiumPrinter(): PdfPrinter {
  return lazyPrinter(async () => (await import('./chromium-printer')).chromiumPrinter());
}
