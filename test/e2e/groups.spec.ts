import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROGRAM_TEMPLATES } from '../../shared/domain/program-templates';
import { startHost, type RunningHost } from '../../electron/host/server';
import { staffFields } from '../helpers/staff';
import { expectNoSeriousViolations } from './support/axe';
import { signInThroughApi } from './support/host';

/**
 * A mentoring circle from start to finish: a group program's cohort is matched on the board (the
 * mentor's places are the group size), accepting makes the circle, a shared meeting is logged
 * with one mentee absent, and each person's counts say who met. The host's clock is the test's.
 */
test.describe.configure({ mode: 'serial' });

let now = new Date('2026-09-01T09:00:00.000Z');
const setToday = (day: string) => (now = new Date(`${day}T09:00:00.000Z`));
let host: RunningHost;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
let cohortId: number;

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
  userDataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-groups-'));
  host = await startHost({
    userDataDir,
    staticDir: resolve(process.env.TANDEM_RENDERER_DIR ?? 'dist/renderer'),
    clock: { now: () => new Date(now) },
  });
  await call('facility.create', {
    path: join(userDataDir, 'facility.sqlite'),
    name: 'Circles Test Hospital',
  });
  await signInThroughApi(host.url, host.token);
  const template = PROGRAM_TEMPLATES.residency;
  const program = await call<{ id: number }>('programs.create', {
    ...template,
    name: 'E2E support circles',
    format: 'group',
    cadence: 'weekly',
    defaultCapacity: 3,
    requiredTraining: [],
    matching: { ...template.matching, requireTraining: false, requireSameShift: false },
  });
  const cohort = await call<{ id: number }>('cohorts.create', {
    programId: program.id,
    code: 'E2E-CIRCLE',
    name: 'Circles e2e',
    startDate: '2026-09-01',
    endDate: null,
  });
  cohortId = cohort.id;
  const person = async (no: string, first: string, last: string, years: number) =>
    (
      await call<{ id: number }>(
        'people.create',
        staffFields(no, first, last, {
          shift: 'day',
          yearsExperience: years,
          jobLevel: years > 5 ? 4 : 1,
        }),
      )
    ).id;
  const maya = await person('E2E-M1', 'Maya', 'Mentor', 14);
  const mentees = [
    await person('E2E-N1', 'Nico', 'Newgrad', 0),
    await person('E2E-N2', 'Pia', 'Newgrad', 1),
    await person('E2E-N3', 'Rui', 'Newgrad', 0),
  ];
  // No capacity given: the program's group size.
  await call('enrolments.add', { cohortId, role: 'mentor', staffIds: [maya] });
  await call('enrolments.add', { cohortId, role: 'mentee', staffIds: mentees, intake: {} });
  context = await browser.newContext();
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
  await rm(userDataDir, { recursive: true, force: true });
});

test('matching fills the group and accepting makes the circle', async () => {
  await page.goto(at(`/board/${cohortId}`));
  await page.getByRole('button', { name: 'Optimise the rest' }).click();
  const column = page.getByRole('region', { name: 'Maya Mentor' });
  await expect(column.getByText('Group of up to 3: accepting makes the circle')).toBeVisible();
  await expect(column.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Accept all proposals (3)' }).click();
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  const circleLink = column.getByRole('link', { name: 'Circle of Maya Mentor' });
  await expect(circleLink).toBeVisible();
  await expect(
    column.getByRole('list', { name: 'Members of Circle of Maya Mentor' }),
  ).toBeVisible();
  await circleLink.click();
  await expect(
    page.getByRole('heading', { name: 'Mentoring circle: Circle of Maya Mentor' }),
  ).toBeVisible();
});

test('a shared meeting with one absentee counts for each person on their own', async () => {
  setToday('2026-09-02');
  await page.reload();
  const circle = page.getByRole('region', { name: 'Mentoring circle: Circle of Maya Mentor' });
  await circle.getByRole('button', { name: 'Log a circle meeting' }).click();
  const form = circle.getByRole('form', { name: 'Log a circle meeting' });
  await expect(form.getByLabel('Date held')).toHaveValue('2026-09-02');
  const rui = form.getByRole('radiogroup', { name: 'Rui Newgrad attendance' });
  await rui.getByRole('radio', { name: 'Absent' }).check();
  await form.getByLabel('Why Rui Newgrad was absent').fill('Night shift');
  await form.getByLabel('Topics').fill('First weeks on the unit');
  await expectNoSeriousViolations(page, 'circle meeting form');
  await form.getByRole('button', { name: 'Save circle meeting' }).click();
  await expect(
    circle.getByText('Logged the circle meeting of Sep 2, 2026: 3 present, 1 absent.'),
  ).toBeVisible();
  await expect(circle.getByText(/absent: Rui Newgrad \(Night shift\)/)).toBeVisible();

  // A week on: the meeting of 1 Sep counts as held for Nico and Pia, not for Rui.
  setToday('2026-09-09');
  await page.reload();
  const members = page
    .getByRole('region', { name: 'Mentoring circle: Circle of Maya Mentor' })
    .getByRole('table', { name: 'Members and what counts for each' });
  const row = (name: string) => members.getByRole('row').filter({ hasText: name });
  await expect(row('Nico Newgrad')).toContainText('1 of 1 (100%)');
  await expect(row('Pia Newgrad')).toContainText('1 of 1 (100%)');
  await expect(row('Rui Newgrad')).toContainText('0 of 1 (0%)');
  await expect(row('Rui Newgrad')).toContainText('0 of 1');
  await expect(row('Maya Mentor')).toContainText('1 of 1');

  // The dashboard counts people: only Rui is behind.
  const week = await call<{
    cohorts: { cohort: { id: number }; meetingsOverdue: number; open: number }[];
  }>('dashboard.week', {});
  expect(week.cohorts.find((c) => c.cohort.id === cohortId)).toMatchObject({
    open: 3,
    meetingsOverdue: 1,
  });
});
