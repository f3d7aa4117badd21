import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { PROGRAM_TEMPLATES } from '../../shared/domain/program-templates';
import { drag } from './support/board';
import { startTestHost, type TestHost } from './support/host';
import { expectNoSeriousViolations } from './support/axe';
import { staffFields } from '../helpers/staff';

/**
 * Record a training completion and see the mentor become eligible on the board: in a program
 * whose matching requires the named mentor training, an untrained mentor refuses a mentee on
 * the board with the missing module in the reason; the educator records the completion from
 * the mentor's page, and back on the board the same placement succeeds. The cohort's mentor
 * table, the mentor's page and the new pairing's page show where things stand.
 */
test.describe.configure({ mode: 'serial' });

const MODULE = 'Bedside coaching basics';
const MENTOR = 'Tamsin Okoro';
const MENTEE = 'Remy Laurent';

let host: TestHost;
let context: BrowserContext;
let page: Page;
let cohortId: number;

/** A day-shift nurse with this much experience (a senior level from six years). */
const staff = (employeeNumber: string, firstName: string, lastName: string, years: number) =>
  staffFields(employeeNumber, firstName, lastName, {
    yearsExperience: years,
    jobLevel: years > 5 ? 4 : 1,
  });

const mentorRow = () =>
  page.getByRole('table', { name: 'Mentors', exact: true }).getByRole('row', { name: MENTOR });
const mentorColumn = () => page.locator('.board-column', { hasText: MENTOR });
const alert = () => page.locator('.board-alert[role="alert"]');

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  await host.call('facility.create', {
    path: join(host.userDataDir, 'facility.sqlite'),
    name: 'Training Gate Hospital',
  });
  await host.call('training.createModule', {
    name: MODULE,
    audience: 'mentor',
    required: false,
    validMonths: 24,
    description: 'Teaching at the bedside without taking over.',
  });
  const template = PROGRAM_TEMPLATES.preceptorship;
  const program = await host.call<{ id: number }>('programs.create', {
    ...template,
    name: 'E2E trained preceptors',
    requiredTraining: [MODULE],
    matching: { ...template.matching, requireTraining: true },
  });
  const cohort = await host.call<{ id: number }>('cohorts.create', {
    programId: program.id,
    code: 'E2E-TRAIN',
    name: 'Trained preceptors e2e',
    startDate: '2026-01-05',
    endDate: null,
  });
  cohortId = cohort.id;
  const mentor = await host.call<{ id: number }>(
    'people.create',
    staff('E2E-T1', 'Tamsin', 'Okoro', 12),
  );
  const mentee = await host.call<{ id: number }>(
    'people.create',
    staff('E2E-T2', 'Remy', 'Laurent', 1),
  );
  // The starter catalogue asks every mentor for Preceptor essentials: this mentor has it, so
  // the program's own module is the one thing missing.
  const modules = await host.call<{ id: number; name: string }[]>('training.modules', {});
  const essentials = modules.find((m) => m.name === 'Preceptor essentials');
  if (!essentials) throw new Error('the starter catalogue has no Preceptor essentials');
  await host.call('training.record', {
    staffId: mentor.id,
    moduleId: essentials.id,
    completedOn: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
    evidence: null,
  });
  await host.call('enrolments.add', {
    cohortId,
    role: 'mentor',
    staffIds: [mentor.id],
    capacity: 2,
    mentorProfile: { strengths: [] },
  });
  await host.call('enrolments.add', {
    cohortId,
    role: 'mentee',
    staffIds: [mentee.id],
    intake: {},
  });
  // Axe needs a page from an explicit context.
  context = await browser.newContext();
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
});

test('the cohort shows the mentor is missing the required training', async () => {
  await page.goto(host.at(`/cohorts/${cohortId}`));
  await expect(
    page.getByRole('heading', { name: 'Trained preceptors e2e', level: 1 }),
  ).toBeVisible();
  await expect(mentorRow()).toContainText(`Missing ${MODULE}`);
  await expect(
    mentorRow().getByRole('link', { name: `Record training for ${MENTOR}` }),
  ).toBeVisible();
});

