import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHost, type TestHost } from './support/host';

/**
 * A roster with mistakes: every problem is listed with its row, column, value and what was
 * expected; Import stays disabled and says why; fixing the mapping re-checks the file.
 */
const BAD_ROSTER = [
  'Employee_ID,First Name,Department,JobLevel,Shift,Attrition,Email',
  '1001,Ana,Cardiology,2,0,No,ana@example.org',
  '1002,Ben,Cardiology,senior-ish,1,No,ben@example.org',
  ',Cy,Maternity,3,2,No,cy@example.org',
  '1004,Dee,Maternity,4,9,No,not-an-email',
  '1001,Eve,Neurology,1,0,Yes,eve@example.org',
].join('\n');

let host: TestHost;
let folder: string;
let rosterPath: string;

test.beforeAll(async () => {
  host = await startTestHost();
  await host.call('facility.create', {
    path: join(host.userDataDir, 'facility.sqlite'),
    name: 'Problem Roster Hospital',
  });
  folder = await mkdtemp(join(tmpdir(), 'tandem-roster-'));
  rosterPath = join(folder, 'june_roster.csv');
  await writeFile(rosterPath, BAD_ROSTER);
});

test.afterAll(async () => {
  await host.close();
  await rm(folder, { recursive: true, force: true });
});

test('lists every problem and keeps Import disabled until they are fixed', async ({ page }) => {
  await page.goto(host.at('/import'));
  await page.getByLabel('Roster file (CSV or Excel .xlsx)').setInputFiles(rosterPath);
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByRole('heading', { name: 'Columns' })).toBeVisible();

  // The shift codes are unknown: they are marked as not mapped.
  await expect(page.getByLabel('Shift value 9 stored as')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Review import' }).click();
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(page.getByText('Import is not possible yet')).toBeVisible();
  await expect(page.getByText('There are 9 problems in the file.')).toBeVisible();

  const problems = page.getByRole('table', { name: 'Problems', exact: true });
  const levelProblem = problems.getByRole('row').filter({ hasText: 'senior-ish' });
  await expect(levelProblem).toContainText('3');
  await expect(levelProblem).toContainText('JobLevel');
  await expect(levelProblem).toContainText('expected a whole number from 1 to 5');
  await expect(problems.getByRole('row').filter({ hasText: 'found "1001" again' })).toContainText(
    '6',
  );

  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);

  // Fix what the mapping can fix: say what the shift codes mean, ignore two columns.
  await page.getByRole('button', { name: 'Back to mapping' }).click();
  await page.getByLabel('Shift value 0 stored as').selectOption('day');
  await page.getByLabel('Shift value 1 stored as').selectOption('evening');
  await page.getByLabel('Shift value 2 stored as').selectOption('night');
  await page.getByLabel('Shift value 9 stored as').selectOption('rotating');
  await page.getByLabel('JobLevel', { exact: true }).selectOption('');
  await page.getByLabel('Email', { exact: true }).selectOption('');
  await expect(page.locator('.step-status')).toContainText('2 problems');

  // What only the file can fix remains, and still blocks the import.
  await page.getByRole('button', { name: 'Review import' }).click();
  await expect(page.getByText('There are 2 problems in the file.')).toBeVisible();
  await expect(problems.getByRole('row')).toHaveCount(3);
  await expect(importButton).toBeDisabled();

  // Nothing was stored.
  await page.goto(host.at('/people'));
  await expect(page.getByText('No staff yet — import a roster')).toBeVisible();
});
