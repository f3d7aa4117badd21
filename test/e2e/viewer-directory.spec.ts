import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { demoCalendar } from '../../electron/core/demo/calendar';
import { dayOf } from '../../shared/dates';
import type { TestHost } from './support/host';
import { signInAsViewer, startDemoHost } from './support/viewer';

/**
 * A viewer reads the directory side of the demo facility (people, a person, programs, a cohort,
 * training, competencies) and is offered no control that would write: no adding or editing
 * staff, programs, cohorts, modules or competencies, no enrolling or withdrawing, no recording,
 * correcting or voiding training, no sign-offs.
 */
test.describe.configure({ mode: 'serial' });

interface Enrolled {
  role: string;
  withdrawn: boolean;
  person: { staffId: number; displayName: string };
}

let host: TestHost;
let context: BrowserContext;
let page: Page;
let cohortId: number;
let programId: number;
let programName: string;
let mentor: Enrolled['person'];
let mentee: Enrolled['person'];
/** Someone with a training completion on record (Correct and Void are offered per completion). */
let trained: { staffId: number; displayName: string };

// The demo dates its history from the day it is built (today, on the host's real clock).
const residency = demoCalendar(dayOf(new Date())).residency;

test.beforeAll(async ({ browser }) => {
  host = await startDemoHost();
  // Found as the administrator, before the session becomes the viewer's.
  const cohorts = await host.call<{ id: number; code: string; programId: number }[]>(
    'cohorts.list',
    {},
  );
  const cohort = cohorts.find((c) => c.code === residency.code);
  if (!cohort) throw new Error(`the demo facility lacks the residency ${residency.code}`);
  cohortId = cohort.id;
  programId = cohort.programId;
  programName = (await host.call<{ name: string }>('programs.get', { id: programId })).name;
  const enrolled = await host.call<Enrolled[]>('enrolments.list', { cohortId });
  const active = (role: string) => enrolled.find((e) => e.role === role && !e.withdrawn)?.person;
  const [firstMentor, firstMentee] = [active('mentor'), active('mentee')];
  if (!firstMentor || !firstMentee) throw new Error('the residency lacks a mentor or a mentee');
  [mentor, mentee] = [firstMentor, firstMentee];
  trained = mentor;
  for (const e of enrolled) {
    const t = await host.call<{ completions: { void: unknown }[] }>('training.forStaff', {
      staffId: e.person.staffId,
    });
    if (t.completions.some((c) => c.void === null)) {
      trained = e.person;
      break;
    }
  }
  await signInAsViewer(host);
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
});

const button = (name: string | RegExp) => page.getByRole('button', { name });
const link = (name: string | RegExp) => page.getByRole('link', { name });

test('the people directory and a person’s page show no way to add, edit, mark or delete', async () => {
  await page.goto(host.at('/people'));
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /of [\d,]+ staff/ })).toBeVisible();
  // The list is virtual: search brings the person into view.
  await page.getByLabel('Search').fill(mentor.displayName);
  await expect(
    page.getByRole('row', { name: new RegExp(mentor.displayName) }).first(),
  ).toBeVisible();
  await expect(link('Add staff member')).toHaveCount(0);

  await page.goto(host.at(`/people/${mentor.staffId}`));
  await expect(page.getByRole('heading', { name: mentor.displayName, level: 1 })).toBeVisible();
  await expect(page.getByText('Employee number')).toBeVisible();
  await expect(link(`Audit history of ${mentor.displayName}`)).toBeVisible();
  await expect(link('Open training')).toBeVisible();
  await expect(link('Edit')).toHaveCount(0);
  await expect(button('Mark as left')).toHaveCount(0);
  await expect(button('Delete')).toHaveCount(0);

  // The form pages, reached by address, say whose they are instead.
  await page.goto(host.at(`/people/${mentor.staffId}/edit`));
  await expect(page.getByText('editing it is for educators')).toBeVisible();
  await expect(button('Save changes')).toHaveCount(0);
  await page.goto(host.at('/people/new'));
  await expect(page.getByText('adding staff is for educators')).toBeVisible();
  await expect(button('Add staff member')).toHaveCount(0);
});

