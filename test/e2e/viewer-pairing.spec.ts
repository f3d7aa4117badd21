import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { demoCalendar } from '../../electron/core/demo/calendar';
import { dayOf } from '../../shared/dates';
import type { TestHost } from './support/host';
import { signInAsViewer, startDemoHost } from './support/viewer';

/**
 * A viewer reads the demo residency's pairing board (cards, scores, Best mentors), a pairing's
 * page, a circle member's page, a pairing's goals and meetings, and the Goals and Meetings
 * pages, and is offered no control that writes: no dragging, moving, locking, accepting or
 * optimising, no status steps, no meeting or goal entry.
 */
test.describe.configure({ mode: 'serial' });

interface ListedPairing {
  id: number;
  status: string;
  circleId: number | null;
  mentee: { displayName: string };
}

const RESIDENCY = demoCalendar(dayOf(new Date())).residency.code;
let host: TestHost;
let context: BrowserContext;
let page: Page;
let cohortId: number;
let programId: number;
let proposed: ListedPairing;
/** An active residency pairing with goals (with milestones) and held meetings. */
let busy: ListedPairing;
let circleMember: ListedPairing;

test.beforeAll(async ({ browser }) => {
  host = await startDemoHost();
  // Found as the administrator, before the session becomes the viewer's.
  const cohorts = await host.call<{ id: number; code: string; programId: number }[]>(
    'cohorts.list',
    {},
  );
  const residency = cohorts.find((c) => c.code === RESIDENCY);
  if (!residency) throw new Error(`the demo has no cohort ${RESIDENCY}`);
  cohortId = residency.id;
  programId = residency.programId;
  const pairings = await host.call<ListedPairing[]>('pairings.list', { cohortId });
  const firstProposed = pairings.find((p) => p.status === 'proposed');
  for (const p of pairings.filter((x) => x.status === 'active')) {
    const goals = await host.call<{ goals: { milestones: unknown[] }[] }>('goals.forPairing', {
      pairingId: p.id,
    });
    const meetings = await host.call<{ records: { status: string }[] }>('meetings.forPairing', {
      pairingId: p.id,
    });
    if (
      goals.goals.some((g) => g.milestones.length > 0) &&
      meetings.records.some((r) => r.status === 'held')
    ) {
      busy = p;
      break;
    }
  }
  const circles = await Promise.all(
    cohorts.map((c) => host.call<ListedPairing[]>('pairings.list', { cohortId: c.id })),
  );
  const firstMember = circles.flat().find((p) => p.circleId !== null && p.status === 'active');
  if (!firstProposed || !busy || !firstMember) {
    throw new Error('the demo lacks a proposal, a busy active pairing or a circle member');
  }
  proposed = firstProposed;
  circleMember = firstMember;
  await signInAsViewer(host);
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context?.close();
  await host?.close();
});

