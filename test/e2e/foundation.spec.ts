import { expect, test, type Page } from '@playwright/test';
import { createFirstAdminInUi, ROSTER_FILE, startTestHost, type TestHost } from './support/host';

/**
 * An educator's first morning with Tandem: create the facility database, import the HR roster
 * through the mapping screen, find one nurse, correct her record, and see the change in the
 * audit trail with its values before and after.
 */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
  await host.close();
});

test('creates a facility database on the first-run screen', async () => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Set up your facility' })).toBeVisible();
  // The token is kept for the tab and taken out of the address bar.
  expect(page.url()).not.toContain('token=');

  const create = page.getByRole('region', { name: 'Create a facility database' });
  await expect(create.getByLabel('Database file')).not.toHaveValue('');
  // A missing name is reported next to the field, and what was typed elsewhere stays.
  await create.getByRole('button', { name: 'Create database' }).click();
  await expect(create.getByLabel('Facility name')).toHaveAttribute('aria-invalid', 'true');
  await expect(create.getByText('the facility name is required')).toBeVisible();

  await create.getByLabel('Facility name').fill('Riverside General Hospital');
  await expect(
    create.getByLabel('Fill it with the demo facility (generated staff from a sample HR roster)'),
  ).not.toBeChecked();
  await create.getByRole('button', { name: 'Create database' }).click();
  await createFirstAdminInUi(page);

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('.brand-facility')).toHaveText('Riverside General Hospital');
  await expect(page.getByText('Acting as')).toBeVisible();
  await expect(page.getByText('No staff yet — import a roster')).toBeVisible();
});

test('imports the HR roster through the mapping screen', async () => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import roster' })
    .click();
  await expect(page.getByRole('heading', { name: 'Import roster', level: 1 })).toBeVisible();

  await page.getByLabel('Roster file (CSV or Excel .xlsx)').setInputFiles(ROSTER_FILE);
  await page.getByRole('button', { name: 'Read file' }).click();

  // Step 2: the suggested mapping, one row per column, with the coded values.
  await expect(page.getByRole('heading', { name: 'Columns' })).toBeVisible();
  await expect(page.getByLabel('Employee_ID', { exact: true })).toHaveValue('employeeNumber');
  await expect(page.getByLabel('Department', { exact: true })).toHaveValue('unit');
  await expect(page.getByLabel('Age', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('JobRole value Nurse stored as')).toHaveValue('rn');
  await expect(page.getByLabel('Shift value 3 stored as')).toHaveValue('rotating');

  // Changing the mapping re-runs the preview: ignore the experience column, then bring it back.
  const years = page.getByLabel('TotalWorkingYears', { exact: true });
  await years.selectOption('');
  await expect(page.locator('.step-status')).toContainText('1,676 new');
  await years.selectOption('yearsExperience');
  await expect(page.locator('.step-status')).toContainText('0 problems');

  // Step 3: the preview as it will be stored.
  await page.getByRole('button', { name: 'Review import' }).click();
  const summary = page.getByRole('list', { name: 'What the import will do' });
  await expect(summary).toContainText('1,676 new');
  await expect(summary).toContainText('0 rejected');
  await expect(page.getByText('csv', { exact: false }).first()).toBeVisible();
  const rows = page.getByRole('table', { name: 'Rows as they will be stored' });
  await expect(rows.getByRole('row').nth(1)).toContainText('1313919');
  await expect(rows.getByRole('row').nth(1)).toContainText('Registered nurse');

  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeEnabled();
  await importButton.click();

  await expect(page.getByRole('heading', { name: 'Roster imported' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Import result' })).toContainText('1,676 new');
});

test('finds a staff member by employee number and opens them', async () => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'People' })
    .click();
  await expect(page.getByText('1,676 of 1,676 staff')).toBeVisible();

  await page.getByLabel('Search').fill('1313919');
  await expect(page.getByText('1 of 1,676 staff')).toBeVisible();
  const grid = page.getByRole('grid');
  const row = grid.getByRole('row').filter({ hasText: '1313919' });
  await expect(row).toContainText('Cardiology');
  await expect(row).toContainText('Registered nurse');

  // Keyboard: the grid takes focus, Enter opens the active row.
  await grid.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Employee 1313919', level: 1 })).toBeVisible();
  await expect(page.locator('.detail-row', { hasText: 'Unit / department' })).toContainText(
    'Cardiology',
  );
});

