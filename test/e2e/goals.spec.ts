import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoCalendar } from '../../electron/core/demo/calendar';
import { startHost, type RunningHost } from '../../electron/host/server';
import { expectNoSeriousViolations } from './support/axe';
import { signInThroughApi } from './support/host';

/**
 * An educator sets a SMART goal with milestones for a residency pairing, records progress
 * until it is at risk and then achieved, and sees it move from the cohort's "at risk" list to
 * its celebrate list. The host runs on a clock the test moves: the demo facility is built on
 * 1 September, the goal is counted from that day, and the work happens weeks later.
 */
test.describe.configure({ mode: 'serial' });

const GOAL = 'Insert peripheral IVs independently';
/** The demo is built on 1 Sep 2026, so its residency has run since January (demoCalendar). */
const RESIDENCY = demoCalendar('2026-09-01').residency.code;
let now = new Date('2026-09-01T08:00:00.000Z');
let host: RunningHost;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
let pairing: { id: number; cohortId: number; mentee: string };

async function call<T>(name: string, input: unknown): Promise<T> {
  const response = await fetch(new URL('/api/call', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ name, input }),
  });
  const result = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

const at = (route: string) => `${host.url}#${route}`;

test.beforeAll(async ({ browser }) => {
  userDataDir = await mkdtemp(join(tmpdir(), 'tandem-goals-e2e-'));
  host = await startHost({
    userDataDir,
    staticDir: resolve('dist/renderer'),
    clock: { now: () => new Date(now) },
  });
  await call('facility.create', {
    path: join(userDataDir, 'facility.sqlite'),
    name: 'Goals Test Hospital',
    demo: true,
  });
  await signInThroughApi(host.url, host.token);
  now = new Date('2026-11-23T10:00:00.000Z');
  const cohorts = await call<{ id: number; code: string }[]>('cohorts.list', {});
  const cohort = cohorts.find((c) => c.code === RESIDENCY);
  if (!cohort) throw new Error('demo cohort missing');
  const pairings = await call<{ id: number; status: string; mentee: { displayName: string } }[]>(
    'pairings.list',
    { cohortId: cohort.id },
  );
  const active = pairings.filter((p) => p.status === 'active');
  // A pairing the demo left without goals, so the tracker starts empty.
  for (const p of active) {
    const goals = await call<{ goals: unknown[] }>('goals.forPairing', { pairingId: p.id });
    if (goals.goals.length === 0) {
      pairing = { id: p.id, cohortId: cohort.id, mentee: p.mentee.displayName };
      break;
    }
  }
  if (!pairing) throw new Error('no demo pairing without goals');
  // Axe needs a page from an explicit context.
  context = await browser.newContext();
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
  await rm(userDataDir, { recursive: true, force: true });
});

