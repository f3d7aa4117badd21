import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { TestHost } from './support/host';
import { signInAsViewer, startDemoHost } from './support/viewer';

/**
 * A viewer reads evaluations, outcomes, print previews, the dashboard and the audit trail of the
 * demo facility, and is offered no control that would write: no response entry, form or plan
 * editing, corrections, ratings, consent records, PDF files or roster import.
 */
test.describe.configure({ mode: 'serial' });

interface Due {
  pairingId: number;
  formVersionId: number;
  period: string;
  state: string;
  respondent: { staffId: number } | null;
}

let host: TestHost;
let context: BrowserContext;
let page: Page;
let due: Due;
let answeredPairingId: number;
let formId: number;
let formName: string;
let cohortId: number;
let ratings: number;

test.beforeAll(async ({ browser }) => {
  host = await startDemoHost();
  // Found as the administrator, before the session becomes the viewer's.
  const open = await host.call<Due[]>('evaluations.due', { states: ['overdue', 'due'] });
  const done = await host.call<Due[]>('evaluations.due', { states: ['done'] });
  const forms = await host.call<{ id: number; name: string }[]>('evaluations.forms', {});
  const cohorts = await host.call<{ id: number }[]>('cohorts.list', {});
  const outcomes = await host.call<{ succession: { ratings: unknown[] } }>(
    'outcomes.dashboard',
    {},
  );
  const [firstDue, firstDone, firstForm, firstCohort] = [open[0], done[0], forms[0], cohorts[0]];
  if (!firstDue || !firstDone || !firstForm || !firstCohort) {
    throw new Error('the demo facility lacks a due or answered evaluation, a form or a cohort');
  }
  due = firstDue;
  answeredPairingId = firstDone.pairingId;
  formId = firstForm.id;
  formName = firstForm.name;
  cohortId = firstCohort.id;
  ratings = outcomes.succession.ratings.length;
  await signInAsViewer(host);
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context?.close();
  await host?.close();
});

const link = (name: string | RegExp) => page.getByRole('link', { name });
const button = (name: string | RegExp) => page.getByRole('button', { name });

test('the due list keeps its rows and blank forms, without entering responses', async () => {
  await page.goto(host.at('/evaluations'));
  await expect(page.getByRole('complementary').getByText('vviewer · Viewer')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Evaluations', level: 1 })).toBeVisible();
  await expect(link(/^Print blank form:/).first()).toBeVisible();
  await expect(link(/^Enter response:/)).toHaveCount(0);
  await expect(link(/^Enter from paper:/)).toHaveCount(0);
});

test('the respond address shows the facts and a sentence instead of the form', async () => {
  const params = new URLSearchParams({
    pairingId: String(due.pairingId),
    formVersionId: String(due.formVersionId),
    period: due.period,
    source: 'paper',
  });
  if (due.respondent) params.set('respondentStaffId', String(due.respondent.staffId));
  await page.goto(host.at(`/evaluations/respond?${params.toString()}`));
  await expect(
    page.getByText('Viewers can read this page; entering responses is for educators.'),
  ).toBeVisible();
  await expect(page.getByText('Respondent', { exact: true })).toBeVisible();
  await expect(button('Save response')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
});

test('forms and plans are read, not edited', async () => {
  await page.goto(host.at('/evaluations/forms'));
  await expect(page.getByRole('row', { name: new RegExp(formName) }).first()).toBeVisible();
  await expect(link('New form')).toHaveCount(0);
  await expect(link(/^Edit /)).toHaveCount(0);

  await page.goto(host.at(`/evaluations/forms/${formId}`));
  await expect(page.getByRole('heading', { name: /^Questions of version/ })).toBeVisible();
  await expect(link('Edit form')).toHaveCount(0);

  for (const route of ['/evaluations/forms/new', `/evaluations/forms/${formId}/edit`]) {
    await page.goto(host.at(route));
    await expect(
      page.getByText('Viewers can read the forms; making and changing them is for educators.'),
    ).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
  }

  await page.goto(host.at('/evaluations/plans'));
  const plan = page.getByRole('region', { name: /^Forms .* asks for$/ });
  await expect(plan).toBeVisible();
  await expect(plan.getByRole('table').or(plan.getByText('asks for no evaluations'))).toBeVisible();
  await expect(button('Save plan')).toHaveCount(0);
  await expect(button('Add a form to the plan')).toHaveCount(0);
});

test("a pairing's responses show without Correct", async () => {
  await page.goto(host.at(`/pairings/${answeredPairingId}/evaluations`));
  const responses = page.getByRole('region', { name: 'Responses' });
  await expect(responses.getByRole('row').nth(1)).toBeVisible();
  await expect(button(/^Correct response/)).toHaveCount(0);
});

test('outcomes keep charts, tables and downloads; the rating and consent forms are gone', async () => {
  await page.goto(host.at('/outcomes'));
  await expect(page.getByRole('heading', { name: 'Succession', level: 2 })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Retention: staff still employed/ })).toBeVisible();
  await expect(button(/Export .* as CSV/).first()).toBeVisible();
  await expect(link('Print report')).toBeVisible();
  expect(ratings).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'Record a readiness rating' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Correct a readiness rating' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Record self-identified data/ })).toHaveCount(0);
  await expect(button(/^Record /)).toHaveCount(0);
});

test('print previews show, without saving PDFs or printing batches', async () => {
  await page.goto(host.at(`/print?kind=blankForm&formVersionId=${due.formVersionId}`));
  await expect(page.locator('.print-preview-canvas')).toBeVisible();
  await expect(button('Save as PDF')).toHaveCount(0);

  await page.goto(host.at(`/print?kind=cohortPacket&cohortId=${cohortId}&quarter=2026-Q3`));
  await expect(page.getByRole('group', { name: 'Print' }).getByLabel('Quarter')).toBeVisible();
  await expect(button('One file per pairing…')).toHaveCount(0);
  await expect(button('Save as PDF')).toHaveCount(0);
});

test('the dashboard keeps counts and links, without importing', async () => {
  await page.goto(host.at('/'));
  await expect(page.getByRole('heading', { name: 'Staff', level: 2 })).toBeVisible();
  await expect(page.getByText('staff in the directory')).toBeVisible();
  await expect(link('See the whole audit trail')).toBeVisible();
  await expect(link(/^Import /)).toHaveCount(0);
});

test('the audit trail stays readable and verifiable', async () => {
  await page.goto(host.at('/audit'));
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await button('Verify trail').click();
  await expect(page.getByRole('status').filter({ hasText: 'Intact:' })).toBeVisible();
});