test('edits the record, keeping what was typed when it is invalid', async () => {
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Employee 1313919' })).toBeVisible();

  await page.getByLabel('Preferred name').fill('Maria');
  await page.getByLabel('Unit / department').fill('Cardiac ICU');
  await page.getByLabel('E-mail').fill('maria at hospital');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('expected an e-mail address like name@example.org')).toBeVisible();
  await expect(page.getByLabel('Preferred name')).toHaveValue('Maria');

  await page.getByLabel('E-mail').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Maria', level: 1 })).toBeVisible();
  await expect(page.locator('.detail-row', { hasText: 'Unit / department' })).toContainText(
    'Cardiac ICU',
  );
});

test('shows the change in the audit trail, before and after', async () => {
  await page.getByRole('link', { name: 'Audit history of Maria' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Remove filter Staff member: Maria/ }),
  ).toBeVisible();

  const changed = page.getByRole('row').filter({ hasText: 'Changed' });
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('Unit / department: Cardiology → Cardiac ICU');
  await expect(changed).toContainText('Preferred name: (empty) → Maria');
  await expect(page.getByRole('row').filter({ hasText: 'Created' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Verify trail' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Intact' })).toBeVisible();

  // The whole trail, 200 events at a time, and a search through it.
  await page.getByRole('button', { name: /^Remove filter/ }).click();
  await expect(page.getByText(/^200 of 1,6\d\d events$/)).toBeVisible();
  await page.getByRole('button', { name: 'Load 200 more' }).click();
  await expect(page.getByText(/^400 of 1,6\d\d events$/)).toBeVisible();
  await page.getByLabel('Search').fill('Cardiac ICU');
  await expect(page.getByText('1 of 1 event', { exact: true })).toBeVisible();
});

test('marks the staff member as left after asking once', async () => {
  await page
    .getByRole('link', { name: /^Staff member: Maria/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Maria', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Mark as left' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark Maria as left?' });
  await expect(dialog).toContainText('nothing is deleted');
  // The end date is required.
  await dialog.getByLabel('End date').fill('');
  await expect(dialog.getByRole('button', { name: 'Mark as left' })).toBeDisabled();
  await dialog.getByLabel('End date').fill('2026-03-31');
  await dialog.getByRole('button', { name: 'Mark as left' }).click();

  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Maria is now marked as left' }),
  ).toBeVisible();
  await expect(page.locator('.detail-row', { hasText: 'Status' })).toContainText('Left');
  await expect(page.locator('.detail-row', { hasText: 'End date' })).toContainText('2026');
  await expect(page.getByRole('button', { name: 'Mark as left' })).toHaveCount(0);
});

test('renames the facility in Settings', async () => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByText('npm run tandem -- backup')).toBeVisible();
  await page.getByLabel('Facility name').fill('Riverside General Hospital — North Campus');
  await page.getByRole('button', { name: 'Rename facility' }).click();
  await expect(page.locator('.brand-facility')).toHaveText(
    'Riverside General Hospital — North Campus',
  );
});

test('adds a staff member: server problems appear next to the field', async () => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'People' })
    .click();
  await page.getByRole('link', { name: 'Add staff member' }).click();
  await page.getByLabel('Employee number').fill('1200302');
  await page.getByLabel('First name').fill('Jordan');
  await page.getByLabel('Last name').fill('Reyes');
  await page.getByLabel('Role / discipline').selectOption('phlebotomist');
  await page.getByLabel('Languages').fill('English, Tagalog');
  await page.getByRole('button', { name: 'Add staff member' }).click();

  // 1200302 is already in the roster: the back end says so, next to the field.
  await expect(page.getByLabel('Employee number')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('1200302');
  await expect(page.getByLabel('First name')).toHaveValue('Jordan');

  await page.getByLabel('Employee number').fill('9000001');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('heading', { name: 'Jordan Reyes', level: 1 })).toBeVisible();
  await expect(page.locator('.detail-row', { hasText: 'Languages' })).toContainText(
    'English, Tagalog',
  );

  // Entered by mistake, no history yet: it can be deleted, after asking once.
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Jordan Reyes?' });
  await expect(dialog).toContainText('removed from the directory');
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await page.getByLabel('Search').fill('9000001');
  await expect(page.getByText('No staff match this search')).toBeVisible();
});
