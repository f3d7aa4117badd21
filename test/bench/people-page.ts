/**
 * People page time to first render with 5,000 staff: a facility with a generated 5,000-row
 * roster, the real UI served by the local host, Chromium at /usr/bin/chromium. Measures from
 * navigation to the row count and the first staff rows on screen, then a scroll to the end.
 * Run after `npx vite build`: npx tsx test/bench/people-page.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startHost } from '../../electron/host/server';

const STAFF = 5000;
const RUNS = 5;
const ROSTER = join(import.meta.dirname, '../../electron/core/demo/watson_healthcare_roster.csv');

function roster(rows: number): Uint8Array {
  const [header, ...body] = readFileSync(ROSTER, 'utf8').trim().split(/\r?\n/);
  const lines = [header ?? ''];
  for (let i = 0; i < rows; i += 1) {
    const line = body[i % body.length] ?? '';
    lines.push(`${3_000_000 + i}${line.slice(line.indexOf(','))}`);
  }
  return new Uint8Array(Buffer.from(lines.join('\n')));
}

export async function benchPeoplePage(): Promise<void> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-ui-'));
  const host = await startHost({ userDataDir, staticDir: resolve('dist/renderer') });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    // The core runs in the host's worker thread: the facility is set up through its API.
    const call = async (name: string, input: unknown) => {
      const result = await host.core.call(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as { mapping?: unknown };
    };
    await call('facility.create', { path: join(userDataDir, 'bench.sqlite'), name: 'Bench' });
    // Accounts: the host's one session signs in as the facility's first administrator.
    await call('accounts.createFirstAdmin', {
      displayName: 'Bench Admin',
      username: 'bench',
      password: 'bench password 1',
    });
    const file = {
      fileName: 'bench.csv',
      contentBase64: Buffer.from(roster(STAFF)).toString('base64'),
    };
    const { mapping } = await call('roster.preview', file);
    await call('roster.commit', { ...file, mapping });

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const firstRender: number[] = [];
    const scrollToEnd: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      await page.goto(`${host.url}#/people`);
      await page.getByText(`5,000 of 5,000 staff`).waitFor();
      await page.locator('[role="row"][aria-rowindex="2"]').waitFor();
      firstRender.push(performance.now() - start);
      const rows = await page.locator('[role="row"]').count();
      const t = performance.now();
      await page.locator('[role="grid"]').focus();
      await page.keyboard.press('End');
      await page.locator(`[role="row"][aria-rowindex="${STAFF + 1}"]`).waitFor();
      scrollToEnd.push(performance.now() - t);
      if (run === 0)
        console.log(
          `People page: ${STAFF} staff in the directory, ${rows} row elements in the DOM (virtualised)`,
        );
    }
    const median = (xs: number[]) =>
      [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    console.log(
      `  time to first render (navigation → count and first rows shown): median ${median(firstRender).toFixed(0)} ms of ${RUNS} (${firstRender.map((x) => x.toFixed(0)).join(', ')})`,
    );
    console.log(`  keyboard End to the last row: median ${median(scrollToEnd).toFixed(0)} ms`);
  } finally {
    await browser.close();
    await host.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPeoplePage();
