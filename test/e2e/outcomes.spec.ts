import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startTestHost, type TestHost } from './support/host';
import { expectNoSeriousViolations } from './support/axe';

/**
 * An educator opens the outcomes dashboard on the demo facility, narrows it to one program,
 * reads the retention chart as a table and exports a table as CSV.
 */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  await host.call('facility.create', {
    path: join(host.userDataDir, 'facility.sqlite'),
    name: 'Outcomes Test Hospital',
    demo: true,
  });
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
});

test('opens the dashboard with every measure and a retention chart', async () => {
  await page.goto(host.at('/outcomes'));
  await expect(page.getByRole('heading', { name: 'Outcomes', level: 1 })).toBeVisible();
  for (const name of [
    'Retention',
    'Satisfaction',
    'Engagement',
    'Skill development',
    'Access',
    'Succession',
  ]) {
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }
  const retention = page.getByRole('figure', { name: /Retention: staff still employed/ });
  await expect(retention.getByRole('img', { name: /Step chart/ })).toBeVisible();
  await expect(retention).toContainText(/n = \d+ mentees/);
  await expectNoSeriousViolations(page, 'outcomes dashboard');
});

test('filters by program and shows a chart as an accessible table', async () => {
  const program = page.getByLabel('Program', { exact: true });
  const options = await program.locator('option').allTextContents();
  const residency = options.find((o) => /residency/i.test(o));
  if (!residency) throw new Error('the demo has no residency program');
  await program.selectOption({ label: residency });
  const engagement = page.getByRole('figure', { name: /meetings held vs expected/ });
  await engagement.getByRole('button', { name: 'Table' }).click();
  const table = engagement.getByRole('region', {
    name: /meetings held vs expected per cohort \(table\)/,
  });
  await expect(table.getByRole('columnheader', { name: 'Expected meetings' })).toBeVisible();
  await expect(table.locator('tbody tr')).not.toHaveCount(0);
  const retention = page.getByRole('figure', { name: /Retention: staff still employed/ });
  await retention.getByRole('button', { name: 'Table' }).click();
  await expect(retention.getByRole('rowheader', { name: '12' })).toBeVisible();
  await expectNoSeriousViolations(page, 'outcomes tables');
});

test('never shows a group under five and exports a table as CSV with a BOM', async () => {
  const access = page.getByRole('figure', { name: /participation by gender/ });
  const cells = await access.locator('tbody td').allTextContents();
  for (const c of cells) {
    const n = Number(c.replace(/,/g, ''));
    if (!Number.isNaN(n)) expect(n).toBeGreaterThanOrEqual(5);
  }
  const download = page.waitForEvent('download');
  await access.getByRole('button', { name: /Export .* as CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Group,Mentees,Mentors,Active staff\r\n');
});

test('prints the program outcomes report for the filter', async () => {
  await page.getByRole('link', { name: 'Print report' }).click();
  await expect(page).toHaveURL(/kind=outcomesReport/);
  await expect(page.getByRole('heading', { name: 'Program outcomes report' })).toBeVisible();
  const report = page.getByRole('article');
  await expect(report.getByText(/Program: .*Residency/i)).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Retention' })).toBeVisible();
});

test('corrects a readiness rating: the correction supersedes it, with a reason', async () => {
  await page.goto(host.at('/outcomes'));
  const form = page.getByRole('form', { name: 'Correct a readiness rating' });
  const choice = form.getByLabel(/Rating to correct/);
  // The ratings load after the form: wait for the demo's ratings before reading them.
  await expect(choice.locator('option').nth(1)).toBeAttached();
  const original = (await choice.locator('option').nth(1).textContent()) ?? '';
  await choice.selectOption({ label: original });
  // The rater is filled in from the rating, and the person's history is shown.
  await expect(form.getByPlaceholder('Search to change…')).toBeVisible();
  await expect(form.getByRole('table', { name: /Rating history of/ })).toBeVisible();
  const corrected = /Ready now/.test(original) ? 'Not yet ready' : 'Ready now';
  await form.getByLabel('Corrected readiness').selectOption({ label: corrected });

  // No reason: refused, nothing recorded.
  await form.getByRole('button', { name: 'Record correction' }).click();
  await expect(form.getByRole('cell', { name: /Corrected by rating/ })).toHaveCount(0);

  await form.getByLabel(/Reason for the correction/).fill('Rated against the wrong role profile');
  await form.getByRole('button', { name: 'Record correction' }).click();
  await expect(form.getByText(`now ${corrected}`, { exact: false })).toBeVisible();
  await expect(form.getByRole('cell', { name: /Corrected by rating #\d+/ })).toBeVisible();
  await expect(form.getByRole('cell', { name: /Current \(corrects #\d+\)/ })).toBeVisible();
  // The current ratings now show the correction, not the rating it replaced.
  const current = page.getByRole('figure', { name: /current readiness ratings/ });
  await expect(current).toContainText(corrected);
  await expectNoSeriousViolations(page, 'readiness correction');
});