test('the board shows cards, scores and Best mentors, but nothing moves a card', async () => {
  await page.goto(host.at(`/board/${cohortId}`));
  await expect(page.getByRole('heading', { level: 1, name: /^Pairing board: / })).toBeVisible();
  await expect(page.getByText('viewers can read the board')).toBeVisible();
  const card = page.locator('.mentee-card', { hasText: proposed.mentee.displayName });
  await expect(card.getByText('Proposed')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Unpaired mentees' })).toBeVisible();

  // No drag handle, nothing dnd-kit would pick up by pointer or keyboard.
  await expect(page.getByRole('button', { name: /^Drag / })).toHaveCount(0);
  await expect(page.locator('[aria-roledescription="draggable"]')).toHaveCount(0);
  await expect(page.locator('.mentee-card-movable')).toHaveCount(0);
  for (const name of [/^Move .* to…$/, /^Accept /, /^Lock /, /^Return to pool/]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.locator('summary', { hasText: 'Move to…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Optimise/ })).toHaveCount(0);
  await expect(page.getByLabel('Aim for')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Accept all proposals/ })).toHaveCount(0);

  // The explanations stay: a score's breakdown and the ranked mentors, without "Propose with".
  await card.getByRole('button', { name: /^Score \d+: show the breakdown$/ }).click();
  const breakdown = page.getByRole('dialog');
  await expect(breakdown.getByRole('table')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(breakdown).toHaveCount(0);
  await card
    .getByRole('button', { name: `Best mentors for ${proposed.mentee.displayName}` })
    .click();
  const best = page.getByRole('dialog', {
    name: `Best mentors for ${proposed.mentee.displayName}`,
  });
  await expect(best.getByRole('heading', { level: 3, name: /^1\. / })).toBeVisible();
  await expect(best.getByRole('table').first()).toBeVisible();
  await expect(best.getByRole('button', { name: /^Propose with / })).toHaveCount(0);
  await page.keyboard.press('Escape');
});

test("a pairing's page reads, with no status step, extension or end", async () => {
  await page.goto(host.at(`/pairings/${busy.id}`));
  await expect(page.getByRole('heading', { name: 'What can happen next' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByText('Viewers can read this pairing')).toBeVisible();
  for (const name of ['Pause', 'Complete', 'End early…', 'Extend']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByLabel('New end date')).toHaveCount(0);
  await expect(page.getByLabel('Note for the timeline (optional)')).toHaveCount(0);

  await page.goto(host.at(`/pairings/${proposed.id}`));
  await expect(page.getByRole('heading', { name: /^Score \d+ as it was/ })).toBeVisible();
  for (const name of ['Accept', 'Decline']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
});

test("a circle member's page shows the circle without its write buttons", async () => {
  await page.goto(host.at(`/pairings/${circleMember.id}`));
  const circle = page.getByRole('region', { name: /^Mentoring circle: / });
  await expect(
    circle.getByRole('table', { name: 'Members and what counts for each' }),
  ).toBeVisible();
  await expect(circle.getByRole('heading', { name: 'Shared goals' })).toBeVisible();
  for (const name of [/Log a circle meeting/, /Set a shared goal/, /^Record progress/]) {
    await expect(circle.getByRole('button', { name })).toHaveCount(0);
  }
});

test("a pairing's goals read, with no goal, progress or milestone write", async () => {
  await page.goto(host.at(`/pairings/${busy.id}/goals`));
  const goals = page.getByRole('article');
  await expect(goals.first()).toBeVisible();
  await expect(page.getByRole('table', { name: /^Progress entries for / }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Milestones' }).first()).toBeVisible();
  for (const name of [
    'Add goal',
    /^Edit goal: /,
    /^Drop goal: /,
    /^Mark achieved: /,
    /^Undo achieved: /,
    /^Remove milestone: /,
    'Add milestone',
    /^Remove the entry of /,
  ]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('form', { name: /^Record progress for / })).toHaveCount(0);
});

test("a pairing's meetings read, with no log, mark, correction or removal", async () => {
  await page.goto(host.at(`/meetings/pairings/${busy.id}`));
  await expect(page.getByRole('table', { name: 'Expected meetings' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Meetings held' })).toBeVisible();
  for (const name of [
    'Log a meeting',
    /^Mark missed or cancelled/,
    /^Remove mark/,
    /^Correct the meeting of /,
    /^Remove the meeting of /,
  ]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  // The planned meetings' calendar file is a download: a viewer may take it.
  await expect(page.getByRole('button', { name: /\.ics/ }).first()).toBeVisible();
});

test('the Goals, Goal templates and Meetings pages read without write controls', async () => {
  await page.goto(host.at(`/goals/${cohortId}`));
  await expect(page.getByRole('list', { name: 'Goals by status' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Goal templates' })).toBeVisible();
  await page.goto(host.at(`/goals/templates?program=${programId}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Goal templates' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  for (const name of ['New template', /^Edit template: /, /^Remove template: /]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }

  await page.goto(host.at(`/meetings?cohort=${cohortId}`));
  await expect(page.getByRole('heading', { name: 'Held vs expected per pairing' })).toBeVisible();
  await expect(page.getByText(/flagged inactive after \d+ days without a meeting/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save threshold' })).toHaveCount(0);
  await expect(page.getByLabel(/^Flag as inactive after/)).toHaveCount(0);
});
