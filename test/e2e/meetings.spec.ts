import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROGRAM_TEMPLATES } from '../../shared/domain/program-templates';
import { startHost, type RunningHost } from '../../electron/host/server';
import { expectNoSeriousViolations } from './support/axe';
import { staffFields } from '../helpers/staff';
import { demoCalendar } from '../../electron/core/demo/calendar';
import { signInThroughApi } from './support/host';

/**
 * An educator's week of meetings: log meetings for a pairing and watch held vs expected change,
 * mark one missed, take the planned meetings to a calendar, and see the cohort's lists.
 * The host runs on a clock the test moves, so "today" is the same on every run.
 */
test.describe.configure({ mode: 'serial' });

let now = new Date('2026-08-31T12:00:00.000Z');
const setToday = (day: string) => (now = new Date(`${day}T09:00:00.000Z`));
let host: RunningHost;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
let pairingId: number;
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

/** A nurse on this shift with this much experience (a senior level from six years). */
const staff = (
  employeeNumber: string,
  firstName: string,
  lastName: string,
  shift: 'day' | 'evening' | 'night' | 'rotating',
  years: number,
) =>
  staffFields(employeeNumber, firstName, lastName, {
    shift,
    yearsExperience: years,
    jobLevel: years > 5 ? 4 : 1,
  });

test.beforeAll(async ({ browser }) => {
  userDataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-meetings-'));
  host = await startHost({
    userDataDir,
    staticDir: resolve(process.env.TANDEM_RENDERER_DIR ?? 'dist/renderer'),
    clock: { now: () => new Date(now) },
  });
  // The demo, built on 31 Aug: its residency has run since January (demoCalendar).
  await call('facility.create', {
    path: join(userDataDir, 'facility.sqlite'),
    name: 'Meetings Test Hospital',
    demo: true,
  });
  await signInThroughApi(host.url, host.token);

  // A weekly program of our own, whose one pairing starts on Monday 5 Oct.
  setToday('2026-10-05');
  const template = PROGRAM_TEMPLATES.residency;
  const program = await call<{ id: number }>('programs.create', {
    ...template,
    name: 'E2E weekly check-ins',
    cadence: 'weekly',
    requiredTraining: [],
    matching: { ...template.matching, requireTraining: false },
  });
  const cohort = await call<{ id: number }>('cohorts.create', {
    programId: program.id,
    code: 'E2E-MEET',
    name: 'Meetings e2e',
    startDate: '2026-10-05',
    endDate: null,
  });
  cohortId = cohort.id;
  const mentor = await call<{ id: number }>(
    'people.create',
    staff('E2E-M1', 'Maya', 'Mentor', 'day', 14),
  );
  const mentee = await call<{ id: number }>(
    'people.create',
    staff('E2E-N1', 'Nico', 'Newgrad', 'evening', 0),
  );
  await call('enrolments.add', {
    cohortId,
    role: 'mentor',
    staffIds: [mentor.id],
    capacity: 2,
    mentorProfile: { strengths: [] },
  });
  await call('enrolments.add', { cohortId, role: 'mentee', staffIds: [mentee.id], intake: {} });
  const enrolments = await call<{ id: number; role: string }[]>('enrolments.list', { cohortId });
  const proposed = await call<{ id: number }>('pairings.assign', {
    cohortId,
    mentorEnrolmentId: enrolments.find((e) => e.role === 'mentor')?.id,
    menteeEnrolmentId: enrolments.find((e) => e.role === 'mentee')?.id,
  });
  await call('pairings.accept', { ids: [proposed.id] });
  pairingId = proposed.id;

  // Today is Monday 23 Nov: seven weekly meetings have passed, the eighth is due. (The demo's
  // residency recorded its meetings up to the day it was built.)
  setToday('2026-11-23');
  // Axe needs a page of a context it can open frames in.
  context = await browser.newContext();
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
  await rm(userDataDir, { recursive: true, force: true });
});