test('sets a goal with milestones, refusing bad input field by field and saving nothing until it is right', async () => {
  await page.goto(at(`/pairings/${pairing.id}/goals`));
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^Goals: ${pairing.mentee} with`) }),
  ).toBeVisible();
  await expect(page.getByText('No goals yet for this pairing')).toBeVisible();
  await page.getByRole('button', { name: 'Add goal' }).click();

  const form = page.getByRole('form', { name: 'New goal' });
  await form.getByLabel('Goal (what the mentee will do)').fill(GOAL);
  await form.getByLabel('Measure (what is counted)').fill('Successful independent PIV insertions');
  await form.getByLabel('Unit (required)', { exact: true }).fill('insertions');
  await form.getByLabel('Baseline').fill('0');
  await form.getByLabel('Target').fill('0');
  await form.getByLabel('Relevant to (competency or career goal)').fill('IV insertion');
  // The demo's residency has run since January; this goal is counted from 1 September.
  await form.getByLabel('Start date').fill('2026-09-01');
  await form.getByLabel('Due date (required)', { exact: true }).fill('2026-12-31');
  await form.getByRole('button', { name: 'Add milestone' }).click();
  await form
    .getByLabel('Milestone 1 (required)', { exact: true })
    .fill('First supervised insertion');
  await form.getByLabel('Milestone 1 due date').fill('2026-09-15');
  await form.getByRole('button', { name: 'Add milestone' }).click();
  await form.getByLabel('Milestone 2 (required)', { exact: true }).fill('Ten in a row');
  await form.getByLabel('Milestone 2 due date').fill('2027-01-15');
  await form.getByRole('button', { name: 'Save goal' }).click();

  await expect(form.getByLabel('Target')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    form.getByText(
      'The target equals the baseline (0 insertions); a goal must move the measure up or down',
    ),
  ).toBeVisible();
  await expect(form.getByLabel('Milestone 2 due date')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    form.getByText(
      /“Ten in a row”: the date Jan 15, 2027 is after the pairing ends \(Dec 31, 2026\)/,
    ),
  ).toBeVisible();
  expect(
    (await call<{ goals: unknown[] }>('goals.forPairing', { pairingId: pairing.id })).goals,
  ).toHaveLength(0);

  // Removing the first milestone renumbers the rest: its error no longer points at a row, and the
  // focus waits on "Add milestone" to put the removed one back at the end.
  await form.getByRole('button', { name: 'Remove milestone 1' }).click();
  await expect(form.getByRole('button', { name: 'Add milestone' })).toBeFocused();
  await expect(form.getByLabel('Milestone 1 (required)', { exact: true })).toHaveValue(
    'Ten in a row',
  );
  await expect(form.getByLabel('Milestone 1 due date')).not.toHaveAttribute('aria-invalid');
  await expect(form.getByLabel('Target')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Enter');
  await form
    .getByLabel('Milestone 2 (required)', { exact: true })
    .fill('First supervised insertion');
  await form.getByLabel('Milestone 2 due date').fill('2026-09-15');

  await form.getByLabel('Target').fill('10');
  await form.getByLabel('Milestone 1 due date').fill('2026-12-01');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByText(`Goal “${GOAL}” saved.`)).toBeVisible();
  const card = page.getByRole('article', { name: GOAL });
  await expect(card.getByText('Not started', { exact: true })).toBeVisible();
  await expect(card.getByRole('region', { name: `Milestones of “${GOAL}”` })).toContainText(
    'First supervised insertion',
  );
  await expect(card.getByRole('region', { name: `Milestones of “${GOAL}”` })).toContainText(
    'Ten in a row',
  );
});

test('records progress until the goal is at risk, then achieved', async () => {
  const card = page.getByRole('article', { name: GOAL });
  const form = card.getByRole('form', { name: `Record progress for “${GOAL}”` });
  const record = async (date: string, value: string) => {
    await form.getByLabel('Date (required)', { exact: true }).fill(date);
    await form.getByLabel('Value (insertions)').fill(value);
    await form.getByRole('button', { name: 'Record progress' }).click();
  };

  // A value in another unit, then a day that has not happened: each refused next to its field.
  await record('2026-10-01', '3 hours');
  await expect(form.getByLabel('Value (insertions)')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    form.getByText(
      '“3 hours” is not in insertions. Enter a number (the unit is insertions), e.g. 4.',
    ),
  ).toBeVisible();
  await record('2026-12-01', '2');
  await expect(form.getByLabel('Date (required)', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(
    form.getByText('The date Dec 1, 2026 is in the future (today is Nov 23, 2026)'),
  ).toBeVisible();

  // 5 after 44 of 121 days projects to 13.75: on track.
  await record('2026-10-15', '5');
  await expect(form.getByText('The goal is now: On track.')).toBeVisible();
  // Still 5 after 61 days projects to 9.9: at risk.
  await record('2026-11-01', '5');
  await expect(form.getByText('The goal is now: At risk.')).toBeVisible();
  await expect(card.locator('.goal-why')).toContainText('At risk');
  await expect(card.locator('.goal-why')).toContainText('short of the target of 10 insertions');
  await expect(
    card.getByRole('table', { name: `Progress entries for “${GOAL}”` }).getByRole('row'),
  ).toHaveCount(4);

  await page.goto(at(`/goals/${pairing.cohortId}`));
  const attention = page.getByRole('table', {
    name: new RegExp(`Goals at risk or overdue in ${RESIDENCY}`),
  });
  const ours = attention
    .getByRole('row')
    .filter({ hasText: pairing.mentee })
    .filter({ hasText: GOAL });
  await expect(ours).toHaveCount(1);
  await expect(ours).toContainText('At risk');
  await expect(ours).toContainText('At this pace it reaches 9.92 insertions by Dec 31, 2026');

  await attention.getByRole('link', { name: pairing.mentee }).first().click();
  const milestones = card.getByRole('region', { name: `Milestones of “${GOAL}”` });
  await milestones
    .getByRole('button', { name: 'Mark achieved: First supervised insertion' })
    .click();
  await milestones.getByLabel('Achieved on').fill('2026-09-14');
  await milestones.getByRole('button', { name: 'Save' }).click();
  await expect(milestones).toContainText(/Achieved Sep 14, 2026/);

  await record('2026-11-20', '10');
  await expect(form.getByText('The goal is now: Achieved.')).toBeVisible();
  await expect(card.locator('.goal-why')).toContainText('Reached 10 insertions on Nov 20, 2026.');

  // The cohort view: no longer at risk, and both achievements are in the celebrate list, newest first.
  await page.goto(at(`/goals/${pairing.cohortId}`));
  await expect(page.getByRole('heading', { name: /^At risk or overdue/ })).toBeVisible();
  const rows = page.getByRole('table', { name: /Goals at risk or overdue/ }).getByRole('row');
  await expect(rows.filter({ hasText: pairing.mentee })).toHaveCount(0);
  const celebrate = page.getByRole('list', {
    name: new RegExp(`Milestones achieved and goals met in ${RESIDENCY}`),
  });
  const celebrated = celebrate.getByRole('listitem').filter({ hasText: pairing.mentee });
  await expect(celebrated.nth(0)).toContainText(`Goal met: ${GOAL}`);
  await expect(celebrated.nth(1)).toContainText('Milestone achieved: First supervised insertion');
});

test('drops a goal with a reason, asked once with the consequence', async () => {
  const withGoals = await call<{ goals: { title: string; status: string }[] }>('goals.forPairing', {
    pairingId: pairing.id,
  });
  expect(withGoals.goals).toHaveLength(1);
  await page.goto(at(`/pairings/${pairing.id}/goals`));
  await page.getByRole('button', { name: 'Add goal' }).click();
  const form = page.getByRole('form', { name: 'New goal' });
  await form
    .getByLabel('Start from a template')
    .selectOption({ label: 'Recognise sepsis without prompting' });
  await expect(form.getByLabel('Unit (required)', { exact: true })).toHaveValue('%');
  await expect(form.getByLabel('Milestone 1 (required)', { exact: true })).toHaveValue(
    'Sepsis simulation passed',
  );
  await form.getByRole('button', { name: 'Save goal' }).click();
  const card = page.getByRole('article', { name: 'Recognise sepsis without prompting' });
  await card.getByRole('button', { name: 'Drop goal: Recognise sepsis without prompting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Drop this goal?' });
  await expect(dialog).toContainText('no longer counts as at risk or overdue');
  await expect(dialog.getByRole('button', { name: 'Drop goal' })).toBeDisabled();
  await dialog.getByLabel('Reason').fill('Covered by the unit sepsis course instead');
  await dialog.getByRole('button', { name: 'Drop goal' }).click();
  await expect(card.locator('.goal-why')).toContainText('Dropped');
  await expect(card.locator('.goal-why')).toContainText(
    'Reason: Covered by the unit sepsis course instead',
  );
  await expect(card.getByRole('form')).toHaveCount(0);
});

test('the goals pages have no serious accessibility violations', async () => {
  await page.goto(at(`/pairings/${pairing.id}/goals`));
  await expect(page.getByRole('article', { name: GOAL })).toBeVisible();
  await expectNoSeriousViolations(page, 'pairing goal tracker');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expectNoSeriousViolations(page, 'pairing goal tracker, new goal form');

  await page.goto(at(`/goals/${pairing.cohortId}`));
  await expect(page.getByRole('heading', { name: /^Celebrate/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'goals page');
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.goto(at('/goals/templates'));
  await page.getByLabel('Program').selectOption({ label: 'New-graduate nurse residency' });
  await expect(
    page.getByRole('row').filter({ hasText: 'Insert peripheral IVs independently by week 8' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'goal templates');
});
