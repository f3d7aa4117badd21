import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startTestHost, type TestHost } from './support/host';
import { expectNoSeriousViolations } from './support/axe';
import { demoCalendar } from '../../electron/core/demo/calendar';
import { dayOf } from '../../shared/dates';

/**
 * An educator on the demo facility opens the residency's competency matrix, moves through it
 * with the keyboard, signs off a new graduate in a competency (after being told what is
 * missing and that the day is in the future), corrects that sign-off with a reason and sees
 * both in the history; then adds an entry to the catalogue.
 */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  await host.call('facility.create', {
    path: join(host.userDataDir, 'facility.sqlite'),
    name: 'Competency Test Hospital',
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

// The demo dates its history from the day it is built (today, on the host's real clock).
const residency = demoCalendar(dayOf(new Date())).residency;

const grid = () => page.getByRole('grid', { name: /Competency matrix of/ });
const cell = (row: number, col: number): Locator =>
  grid().locator('tbody tr').nth(row).getByRole('gridcell').nth(col);

test('shows the residency’s matrix with levels in words and codes', async () => {
  await page.goto(host.at('/competencies'));
  await expect(page.getByRole('heading', { name: 'Competencies', level: 1 })).toBeVisible();
  await page.getByLabel('Cohort').selectOption({ label: `${residency.name} (${residency.code})` });
  await expect(grid()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '38 people ×' })).toBeVisible();
  // New graduates are on their way: some cells say so in words, with the short code beside.
  await expect(grid().getByText('Advanced beginner').first()).toBeVisible();
  await expect(grid().getByRole('columnheader', { name: 'Telemetry monitoring' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Time from first sign-off to competent' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Whole cohort/ })).toContainText('days');
  await expectNoSeriousViolations(page, 'competency matrix');
});

test('moves through the matrix with the arrow keys, Home, End and Ctrl+End', async () => {
  await cell(0, 0).focus();
  await expect(cell(0, 0)).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('ArrowRight');
  await expect(cell(0, 1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cell(1, 1)).toBeFocused();
  // Only the active cell is in the tab order.
  await expect(cell(0, 0)).toHaveAttribute('tabindex', '-1');
  await expect(cell(1, 1)).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('End');
  const columns = await grid().locator('tbody tr').first().getByRole('gridcell').count();
  await expect(cell(1, columns - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(cell(1, 0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // stops at the edge
  await expect(cell(0, 0)).toBeFocused();
  await page.keyboard.press('Control+End');
  const rows = await grid().locator('tbody tr').count();
  await expect(cell(rows - 1, columns - 1)).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(cell(0, 0)).toBeFocused();
});

let person = '';

test('signs off a competency from the keyboard, refusing a future day next to the field', async () => {
  // The demo never signs off handoff reports: the first mentee's history there is empty.
  const headers = await grid().locator('thead th').allInnerTexts();
  const col = headers.indexOf('Handoff report (SBAR)') - 1;
  expect(col).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < col; i += 1) await page.keyboard.press('ArrowRight');
  await expect(cell(0, col)).toBeFocused();
  await expect(cell(0, col)).toContainText('Not signed off');
  const firstRow = grid().locator('tbody tr').first().locator('th');
  person = (await firstRow.innerText()).split('\n')[0]?.trim() ?? '';
  const mentorRow = grid().locator('tbody th').filter({ hasText: 'Mentor ·' }).first();
  const validator = (await mentorRow.innerText()).split('\n')[0]?.trim() ?? '';
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: `Handoff report (SBAR) — ${person}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Not signed off yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Sign off', exact: true }).click();
  const form = dialog.getByRole('form', { name: `Sign off Handoff report (SBAR) for ${person}` });
  await form.getByRole('button', { name: 'Record sign-off' }).click();
  await expect(form.getByText('Choose the level that was seen')).toBeVisible();
  await expect(form.getByText('Choose who validated it')).toBeVisible();
  await expect(form.getByLabel('Method')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('2 · Advanced beginner (AB)').check();
  await form.getByLabel('Validator').fill(validator);
  await form
    .getByRole('button', { name: new RegExp(validator) })
    .first()
    .click();
  await form.getByLabel('Method').selectOption('Observation');
  await form.getByLabel('Date').fill('2099-01-05');
  await form.getByRole('button', { name: 'Record sign-off' }).click();
  await expect(form.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(/Cannot be in the future \(today is/)).toBeVisible();
  // What was typed is kept; only the day changes.
  await expect(form.getByLabel('2 · Advanced beginner (AB)')).toBeChecked();
  await form.getByLabel('Date').fill('2026-10-15');
  await form.getByRole('button', { name: 'Record sign-off' }).click();

  await expect(dialog.getByRole('status')).toContainText(/Sign-off #\d+ recorded/);
  const history = dialog.getByRole('table', { name: 'Sign-off history, newest first' });
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history.locator('tbody tr').first()).toContainText('Advanced beginner');
  await expect(history.locator('tbody tr').first()).toContainText('Current');
  await expect(dialog.getByText(/Current level: Advanced beginner/)).toBeVisible();
});

test('corrects the sign-off with a reason; both stay visible in the history', async () => {
  const dialog = page.getByRole('dialog', { name: `Handoff report (SBAR) — ${person}` });
  const history = dialog.getByRole('table', { name: 'Sign-off history, newest first' });
  await dialog.getByRole('button', { name: /^Correct sign-off #\d+/ }).click();
  const form = dialog.getByRole('form', { name: /Correct the sign-off of/ });
  await expect(form).toContainText('stays in the history, marked as superseded by this correction');
  await expect(form.getByLabel('2 · Advanced beginner (AB)')).toBeChecked();
  await form.getByLabel('3 · Competent (C)').check();
  await form.getByRole('button', { name: 'Supersede with this correction' }).click();
  await expect(form.getByText('Say why the sign-off is being corrected')).toBeVisible();
  await form.getByLabel('Reason for the correction').fill('Wrong level ticked on the paper form');
  await form.getByRole('button', { name: 'Supersede with this correction' }).click();

  await expect(dialog.getByRole('status')).toContainText(/Correction #\d+ recorded/);
  await expect(history.locator('tbody tr')).toHaveCount(2);
  const [newer, older] = [history.locator('tbody tr').nth(0), history.locator('tbody tr').nth(1)];
  await expect(newer).toContainText('Competent');
  await expect(newer).toContainText('Current (corrects #');
  await expect(older).toContainText('Advanced beginner');
  await expect(older).toContainText('Superseded by #');
  await expect(older).toContainText('Wrong level ticked on the paper form');
  // A superseded sign-off cannot be corrected again; its correction can.
  await expect(older.getByRole('button')).toHaveCount(0);
  await expect(dialog.getByText(/Current level: Competent/)).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-off history');

  // Escape closes the dialog and gives focus back to the cell, which now says Competent.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const headers = await grid().locator('thead th').allInnerTexts();
  const col = headers.indexOf('Handoff report (SBAR)') - 1;
  await expect(cell(0, col)).toBeFocused();
  await expect(cell(0, col)).toContainText('Competent');
});

test('shows all of a person’s competencies, and signs off from there', async () => {
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Handoff report (SBAR) — ${person}` });
  await dialog.getByRole('link', { name: `All competencies of ${person}` }).click();
  await expect(
    page.getByRole('heading', { name: `Competencies of ${person}`, level: 1 }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /Handoff report \(SBAR\)/ });
  await expect(row).toContainText('Competent');
  await expect(row).toContainText('2 sign-offs');
  await expectNoSeriousViolations(page, 'a person’s competencies');

  await page.getByLabel('Sign off', { exact: true }).selectOption('Fall prevention');
  await page.getByRole('button', { name: 'Sign off…' }).click();
  const signing = page.getByRole('dialog', { name: `Fall prevention — ${person}` });
  await expect(
    signing.getByRole('form', { name: `Sign off Fall prevention for ${person}` }),
  ).toBeVisible();
  await signing.getByRole('button', { name: 'Close' }).click();
  await expect(signing).toBeHidden();
});

test('adds to the catalogue, refusing a name it already has next to the field', async () => {
  await page.getByRole('link', { name: 'Competencies', exact: true }).first().click();
  await page.getByRole('link', { name: 'Competency catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Competency catalogue', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /of \d+ competencies/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'competency catalogue');

  await page.getByRole('button', { name: 'Add competency' }).click();
  const form = page.getByRole('form', { name: 'Add a competency' });
  await form.getByLabel('Name').fill('iv insertion');
  await form.getByLabel('Category').fill('Clinical skills');
  await form.getByRole('button', { name: 'Add competency' }).click();
  await expect(form.getByText('Choose at least one discipline')).toBeVisible();
  await form.getByLabel('Registered nurse').check();
  await form.getByRole('button', { name: 'Add competency' }).click();
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('"IV insertion" is already in the catalogue')).toBeVisible();
  await form.getByLabel('Name').fill('Central line care');
  await form.getByRole('button', { name: 'Add competency' }).click();
  await expect(page.getByText('Central line care added to the catalogue.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Central line care/ })).toContainText('Added here');
});
