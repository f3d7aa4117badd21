import { expect, test, type Page } from '@playwright/test';
import { createFirstAdminInUi, startTestHost, type TestHost } from './support/host';
import { expectNoSeriousViolations } from './support/axe';

/**
 * An educator's training round on the demo facility: see what is due, record a completion
 * from the due list (a wrong date first), record another by searching for the person, void a
 * mistake on the person's training page and watch it come back, and add a module.
 */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  const context = await browser.newContext();
  page = await context.newPage();
});

test.afterAll(async () => {
  await page.context().close();
  await host.close();
});

const dueTable = () => page.getByRole('table', { name: 'Training due or expiring' });
const dueCount = () => page.locator('.row-count');

/** "5 of 5 due" → 5 */
async function totalDue(): Promise<number> {
  const text = (await dueCount().textContent()) ?? '';
  return Number(/of (\d+) due/.exec(text)?.[1]);
}

test('creates the demo facility', async () => {
  await page.goto(host.url);
  const create = page.getByRole('region', { name: 'Create a facility database' });
  await create.getByLabel('Facility name').fill('Riverside General Hospital');
  await create
    .getByLabel('Fill it with the demo facility (generated staff from a sample HR roster)')
    .check();
  await create.getByRole('button', { name: 'Create database' }).click();
  await createFirstAdminInUi(page);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });
});

test("the dashboard shows the week's work, each count leading to its page", async () => {
  const week = page.getByRole('table', { name: 'What waits in each current cohort' });
  const residency = week.getByRole('row', { name: /RES-/ });
  await expect(residency).toBeVisible();
  await expect(week.getByRole('row', { name: /LEAD-/ })).toContainText('10');
  await expectNoSeriousViolations(page, 'dashboard with this week');

  // The phlebotomy cohort has nobody paired yet: its six mentees wait, five mentors have room.
  const phlebotomy = week.getByRole('row', { name: /PHL-/ });
  await expect(
    phlebotomy.getByRole('link', { name: /^5 mentors with places left in PHL-/ }),
  ).toBeVisible();
  await phlebotomy.getByRole('link', { name: /^6 mentees waiting for a mentor in PHL-/ }).click();
  await expect(page.getByRole('heading', { name: /Pairing board: Phlebotomy/ })).toBeVisible();
  await page.goBack();

  await residency.getByRole('link', { name: /goals overdue in RES-/ }).click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /At risk or overdue/ })).toBeVisible();
  await page.goBack();
  await page
    .getByRole('region', { name: /This week/ })
    .getByRole('link', { name: /missing · \d+ expired/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Training', level: 1 })).toBeVisible();
  await page.goBack();
});

test('shows what is due, filtered by status', async () => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Training', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Training', level: 1 })).toBeVisible();
  await expect(dueTable().getByRole('row').nth(1)).toBeVisible();
  const total = await totalDue();
  expect(total).toBeGreaterThan(2);
  await expect(dueTable()).toContainText('Expired');
  await expect(dueTable()).toContainText('Not completed');
  await expectNoSeriousViolations(page, 'training, due list');

  await page.locator('summary', { hasText: 'Status' }).click();
  await page.getByRole('checkbox', { name: /Expired/ }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Remove filter Status: Expired' })).toBeVisible();
  await expect(dueCount()).toHaveText(`1 of ${total} due`);
  await expectNoSeriousViolations(page, 'training, due list filtered');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(dueCount()).toHaveText(`${total} of ${total} due`);
});

