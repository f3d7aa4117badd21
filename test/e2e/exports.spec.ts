import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/main';
import { expectNoSeriousViolations } from './support/axe';
import { createFacilityWithRoster, startTestHost, type TestHost } from './support/host';

/** The Export page: a bundle exported from the UI verifies with the CLI; a backup and a restore. */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  await createFacilityWithRoster(host, 'Export Test Hospital');
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
});

test('exports a bundle from the UI that the command line verifies', async () => {
  await page.goto(host.at('/'));
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Export', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'export page');

  const folder = join(host.userDataDir, 'for auditors');
  await page.getByLabel('Folder').fill(folder);
  await page.getByLabel('De-identified (for outside reviewers)').check();
  await page.getByRole('button', { name: 'Export bundle' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Exported:' });
  await expect(done).toContainText(folder);
  await expect(done).toContainText(/\d+ files/);

  const verdict = await runCli(['export', 'verify', folder]);
  expect(verdict).toMatchObject({ code: 0, stdout: expect.stringContaining('Intact:') });

  // The same folder again is refused, naming the field, and the bundle is left as it was.
  await page.getByRole('button', { name: 'Export bundle' }).click();
  await expect(page.getByText('Already exists and is not empty')).toBeVisible();
  expect((await runCli(['export', 'verify', folder])).code).toBe(0);
});

test('backs up now, refuses to replace without the choice, and restores after asking', async () => {
  const copy = join(host.userDataDir, 'copy.sqlite');
  await page.getByLabel('Back up to file').fill(copy);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(`Backed up to ${copy}`)).toBeVisible();
  expect(existsSync(copy)).toBe(true);

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Already exists; choose another name')).toBeVisible();
  await page.getByLabel('Replace a file of that name if there is one').check();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(`Backed up to ${copy}`)).toBeVisible();

  await page.getByLabel('Back up to file').fill('');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const restore = page.getByRole('button', { name: /^Restore facility / });
  await expect(restore).toHaveCount(1);
  await restore.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(
    page.getByText(/Restored from facility .*audit trail of [\d,]+ events is intact/),
  ).toBeVisible();
  await expect(page.getByText(/kept at .*before restore/)).toBeVisible();
});
