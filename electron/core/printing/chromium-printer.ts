import { chromium, type Browser, type Page } from 'playwright-core';
import { PAGE_FORMAT, PAGE_MARGINS_IN, type PdfPrinter, type PrintJob } from './printer';

/** The system Chromium unless TANDEM_CHROMIUM names another. */
export function chromiumPath(): string {
  return process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const inches = (n: number) => `${n.toFixed(3)}in`;

/**
 * Prints with the system Chromium through playwright-core: one browser and one page, started on
 * the first job and kept warm, so a batch pays the start-up once. Jobs run one at a time (one
 * page cannot hold two documents).
 */
export function chromiumPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  let started: Promise<{ browser: Browser; page: Page }> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const start = () => {
    started ??= (async () => {
      const browser = await chromium.launch({
        executablePath: options.executablePath ?? chromiumPath(),
        args: ARGS,
      });
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      // Nothing in a printed document comes from anywhere: every request is refused.
      await context.route('**/*', (route) => route.abort());
      return { browser, page: await context.newPage() };
    })();
    started.catch(() => {
      started = null;
    });
    return started;
  };

  const printOne = async (job: PrintJob): Promise<Uint8Array> => {
    const { page } = await start();
    await page.setContent(job.html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: PAGE_FORMAT[job.paperSize],
      landscape: job.landscape,
      displayHeaderFooter: true,
      headerTemplate: job.headerTemplate,
      footerTemplate: job.footerTemplate,
      margin: {
        top: inches(PAGE_MARGINS_IN.top),
        bottom: inches(PAGE_MARGINS_IN.bottom),
        left: inches(PAGE_MARGINS_IN.left),
        right: inches(PAGE_MARGINS_IN.right),
      },
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  };

  return {
    print(job) {
      const result = queue.then(() => printOne(job));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const current = started;
      started = null;
      if (!current) return;
      try {
        const { browser } = await current;
        await browser.close();
      } catch {
        // It never started; nothing to close.
      }
    },
  };
}
