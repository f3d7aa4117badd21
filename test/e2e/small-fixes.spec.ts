import { expect, test, type Page } from '@playwright/test';
import { PROGRAM_TEMPLATES } from '../../shared/domain/program-templates';
import { createFacilityWithRoster, startTestHost, type TestHost } from './support/host';
import { expectNoSeriousViolations } from './support/axe';

/**
 * Small things an educator tripped over: a filter menu running off a small window, and a new
 * cohort's end date that had to be worked out by hand.
 */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let page: Page;
let programId: number;

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  await createFacilityWithRoster(host, 'Small Fixes Hospital');
  const program = await host.call<{ id: number }>(
    'programs.create',
    PROGRAM_TEMPLATES.preceptorship,
  );
  programId = program.id;
  page = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  await page.context().close();
  await host.close();
});

/** The open filter menu's box, and whether every edge of it is inside the window. */
async function openMenuFits(label: string) {
  await page.locator('summary', { hasText: label }).click();
  const menu = page.locator('details[open] .filter-options');
  await expect(menu).toBeVisible();
  const box = await menu.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) throw new Error('no box');
  const fits =
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= view.width &&
    box.y + box.height <= view.height;
  return { menu, fits };
}

test('a filter menu stays inside a small window, sliding left or opening upwards', async () => {
  // A 1366 × 768 screen at 125 % or 133 % zoom leaves about this much.
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto(host.at('/people'));
  await expect(page.getByText('1,676 of 1,676 staff')).toBeVisible();
  for (const label of ['Unit', 'Role', 'Shift', 'Status']) {
    const { fits } = await openMenuFits(label);
    expect(fits, `${label} menu inside 1024 × 600`).toBe(true);
    await page.keyboard.press('Escape');
  }

  // Too little room below the button: the menu opens upwards, every role still in view.
  await page.setViewportSize({ width: 800, height: 340 });
  const summary = page.locator('summary', { hasText: 'Role' });
  const { menu, fits } = await openMenuFits('Role');
  expect(fits, 'Role menu inside 800 × 340').toBe(true);
  const [menuBox, buttonBox] = [await menu.boundingBox(), await summary.boundingBox()];
  expect((menuBox?.y ?? 0) + (menuBox?.height ?? 0)).toBeLessThanOrEqual(buttonBox?.y ?? 0);
  await menu.getByRole('checkbox', { name: /Therapist/ }).check();
  await expect(page.getByRole('button', { name: 'Remove filter Role: Therapist' })).toBeVisible();
  await expectNoSeriousViolations(page, 'people, filter menu in a small window');
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1366, height: 768 });
});

test("a new cohort's end date follows its start by the program's duration until typed", async () => {
  await page.goto(host.at(`/programs/${programId}`));
  await page.getByRole('button', { name: 'New cohort' }).click();
  const form = page.getByRole('form', { name: 'New cohort' });
  const start = form.getByLabel('Start date');
  const end = form.getByLabel('End date', { exact: true });

  // The preceptorship lasts 12 weeks: 84 days after the start.
  await start.fill('2027-01-04');
  await expect(end).toHaveValue('2027-03-29');
  await expect(form.getByText("The start date plus the program's 12 weeks")).toBeVisible();
  await start.fill('2027-02-01');
  await expect(end).toHaveValue('2027-04-26');

  // Once the educator types an end date, a new start leaves it alone.
  await end.fill('2027-05-14');
  await start.fill('2027-02-08');
  await expect(end).toHaveValue('2027-05-14');

  // Rolling enrolment still means no end date, and the form says so.
  await form.getByLabel('Rolling enrolment (no end date)').check();
  await expect(end).toBeDisabled();
  await expect(form.getByText(/so the cohort has no end date/)).toBeVisible();
  await form.getByLabel('Rolling enrolment (no end date)').uncheck();
  await expect(end).toHaveValue('2027-05-14');
  await expectNoSeriousViolations(page, 'new cohort form');

  await form.getByLabel('Code').fill('PHL-2027-Q1');
  await form.getByLabel('Cohort name').fill('Phlebotomy onboarding, Q1 2027');
  await form.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByRole('heading', { name: 'Phlebotomy onboarding, Q1 2027' })).toBeVisible();
  const cohorts = await host.call<{ code: string; startDate: string; endDate: string | null }[]>(
    'cohorts.list',
    { programId },
  );
  expect(cohorts).toEqual([
    expect.objectContaining({
      code: 'PHL-2027-Q1',
      startDate: '2027-02-08',
      endDate: '2027-05-14',
    }),
  ]);
});