test('on the board the untrained mentor refuses the mentee, naming the training', async () => {
  await page.goto(host.at(`/board/${cohortId}`));
  await expect(
    page.getByRole('heading', { name: /Pairing board: Trained preceptors/ }),
  ).toBeVisible();
  const pool = page.locator('.board-pool');
  await expect(pool).toContainText(MENTEE);
  // The column and the card say so in words before anything is tried.
  await expect(pool.locator('.mentee-card')).toContainText('0 eligible mentors');
  await expect(mentorColumn().locator('.capacity-word')).toContainText(`Unavailable:`);
  await expect(mentorColumn().locator('.capacity-word')).toContainText(MODULE);
  await expect(
    mentorColumn().getByRole('link', { name: `Record training for ${MENTOR}` }),
  ).toHaveAttribute('href', /#\/training\/people\/\d+$/);

  // By dragging: refused with the server's words naming the module, and the card stays.
  await drag(page, pool.locator('.mentee-card .card-name'), mentorColumn().locator('.column-head'));
  await expect(alert()).toContainText(MENTOR);
  await expect(alert()).toContainText(new RegExp(`training.*${MODULE}`));
  await expect(alert()).not.toContainText('Preceptor essentials');
  await expect(pool).toContainText(MENTEE);
  await expect(mentorColumn().locator('.mentee-card')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Board totals' })).toContainText('1 unpaired');

  // The keyboard way: "Move to…" lists the mentor, disabled, with the same reason.
  await pool.getByRole('button', { name: `Drag ${MENTEE}` }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Best mentors for ${MENTEE}` })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', `Move ${MENTEE} to…`);
  await page.keyboard.press('Enter');
  const option = pool
    .getByRole('list', { name: `Mentors for ${MENTEE}` })
    .getByRole('button', { name: new RegExp(`^${MENTOR} — `) });
  await expect(option).toBeDisabled();
  await expect(option).toContainText(MODULE);
  await page.keyboard.press('Escape');
});

test("records the completion from the mentor's page", async () => {
  await mentorColumn().getByRole('link', { name: MENTOR, exact: true }).click();
  await expect(page.getByRole('heading', { name: MENTOR, level: 1 })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Training' });
  await expect(summary).toContainText('2 modules required now · 1 up to date');
  await expect(summary.getByRole('list', { name: 'Required training' })).toContainText(
    `Not completed ${MODULE}`,
  );
  await expect(page.getByRole('region', { name: 'Competencies' })).toContainText(
    'No sign-offs yet',
  );
  await expectNoSeriousViolations(page, 'staff page with training and competencies');

  await summary.getByRole('link', { name: 'Open training' }).click();
  await expect(
    page.getByRole('heading', { name: `Training of ${MENTOR}`, level: 1 }),
  ).toBeVisible();
  const section = page.getByRole('region', { name: 'Training' });
  await section.getByRole('button', { name: 'Record a completion' }).click();
  const form = section.getByRole('form', { name: 'Record a completion' });
  await expect(form.getByText(MENTOR)).toBeVisible();
  await form.getByLabel('Training module').selectOption({ label: `${MODULE} (mentors)` });
  await form.getByLabel('Evidence note').fill('Workshop certificate BCB-0412');
  await form.getByRole('button', { name: 'Record completion' }).click();
  await expect(section.getByRole('status')).toContainText(`Recorded ${MODULE}`);
  await expect(
    section.getByRole('table', { name: `Training ${MENTOR} needs now` }).getByRole('row', {
      name: new RegExp(MODULE),
    }),
  ).toContainText('Complete');
});

test('back on the board the same placement succeeds', async () => {
  await page.goto(host.at(`/board/${cohortId}`));
  const pool = page.locator('.board-pool');
  await expect(pool).toContainText(MENTEE);
  await expect(mentorColumn().locator('.capacity-word')).toHaveText('2 places left');
  await expect(pool.locator('.mentee-card')).toContainText('1 eligible mentor');
  await drag(page, pool.locator('.mentee-card .card-name'), mentorColumn().locator('.column-head'));
  await expect(mentorColumn().locator('.mentee-card', { hasText: MENTEE })).toBeVisible();
  await expect(alert()).toBeEmpty();
  await expect(page.getByText(`${MENTEE} is now proposed with ${MENTOR}.`)).toBeVisible();
  await expect(mentorColumn().locator('.capacity-word')).toHaveText('1 place left');
  await expect(page.getByRole('list', { name: 'Board totals' })).toContainText('1 proposed');
});

test("the pairing's page leads to its goals and meetings", async () => {
  await page.getByRole('link', { name: `Details of ${MENTEE}’s pairing` }).click();
  await expect(
    page.getByRole('heading', { name: `${MENTEE} with ${MENTOR}`, level: 1 }),
  ).toBeVisible();
  const goals = page.getByRole('region', { name: 'Goals' });
  await expect(goals).toContainText('still a proposal');
  const meetings = page.getByRole('region', { name: 'Meetings' });
  await expect(meetings).toContainText('Meetings are expected once the pairing is active.');
  await expectNoSeriousViolations(page, 'pairing page with goals and meetings summaries');

  await meetings.getByRole('link', { name: 'Open meetings' }).click();
  await expect(
    page.getByRole('heading', { name: `Meetings: ${MENTEE} with ${MENTOR}`, level: 1 }),
  ).toBeVisible();
  await page.goBack();
  await goals.getByRole('link', { name: 'Open goals' }).click();
  await expect(
    page.getByRole('heading', { name: `Goals: ${MENTEE} with ${MENTOR}`, level: 1 }),
  ).toBeVisible();
});

test("the cohort's mentor table shows the training complete", async () => {
  await page.goto(host.at(`/cohorts/${cohortId}`));
  await expect(mentorRow()).toContainText('Complete');
  await expect(mentorRow()).not.toContainText('Missing');
  await expect(mentorRow().getByRole('link', { name: /Record training/ })).toHaveCount(0);
});
