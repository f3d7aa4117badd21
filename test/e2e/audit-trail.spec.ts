import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './support/axe';
import { startTestHost, type TestHost } from './support/host';

/**
 * The audit trail of the demo facility read as an educator reads it: names instead of ids,
 * labels instead of codes, everything about one person, and filters by kind of change and day.
 */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  await host.call('facility.create', {
    path: join(host.userDataDir, 'facility.sqlite'),
    name: 'Audit Test Hospital',
    demo: true,
  });
  // Axe needs a page from an explicit context.
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
});

test('names people and shows labels, not ids and codes', async () => {
  await page.goto(host.at('/audit'));
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await expect(page.getByText(/^200 of [\d,]+ events$/)).toBeVisible();

  // Sign-offs say who validated, by name.
  await page.getByLabel('Search').fill('validatorId');
  const signOff = page.getByRole('row').filter({ hasText: 'Signed off' }).first();
  await expect(signOff).toContainText(/Validator: [A-Z][a-z]+ [A-Z]/);
  await expect(signOff).toContainText(/Competency sign-off: .+, [A-Z][a-z]+/);
  await expect(page.getByText('Validator Id')).toHaveCount(0);

  // Meetings say how they were held, pairings what happened, in words.
  await page.getByLabel('Search').fill('in_person');
  await expect(page.getByRole('row').filter({ hasText: 'Mode: In person' }).first()).toBeVisible();
  await expect(page.getByText('in_person')).toHaveCount(0);
  await page.getByLabel('Search').fill('transition:active');
  const activated = page.getByRole('row').filter({ hasText: 'Activated' }).first();
  await expect(activated).toContainText(/Pairing: .+ mentoring .+/);
  await expect(activated).toContainText('Status: Proposed → Active');
  await page.getByLabel('Search').fill('');
  await expectNoSeriousViolations(page, 'audit trail');
});

test('shows every event about one person', async () => {
  // Someone with meetings: the mentee of the latest meeting ("<day>, <mentor> and <mentee>").
  const [meeting] = (
    await host.call<{ items: { subject: string | null }[] }>('audit.list', {
      entities: ['meeting'],
      limit: 1,
    })
  ).items;
  const menteeName = (meeting?.subject ?? '').split(' and ').at(-1) ?? '';
  expect(menteeName).not.toBe('');

  await page.getByLabel('About a person').fill(menteeName);
  await page.getByRole('list', { name: 'Matching staff' }).getByRole('button').first().click();
  await expect(page.getByText(new RegExp(`of [\\d,]+ events? about ${menteeName}$`))).toBeVisible();
  const table = page.getByRole('region', { name: 'Audit events' });
  for (const kind of ['Staff member:', 'Enrolment:', 'Pairing:', 'Meeting:', 'Goal']) {
    await expect(table.getByRole('row').filter({ hasText: kind }).first()).toBeVisible();
  }
  await page.getByRole('button', { name: 'Show everyone' }).click();
  await expect(page.getByText(/^200 of [\d,]+ events$/)).toBeVisible();
});

test('filters by kind of record, kind of change and days', async () => {
  const menus = page.getByRole('group', { name: 'Filters' });
  await menus.locator('summary', { hasText: 'Record' }).click();
  await page.getByRole('checkbox', { name: /^Meeting/ }).check();
  await menus.locator('summary', { hasText: 'Change' }).click();
  await page.getByRole('checkbox', { name: /^Marked as missed/ }).check();
  await expect(
    page.getByRole('button', { name: 'Remove filter Change: Marked as missed' }),
  ).toBeVisible();
  const rows = page.getByRole('region', { name: 'Audit events' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Marked as missed');
  await expect(rows.filter({ hasText: 'Logged' })).toHaveCount(0);

  // Every demo event was written today: from tomorrow on there are none.
  const tomorrow = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  await page.getByLabel('From', { exact: true }).fill(tomorrow);
  await expect(page.getByText('No events match')).toBeVisible();
  // A last day before the first is said next to the field.
  await page.getByLabel('To', { exact: true }).fill('2020-01-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Choose a last day on or after the first day.')).toBeVisible();
});
