import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import {
  ROSTER_FILE,
  createFacilityWithRoster,
  startTestHost,
  type TestHost,
} from './support/host';
import { expectNoSeriousViolations } from './support/axe';

/** Whether an element's content is taller than its box (it scrolls); runs in the page. */
function scrollsInside(el: object): boolean {
  const box = el as { scrollHeight: number; clientHeight: number };
  return box.scrollHeight > box.clientHeight;
}

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

test("a pairing's goals, while it runs and once it is completed", async ({ page }) => {
  test.setTimeout(180_000);
  await host.call('facility.create', {
    path: join(host.userDataDir, 'demo.sqlite'),
    name: 'Accessibility Demo Hospital',
    demo: true,
  });
  const cohorts = await host.call<{ id: number; code: string }[]>('cohorts.list', {});
  // The demo's codes follow the season it is built in.
  const residency = cohorts.find((c) => c.code.startsWith('RES-'));
  if (!residency) throw new Error('demo residency missing');
  const pairings = await host.call<{ id: number; status: string }[]>('pairings.list', {
    cohortId: residency.id,
  });
  // The running pairing with the longest progress history: its table scrolls in its box.
  let longest = { id: 0, entries: 0 };
  for (const p of pairings.filter((x) => x.status === 'active')) {
    const { goals } = await host.call<{ goals: { progress: unknown[] }[] }>('goals.forPairing', {
      pairingId: p.id,
    });
    for (const g of goals)
      if (g.progress.length > longest.entries) longest = { id: p.id, entries: g.progress.length };
  }
  expect(longest.entries).toBeGreaterThan(10);

  await page.goto(host.at(`/pairings/${longest.id}/goals`));
  const history = page.getByRole('region', { name: /^Progress entries for / }).first();
  await expect(history).toBeVisible();
  await expectNoSeriousViolations(page, 'pairing goals, running');

  // Completed, the goals are read-only: no button left in the history, the box itself takes
  // focus so a keyboard can scroll it.
  await host.call('pairings.transition', { id: longest.id, to: 'completed' });
  await page.reload();
  await expect(page.getByText(/its goals are kept as they were/)).toBeVisible();
  const box = page
    .getByRole('region', { name: /^Progress entries for / })
    .filter({ has: page.getByRole('row').nth(10) })
    .first();
  await expect(box.getByRole('button')).toHaveCount(0);
  expect(await box.evaluate(scrollsInside)).toBe(true);
  await box.focus();
  await expect(box).toBeFocused();
  await expectNoSeriousViolations(page, 'pairing goals, completed');
});