test('records a completion from the due list; a date in the future is refused first', async () => {
  const total = await totalDue();
  const row = dueTable().getByRole('row').filter({ hasText: 'Expired' }).first();
  const person = (await row.getByRole('rowheader').getByRole('link').textContent()) ?? '';
  // The button's name starts with its visible words (WCAG 2.5.3, label in name).
  await row
    .getByRole('button', {
      name: new RegExp(`^Record completion of Preceptor essentials for ${person}$`),
    })
    .click();

  const form = page.getByRole('form', { name: 'Record a completion' });
  await expect(form.getByText(person)).toBeVisible();
  await expect(form.getByLabel('Training module')).toHaveValue(/\d+/);
  await form.getByLabel('Completed on').fill('2099-01-01');
  await form.getByLabel('Evidence note').fill('Certificate PE-2291');
  await form.getByRole('button', { name: 'Record completion' }).click();
  await expect(form.getByLabel('Completed on')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(/Cannot be in the future \(today is/)).toBeVisible();
  await expect(form.getByLabel('Evidence note')).toHaveValue('Certificate PE-2291');
  await expect(dueCount()).toHaveText(`${total} of ${total} due`);

  const today = await form.getByLabel('Completed on').getAttribute('max');
  await form.getByLabel('Completed on').fill(today ?? '');
  await form.getByRole('button', { name: 'Record completion' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Recorded: ${person} completed Preceptor essentials` }),
  ).toBeVisible();
  await expect(dueCount()).toHaveText(`${total - 1} of ${total - 1} due`);
  await expect(
    dueTable()
      .getByRole('row')
      .filter({ hasText: person })
      .filter({ hasText: 'Preceptor essentials' }),
  ).toHaveCount(0);
});

test('records a completion found by employee number', async () => {
  const total = await totalDue();
  const row = dueTable()
    .getByRole('row')
    .filter({ hasText: 'Giving effective feedback' })
    .filter({ hasText: 'Not completed' })
    .first();
  const employee = ((await row.locator('.mono').textContent()) ?? '').replace('#', '');
  await page.getByRole('button', { name: 'Record a completion' }).click();
  const form = page.getByRole('form', { name: 'Record a completion' });
  await form.getByRole('button', { name: 'Record completion' }).click();
  await expect(form.getByText('Choose a person')).toBeVisible();
  await expect(form.getByText('Choose a training module')).toBeVisible();

  await form.getByLabel('Person').fill(employee);
  await form.getByRole('list', { name: 'Matching staff' }).getByRole('button').first().click();
  await expect(form.locator('.picked')).toContainText(`#${employee}`);
  await expect(form.getByRole('list', { name: 'Matching staff' })).toHaveCount(0);
  await form
    .getByLabel('Training module')
    .selectOption({ label: 'Giving effective feedback (mentors)' });
  await form.getByRole('button', { name: 'Record completion' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'completed Giving effective feedback' }),
  ).toBeVisible();
  await expect(dueCount()).toHaveText(`${total - 1} of ${total - 1} due`);
});

test("voids a mistake on the person's training page, and the training is due again", async () => {
  const total = await totalDue();
  const link = dueTable().getByRole('rowheader').getByRole('link').first();
  const person = (await link.textContent()) ?? '';
  await link.click();
  await expect(
    page.getByRole('heading', { name: `Training of ${person}`, level: 1 }),
  ).toBeVisible();
  const section = page.getByRole('region', { name: 'Training' });
  await expect(section.getByRole('heading', { name: 'Required now' })).toBeVisible();

  await section.getByRole('button', { name: 'Record a completion' }).click();
  const form = section.getByRole('form', { name: 'Record a completion' });
  await form
    .getByLabel('Training module')
    .selectOption({ label: 'Inclusive mentoring (mentors and mentees)' });
  await form.getByRole('button', { name: 'Record completion' }).click();
  await expect(section.getByRole('status')).toContainText('Recorded Inclusive mentoring');
  const history = section.getByRole('table', { name: `Training history of ${person}` });
  const recorded = history
    .getByRole('row')
    .filter({ hasText: 'Inclusive mentoring' })
    .filter({ hasText: 'Complete' })
    .first();
  await expect(recorded).toBeVisible();
  await expectNoSeriousViolations(page, 'person training');

  // A correction asks for the reason, and Cancel leaves everything as it was.
  await recorded.getByRole('button', { name: /^Correct / }).click();
  const correct = page.getByRole('dialog', { name: 'Correct this completion?' });
  await expect(
    correct.getByRole('button', { name: 'Void and record the correction' }),
  ).toBeDisabled();
  await expectNoSeriousViolations(page, 'person training, correct dialog');
  await correct.getByRole('button', { name: 'Cancel' }).click();
  await expect(correct).toBeHidden();

  await recorded.getByRole('button', { name: /^Void Inclusive mentoring/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Void this completion?' });
  await expect(dialog).toContainText('will no longer count');
  await expect(dialog.getByRole('button', { name: 'Void completion' })).toBeDisabled();
  await dialog.getByLabel('Reason').fill('Recorded for the wrong person');
  await dialog.getByRole('button', { name: 'Void completion' }).click();
  await expect(section.getByRole('status')).toContainText('Voided Inclusive mentoring');
  const voided = history.getByRole('row').filter({ hasText: 'Recorded for the wrong person' });
  await expect(voided).toContainText('Void');
  await expect(voided.getByRole('button')).toHaveCount(0);

  await page.getByRole('link', { name: 'Training', exact: true }).first().click();
  await expect(dueCount()).toHaveText(`${total} of ${total} due`);
});

test('adds a module, with a bad validity period refused next to its field', async () => {
  await page.getByRole('link', { name: 'Modules' }).click();
  await expect(page.getByRole('table', { name: 'Training modules' })).toContainText(
    'Preceptor essentials',
  );
  await page.getByRole('button', { name: 'Add module' }).click();
  const form = page.getByRole('form', { name: 'Add a training module' });
  await form.getByLabel('Name').fill('Bedside teaching');
  await form.getByLabel('Valid for (months)').fill('0');
  await form.getByRole('button', { name: 'Add module' }).click();
  await expect(form.getByLabel('Valid for (months)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('At least 1 month')).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveValue('Bedside teaching');
  await expectNoSeriousViolations(page, 'modules, form with an error');
  await form.getByLabel('Valid for (months)').fill('12');
  await form.getByRole('button', { name: 'Add module' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved “Bedside teaching”' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Training modules' })
      .getByRole('row')
      .filter({ hasText: 'Bedside teaching' }),
  ).toContainText('12 months');
});