test('programs and a program’s settings are read, not changed', async () => {
  await page.goto(host.at('/programs'));
  await expect(link(programName)).toBeVisible();
  await expect(link('New program')).toHaveCount(0);

  await link(programName).click();
  await expect(page.getByRole('heading', { name: programName, level: 1 })).toBeVisible();
  await expect(page.getByLabel(/^Program name/)).toHaveValue(programName);
  await expect(page.getByLabel(/^Program name/)).toBeDisabled();
  await expect(
    page.getByRole('link', { name: `Pairing board of ${residency.name}` }),
  ).toBeVisible();
  await expect(button('Save changes')).toHaveCount(0);
  await expect(button('New cohort')).toHaveCount(0);
  await expect(button('Add training module')).toHaveCount(0);
  await expect(button(/^Remove training module/)).toHaveCount(0);

  await page.goto(host.at('/programs/new'));
  await expect(page.getByText('starting a new one is for educators')).toBeVisible();
  await expect(button(/Residency|Preceptorship/)).toHaveCount(0);
});

test('a cohort lists its mentors and mentees without enrolling, editing or withdrawing', async () => {
  await page.goto(host.at(`/cohorts/${cohortId}`));
  await expect(page.getByRole('heading', { name: residency.name, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Mentors \(\d+\)$/ })).toBeVisible();
  await expect(link(mentor.displayName).first()).toBeVisible();
  await expect(link(mentee.displayName).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Do-not-pair list' })).toBeVisible();
  await expect(link('Open pairing board')).toBeVisible();
  // The pairings CSV is a download, not a change: a viewer may take it.
  await expect(button('Export pairings CSV')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Enrol staff' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /^Mentees at once for/ })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /can teach/ })).toHaveCount(0);
  await expect(button(/^Withdraw /)).toHaveCount(0);
  await expect(button(/^Edit intake of/)).toHaveCount(0);
  await expect(button(/from the do-not-pair list$/)).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Add to the do-not-pair list' })).toHaveCount(0);
});

test('training: the due list, the catalogue and a person’s history, without recording', async () => {
  await page.goto(host.at('/training'));
  await expect(page.getByRole('heading', { name: 'Training', level: 1 })).toBeVisible();
  await expect(page.getByText(/requirements? due or expiring/)).toBeVisible();
  await expect(button('Record a completion')).toHaveCount(0);
  await expect(button(/^Record completion/)).toHaveCount(0);

  await page.goto(host.at('/training/modules'));
  await expect(page.getByRole('table', { name: 'Training modules' })).toBeVisible();
  await expect(page.getByText(/\d+ modules? in the catalogue/)).toBeVisible();
  await expect(button('Add module')).toHaveCount(0);
  await expect(button(/^Edit /)).toHaveCount(0);

  await page.goto(host.at(`/training/people/${trained.staffId}`));
  await expect(
    page.getByRole('table', { name: `Training history of ${trained.displayName}` }),
  ).toBeVisible();
  await expect(button('Record a completion')).toHaveCount(0);
  await expect(button(/^Correct /)).toHaveCount(0);
  await expect(button(/^Void /)).toHaveCount(0);
});

test('competencies: the matrix, a history, the catalogue and a person, without sign-offs', async () => {
  await page.goto(host.at(`/competencies?cohort=${cohortId}`));
  const grid = page.getByRole('grid', { name: /Competency matrix of/ });
  await expect(grid).toBeVisible();
  await grid.getByRole('gridcell').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 3, name: /^History \(\d+\)$/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Sign off' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /^Correct sign-off/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.goto(host.at('/competencies/catalogue'));
  await expect(page.getByRole('table', { name: 'Competency catalogue' })).toBeVisible();
  await expect(page.getByText(/\d+ of \d+ competencies/)).toBeVisible();
  await expect(button('Add competency')).toHaveCount(0);
  await expect(button(/^Edit /)).toHaveCount(0);

  await page.goto(host.at(`/competencies/people/${mentee.staffId}`));
  await expect(page.getByRole('heading', { name: 'Competencies', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Current competency levels' })).toBeVisible();
  await expect(button(/^History of /).first()).toBeVisible();
  await expect(page.getByLabel('Sign off')).toHaveCount(0);
  await expect(button('Sign off…')).toHaveCount(0);
});
