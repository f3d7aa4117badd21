import { expect, test } from '@playwright/test';
import {
  ROSTER_FILE,
  createFacilityWithRoster,
  startTestHost,
  type TestHost,
} from './support/host';
import { expectNoSeriousViolations } from './support/axe';

/** Axe scans of the busiest pages: no serious or critical violation is allowed. */
test.describe.configure({ mode: 'serial' });

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost();
});

test.afterAll(async () => {
  await host.close();
});

test('the first-run screen', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Set up your facility' })).toBeVisible();
  await expectNoSeriousViolations(page, 'first run');
});

test('the People page with the imported roster', async ({ page }) => {
  await createFacilityWithRoster(host, 'Accessibility Test Hospital');
  await page.goto(host.at('/people'));
  await expect(page.getByText('1,676 of 1,676 staff')).toBeVisible();
  await expect(page.getByRole('grid').getByRole('row').nth(5)).toBeVisible();
  await expectNoSeriousViolations(page, 'people');

  // With a filter menu open and a chip shown.
  await page.locator('summary', { hasText: 'Unit' }).click();
  await page.getByRole('checkbox', { name: /Cardiology/ }).check();
  await expect(page.getByRole('button', { name: 'Remove filter Unit: Cardiology' })).toBeVisible();
  await expectNoSeriousViolations(page, 'people, filtered');
});

test('the Import page with a preview shown', async ({ page }) => {
  await page.goto(host.at('/import'));
  await expectNoSeriousViolations(page, 'import, choose file');

  await page.getByLabel('Roster file (CSV or Excel .xlsx)').setInputFiles(ROSTER_FILE);
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByRole('heading', { name: 'Columns' })).toBeVisible();
  await expectNoSeriousViolations(page, 'import, mapping');

  await page.getByRole('button', { name: 'Review import' }).click();
  // Imported already: the same file now changes nothing.
  await expect(page.getByRole('list', { name: 'What the import will do' })).toContainText(
    '1,676 unchanged',
  );
  await expectNoSeriousViolations(page, 'import, preview');
});

test('the staff form with errors shown', async ({ page }) => {
  await page.goto(host.at('/people/new'));
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByLabel('Employee number')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page, 'staff form');
});
