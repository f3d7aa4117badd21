import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './support/axe';
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

/** A roster with one whole-name column, "Last, First", and job titles Tandem has to guess. */
const NAMED_ROSTER = [
  'Employee Number,Employee Name,Department,Job Title',
  '2001,"Ruiz, Ana",Cardiology,Nurse',
  '2002,"Li, Ben",Maternity,Registered nurse',
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

/** Chooses a file with `lines` as its content and reads it: the mapping step shows. */
async function readRoster(page: Page, name: string, lines: string[]): Promise<void> {
  const path = join(folder, name);
  await writeFile(path, lines.join('\n'));
  await page.goto(host.at('/import'));
  await page.getByLabel('Roster file (CSV or Excel .xlsx)').setInputFiles(path);
  await page.getByRole('button', { name: 'Read file' }).click();
  await expect(page.getByRole('heading', { name: 'Columns' })).toBeVisible();
}

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

test('one problem is "1 problem"', async ({ page }) => {
  await readRoster(page, 'one_problem.csv', ['Employee_ID,JobLevel', '1,2', '2,9']);
  await expect(page.locator('.step-status')).toContainText('0 updated, 1 problem');
  await page.getByRole('button', { name: 'Review import' }).click();
  await expect(page.getByText('There is 1 problem in the file.')).toBeVisible();
});

test('a whole-name column is split, guesses are shown, and updates show old and new values', async ({
  page,
}) => {
  await readRoster(page, 'named.csv', NAMED_ROSTER.split('\n'));
  // "Employee Name" is suggested as the full name; no warning about names.
  await expect(page.getByLabel('Employee Name', { exact: true })).toHaveValue('fullName');
  await expect(page.getByText('No column is mapped to a name')).toHaveCount(0);
  // "Nurse" was guessed, "Registered nurse" is what the file says.
  const guessed = page.getByLabel('Job Title value Nurse stored as');
  await expect(guessed).toHaveValue('rn');
  await expect(guessed).toHaveAccessibleDescription(/Guessed from the word in the file/);
  await expect(page.getByLabel('Job Title value Registered nurse stored as')).not.toHaveAttribute(
    'aria-describedby',
  );

  await page.getByRole('button', { name: 'Review import' }).click();
  await expect(page.getByText('“Nurse” in Job Title → Registered nurse (1 row)')).toBeVisible();
  // Split into first and last name in the rows as they will be stored.
  const rows = page.getByRole('region', { name: 'Rows as they will be stored' });
  await expect(rows.getByRole('row').nth(1)).toContainText('Ana');
  await expect(rows.getByRole('row').nth(1)).toContainText('Ruiz');
  // On a narrow window the rows scroll sideways: the region can be focused and is named.
  await page.setViewportSize({ width: 640, height: 768 });
  await expect(rows).toHaveAttribute('tabindex', '0');
  await expectNoSeriousViolations(page, 'import review, narrow');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Roster imported' })).toBeVisible();

  // Next month: Ana moves to Neurology. The review shows the value now and after.
  await readRoster(page, 'named_next.csv', [
    ...NAMED_ROSTER.split('\n')
      .slice(0, 2)
      .map((l) => l.replace('Cardiology', 'Neurology')),
    NAMED_ROSTER.split('\n')[2] ?? '',
  ]);
  await page.getByRole('button', { name: 'Review import' }).click();
  const updated = page.locator('.summary-changes');
  await expect(updated).toContainText('Ana Ruiz #2001');
  await expect(updated).toContainText('Unit / department: Cardiology → Neurology');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Roster imported' })).toBeVisible();

  // The same file again: nothing to do, in those words.
  await readRoster(page, 'named_again.csv', [
    ...NAMED_ROSTER.split('\n')
      .slice(0, 2)
      .map((l) => l.replace('Cardiology', 'Neurology')),
    NAMED_ROSTER.split('\n')[2] ?? '',
  ]);
  await page.getByRole('button', { name: 'Review import' }).click();
  await expect(page.getByText('Nothing to import: the file matches what is stored.')).toBeVisible();
});

test('warns before importing new staff when no column holds their names', async ({ page }) => {
  await readRoster(page, 'nameless.csv', ['Employee_ID,Department', '3001,Cardiology']);
  await expect(page.getByText('No column is mapped to a name')).toBeVisible();
  await page.getByRole('button', { name: 'Review import' }).click();
  await expect(
    page.getByText(/No column is mapped to a name, so the new staff member will have no name/),
  ).toBeVisible();
  // A warning, not a blocker: the import can still go ahead.
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
});

test('self-identified columns: stored only with consent, counted, never shown per person', async ({
  page,
}) => {
  await readRoster(page, 'self_identified.csv', [
    'Employee_ID,Name,Gender,Ethnicity,Age,Demographics consent',
    '4001,Ana Ruiz,F,Hispanic or Latino,29,yes',
    '4002,Ben Li,M,Asian,41,no',
    '4003,Cy Ode,Non-binary,Black,thirty,yes',
  ]);
  // Suggested beside the consent column, in their own group of the choices.
  await expect(page.getByLabel('Gender', { exact: true })).toHaveValue('gender');
  await expect(page.getByLabel('Demographics consent', { exact: true })).toHaveValue(
    'demographicsConsent',
  );
  await page.getByRole('button', { name: 'Review import' }).click();
  // A bad value in a consenting row names its row and column, and blocks the import.
  const problems = page.getByRole('table', { name: 'Problems', exact: true });
  const age = problems.getByRole('row').filter({ hasText: 'thirty' });
  await expect(age).toContainText('4');
  await expect(age).toContainText('Age');
  await expect(age).toContainText('expected an age band');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  await readRoster(page, 'self_identified_fixed.csv', [
    'Employee_ID,Name,Gender,Ethnicity,Age,Demographics consent',
    '4001,Ana Ruiz,F,Hispanic or Latino,29,yes',
    '4002,Ben Li,M,Asian,41,no',
    '4003,Cy Ode,Non-binary,Black,35-44,2025-05-01',
  ]);
  await page.getByRole('button', { name: 'Review import' }).click();
  const summary = page.locator('.summary-self-identified');
  await expect(summary).toContainText('2 with consent recorded, 1 without');
  await expect(summary).toContainText('1 row has self-identified values but no consent');
  // The rows as stored show staff fields only: no self-identified value per person.
  const rows = page.getByRole('region', { name: 'Rows as they will be stored' });
  await expect(rows).toContainText('Ruiz');
  await expect(rows).not.toContainText('Hispanic');
  await expect(rows).not.toContainText('Non-binary');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Roster imported' })).toBeVisible();
  await expect(page.locator('.summary-self-identified')).toContainText('2 people recorded');
});