test('logs meetings and watches held vs expected change', async () => {
  await page.goto(at(`/meetings/pairings/${pairingId}`));
  const section = page.getByRole('region', { name: 'Meetings', exact: true });
  await expect(section.getByText('0 of 7 expected meetings held (0%)')).toBeVisible();
  await expect(section.getByText('Behind', { exact: true })).toBeVisible();
  await expect(
    section.getByText('Due now: Mon, Nov 23, 2026 (any day until Sun, Nov 29, 2026)'),
  ).toBeVisible();
  await expect(
    section.getByText(/Maya Mentor works days \(07:00–15:00\) and Nico Newgrad works evenings/),
  ).toBeVisible();

  await section.getByRole('button', { name: 'Log a meeting' }).click();
  const form = page.getByRole('form', { name: 'Log a meeting' });
  await form.getByLabel('Date held').fill('2026-10-06');
  await form.getByLabel('Duration (minutes)').fill('0');
  await form.getByLabel('Mode').selectOption('video');
  await form.getByLabel('Topics').fill('IV insertion practice\nHandover (SBAR)');
  await form.getByRole('button', { name: 'Add an action item' }).click();
  await form.getByLabel('Action 1: what is to be done').fill('Read the sepsis bundle policy');
  await form.getByRole('button', { name: 'Save meeting' }).click();
  // Refused next to the field; what was typed stays.
  await expect(form.getByLabel('Duration (minutes)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('The duration must be more than 0 minutes')).toBeVisible();
  await expect(form.getByLabel('Action 1: what is to be done')).toHaveValue(
    'Read the sepsis bundle policy',
  );
  await form.getByLabel('Duration (minutes)').fill('45');
  await form.getByRole('button', { name: 'Save meeting' }).click();
  await expect(
    section.getByRole('status').filter({ hasText: 'Logged the meeting of Tue, Oct 6, 2026.' }),
  ).toBeVisible();
  await expect(section.getByText('1 of 7 expected meetings held (14%)')).toBeVisible();
  await expect(section.getByRole('table', { name: 'Meetings held' })).toContainText(
    'Read the sepsis bundle policy',
  );

  // A date before the pairing started is refused with the pairing's dates.
  await section.getByRole('button', { name: 'Log a meeting' }).click();
  await form.getByLabel('Date held').fill('2026-09-30');
  await form.getByLabel('Duration (minutes)').fill('30');
  await form.getByRole('button', { name: 'Save meeting' }).click();
  await expect(form.getByText('A date from Oct 5, 2026 to Oct 4, 2027')).toBeVisible();
  await form.getByLabel('Date held').fill('2026-10-14');
  await form.getByRole('button', { name: 'Save meeting' }).click();
  await expect(section.getByText('2 of 7 expected meetings held (29%)')).toBeVisible();
});

test('marks an expected meeting missed, with the reason', async () => {
  const section = page.getByRole('region', { name: 'Meetings', exact: true });
  await section
    .getByRole('button', { name: 'Mark missed or cancelled for the meeting of Mon, Oct 19, 2026' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Mark the meeting of Mon, Oct 19, 2026' });
  await expect(dialog.getByRole('button', { name: 'Mark missed' })).toBeDisabled();
  await dialog.getByLabel('Reason').fill('Mentee called in sick');
  await dialog.getByRole('button', { name: 'Mark missed' }).click();
  await expect(dialog).toBeHidden();
  const row = section
    .getByRole('table', { name: 'Expected meetings' })
    .getByRole('row')
    .filter({ hasText: 'Mon, Oct 19, 2026' });
  await expect(row).toContainText('Missed');
  await expect(row).toContainText('Mentee called in sick');
  await expect(section.getByText('1 missed · 4 overdue (nothing recorded)')).toBeVisible();
  await expect(section.getByText('2 of 7 expected meetings held (29%)')).toBeVisible();
});

test('downloads the planned meetings as a calendar file', async () => {
  const section = page.getByRole('region', { name: 'Meetings', exact: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download planned meetings (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('meetings-e2e-meet-nico-newgrad.ics');
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded).toContain('SUMMARY:Mentoring check-in: Nico Newgrad with Maya Mentor');
  expect(unfolded).toContain('DTSTART:20261123T143000');
  expect(unfolded).toMatch(/UID:pairing-\d+-20261123@meetings-test-hospital\.tandem/);
  // Mondays from 23 Nov 2026 up to the planned end on 4 Oct 2027.
  expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(46);
  await expect(
    section.getByText(
      'Saved meetings-e2e-meet-nico-newgrad.ics (46 planned meetings) to your downloads.',
    ),
  ).toBeVisible();
});

test('the pairing meetings pass an axe scan, with the log form open', async () => {
  await page.getByRole('button', { name: 'Log a meeting' }).click();
  await page.getByRole('button', { name: 'Add an action item' }).click();
  await page.getByLabel('Owner (action 1)').selectOption('other');
  await expectNoSeriousViolations(page, 'pairing meetings');
});

test("shows the cohort's compliance, the twice-the-cadence list and inactive pairings", async () => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  await expect(page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
  await page.getByLabel('Cohort', { exact: true }).selectOption(String(cohortId));
  const twice = page.getByRole('region', { name: 'No meeting for twice the cadence (14 days)' });
  await expect(twice).toContainText('Nico Newgrad with Maya Mentor');
  await expect(twice).toContainText('40 days of active time without a meeting');
  const table = page.getByRole('table', { name: /Meetings held vs expected per pairing/ });
  const row = table.getByRole('row').filter({ hasText: 'Nico Newgrad' });
  await expect(row).toContainText('2 of 7 held (29%)');
  await expect(
    row.getByRole('progressbar', { name: '2 of 7 expected meetings held (29%)' }),
  ).toBeVisible();
  const inactive = page.getByRole('region', { name: 'Inactive: no meeting for 90 days or more' });
  await expect(inactive).toContainText('No pairing has gone 90 days without a meeting.');

  await page.getByLabel('Flag as inactive after (days without a meeting)').fill('3');
  await page.getByRole('button', { name: 'Save threshold' }).click();
  await expect(page.getByText('At least 7 days')).toBeVisible();
  await page.getByLabel('Flag as inactive after (days without a meeting)').fill('30');
  await page.getByRole('button', { name: 'Save threshold' }).click();
  const inactive30 = page.getByRole('region', { name: 'Inactive: no meeting for 30 days or more' });
  await expect(inactive30).toContainText('Nico Newgrad with Maya Mentor');
  await expect(inactive30).toContainText('40 days');
});

test('the Meetings page of the demo residency cohort passes an axe scan', async () => {
  await page.goto(at('/meetings'));
  await expect(page.getByLabel('Cohort', { exact: true })).toHaveValue(/\d+/);
  const residency = await page
    .getByLabel('Cohort', { exact: true })
    .locator('option', { hasText: demoCalendar('2026-08-31').residency.code })
    .getAttribute('value');
  await page.getByLabel('Cohort', { exact: true }).selectOption(residency ?? '');
  await expect(
    page
      .getByRole('table', { name: /Meetings held vs expected per pairing/ })
      .getByRole('row')
      .nth(5),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'meetings page');
});
