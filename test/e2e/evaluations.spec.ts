import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROGRAM_TEMPLATES } from '../../shared/domain/program-templates';
import { startHost, type RunningHost } from '../../electron/host/server';
import { expectNoSeriousViolations } from './support/axe';
import { staffFields } from '../helpers/staff';
import { signInThroughApi } from './support/host';

/**
 * An educator's quarter of evaluations: a mentee's paper form comes back, is entered on her
 * behalf (a missing answer refused next to the question, nothing lost), shows on the pairing's
 * page and is corrected with a reason; then a form of the facility's own is made, answered and
 * edited, which keeps version 1 for its response and saves the change as version 2.
 * Host and browser run on one clock the test sets, so "today" is the same on every run.
 */
test.describe.configure({ mode: 'serial' });

let now = new Date('2026-07-06T09:00:00.000Z');
const setToday = (day: string) => (now = new Date(`${day}T09:00:00.000Z`));
let host: RunningHost;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
let pairingId: number;
let menteeId: number;

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
const notice = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const nameField = () => page.getByRole('textbox', { name: /^Name/ });
const QUARTERLY = 'Quarterly mentee evaluation of the mentorship';

test.beforeAll(async ({ browser }) => {
  userDataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-evaluations-'));
  host = await startHost({
    userDataDir,
    staticDir: resolve(process.env.TANDEM_RENDERER_DIR ?? 'dist/renderer'),
    clock: { now: () => new Date(now) },
  });
  await call('facility.create', {
    path: join(userDataDir, 'facility.sqlite'),
    name: 'Evaluations Test Hospital',
  });
  await signInThroughApi(host.url, host.token);
  // A residency whose one pairing starts on Monday 6 July: the third quarter is its first.
  const template = PROGRAM_TEMPLATES.residency;
  const program = await call<{ id: number }>('programs.create', {
    ...template,
    name: 'E2E residency',
    requiredTraining: [],
    matching: { ...template.matching, requireTraining: false },
  });
  const forms = await call<{ id: number; name: string }[]>('evaluations.forms', {});
  const quarterly = forms.find((f) => f.name === QUARTERLY);
  if (!quarterly) throw new Error(`the starter form "${QUARTERLY}" is missing`);
  await call('evaluations.setPlan', {
    programId: program.id,
    items: [{ formId: quarterly.id, rule: 'quarterly' }],
  });
  const cohort = await call<{ id: number }>('cohorts.create', {
    programId: program.id,
    code: 'E2E-EVAL',
    name: 'Evaluations e2e',
    startDate: '2026-07-06',
    endDate: null,
  });
  const mentor = await call<{ id: number }>(
    'people.create',
    staffFields('E2E-EM1', 'Maya', 'Mentor', { yearsExperience: 14, jobLevel: 4 }),
  );
  const mentee = await call<{ id: number }>(
    'people.create',
    staffFields('E2E-EN1', 'Nadia', 'Newgrad', { yearsExperience: 0, jobLevel: 1 }),
  );
  menteeId = mentee.id;
  await call('enrolments.add', {
    cohortId: cohort.id,
    role: 'mentor',
    staffIds: [mentor.id],
    capacity: 2,
    mentorProfile: { strengths: [] },
  });
  await call('enrolments.add', {
    cohortId: cohort.id,
    role: 'mentee',
    staffIds: [mentee.id],
    intake: {},
  });
  const enrolments = await call<{ id: number; role: string }[]>('enrolments.list', {
    cohortId: cohort.id,
  });
  const proposed = await call<{ id: number }>('pairings.assign', {
    cohortId: cohort.id,
    mentorEnrolmentId: enrolments.find((e) => e.role === 'mentor')?.id,
    menteeEnrolmentId: enrolments.find((e) => e.role === 'mentee')?.id,
  });
  await call('pairings.accept', { ids: [proposed.id] });
  pairingId = proposed.id;

  // Mid-October: the third quarter's evaluation has fallen due.
  setToday('2026-10-12');
  context = await browser.newContext();
  page = await context.newPage();
  await page.clock.setFixedTime(now);
});

test.afterAll(async () => {
  await context?.close();
  await host?.close();
  await rm(userDataDir, { recursive: true, force: true });
});

test('lists the due evaluation with its counts, filters and actions', async () => {
  await page.goto(at('/evaluations'));
  await expect(page.getByRole('heading', { name: 'Evaluations', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evaluations' }),
  ).toHaveClass(/nav-link-active/);
  await expect(page.locator('.page-subtitle')).toContainText(/\d+ due · \d+ overdue/);
  const row = page.getByRole('row', { name: /Nadia Newgrad/ }).filter({ hasText: QUARTERLY });
  await expect(row).toContainText('2026-Q3');
  await expect(row).toContainText('by the mentee');
  await expect(row.getByRole('link', { name: /^Print blank form:/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'evaluations due list');

  // The state filter says what it keeps; clearing it shows the upcoming ones too.
  await expect(page.getByRole('button', { name: 'Remove filter State: Overdue' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /of \d+ evaluations/ })).toBeVisible();
});

test('enters a paper response: a missing answer is refused next to its question, nothing typed is lost', async () => {
  await page.goto(at('/evaluations'));
  await page
    .getByRole('link', {
      name: new RegExp(`^Enter from paper: ${QUARTERLY}, 2026-Q3.*Nadia Newgrad`),
    })
    .click();
  await expect(page.getByRole('heading', { name: QUARTERLY, level: 1 })).toBeVisible();
  await expect(page.getByRole('note')).toContainText(
    'Confidential: educators can see who answered',
  );
  await expect(page.getByText(/Entered by .+ on behalf of Nadia Newgrad \(mentee\)/)).toBeVisible();
  await expect(page.getByLabel('On a paper form, entered now')).toBeChecked();
  await expectNoSeriousViolations(page, 'response entry from paper');

  const form = page.getByRole('form', { name: 'Answers of Nadia Newgrad (mentee)' });
  const questions = form.locator('fieldset.answer, div.answer');
  const count = await questions.count();
  expect(count).toBeGreaterThan(2);
  // Answer every agreement question with "4 Agree" except the first one that is required.
  const likert = form
    .locator('fieldset.answer')
    .filter({ has: page.getByRole('radio', { name: /Agree$/ }) });
  const likertCount = await likert.count();
  expect(likertCount).toBeGreaterThan(1);
  for (let i = 1; i < likertCount; i += 1) {
    await likert
      .nth(i)
      .getByRole('radio', { name: /^4 Agree$/ })
      .check();
  }
  // Any other required question: the first choice.
  for (let i = 0; i < count; i += 1) {
    const q = questions.nth(i);
    const title = await q.locator('.answer-title').innerText();
    if (!title.includes('(required)')) continue;
    if ((await q.getByRole('radio', { name: /Agree$/ }).count()) > 0) continue;
    if ((await q.getByRole('radio').count()) > 0) await q.getByRole('radio').first().check();
    else if ((await q.getByRole('checkbox').count()) > 0)
      await q.getByRole('checkbox').first().check();
    else await q.getByRole('textbox').fill('Steady support on nights.');
  }
  await form.getByLabel('Date written on the paper').fill('2026-09-28');
  await form.getByRole('button', { name: 'Save response' }).click();

  const first = likert.first();
  await expect(first.getByText(/This answer is required/)).toBeVisible();
  await expect(first.getByRole('radio').first()).toHaveAttribute('aria-invalid', 'true');
  await expect(first.getByRole('radio').first()).toBeFocused();
  // What was typed is still there.
  await expect(likert.nth(1).getByRole('radio', { name: /^4 Agree$/ })).toBeChecked();
  await expect(form.getByLabel('Date written on the paper')).toHaveValue('2026-09-28');

  // A date after today is refused next to the date.
  await form.getByLabel('Date written on the paper').fill('2026-11-30');
  await first.getByRole('radio', { name: /^5 Strongly agree$/ }).check();
  await form.getByRole('button', { name: 'Save response' }).click();
  await expect(form.getByLabel('Date written on the paper')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(form.getByText(/The date is after today/)).toBeVisible();

  await form.getByLabel('Date written on the paper').fill('2026-09-28');
  await form.getByRole('button', { name: 'Save response' }).click();
  await expect(
    page.getByRole('heading', { name: /^Evaluations: Nadia Newgrad with Maya Mentor/ }),
  ).toBeVisible();
  await expect(notice(/Response #\d+ saved: .*2026-Q3/)).toBeVisible();
});

test('shows the response on the pairing with who entered it, and corrects it with a reason', async () => {
  const responses = page.getByRole('table', { name: /^Responses for 2026-Q3/ });
  await expect(responses.locator('tbody tr')).toHaveCount(1);
  const row = responses.locator('tbody tr').first();
  await expect(row).toContainText(QUARTERLY);
  await expect(row).toContainText('From paper, entered by');
  await expect(row).toContainText('/ 100');
  await expect(row).toContainText('Current');
  await expectNoSeriousViolations(page, 'pairing evaluations');

  await row.getByRole('button', { name: /^Correct response #\d+/ }).click();
  const form = page.getByRole('form', { name: /^Correct response #\d+/ });
  await expect(form).toContainText('stays in the history, marked as superseded by this correction');
  // The old answers are the starting point.
  const likert = form
    .locator('fieldset.answer')
    .filter({ has: page.getByRole('radio', { name: /Agree$/ }) });
  await expect(likert.first().getByRole('radio', { name: /^5 Strongly agree$/ })).toBeChecked();
  await expect(form.getByLabel('Date written on the paper')).toHaveValue('2026-09-28');
  await likert.first().getByRole('radio', { name: /^3 / }).check();
  await form.getByRole('button', { name: 'Supersede with this correction' }).click();
  await expect(form.getByLabel('Reason for the correction')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(likert.first().getByRole('radio', { name: /^3 / })).toBeChecked();
  await form.getByLabel('Reason for the correction').fill('Circle misread: it was a 3');
  await form.getByRole('button', { name: 'Supersede with this correction' }).click();

  await expect(notice(/Correction #\d+ saved; response #\d+ stays in the history/)).toBeVisible();
  await expect(responses.locator('tbody tr')).toHaveCount(2);
  await expect(responses.locator('tbody tr').nth(0)).toContainText('Current (corrects #');
  await expect(responses.locator('tbody tr').nth(0)).toContainText('Circle misread');
  await expect(responses.locator('tbody tr').nth(1)).toContainText(
    /Superseded by #\d+: Circle misread/,
  );
  await expect(
    responses
      .locator('tbody tr')
      .nth(1)
      .getByRole('button', { name: /Correct/ }),
  ).toHaveCount(0);

  // The pairing's own page sums it up and leads here.
  await page.goto(at(`/pairings/${pairingId}`));
  const card = page.getByRole('region', { name: 'Evaluations' });
  await expect(card).toContainText('1 response in all');
  await expect(card.getByRole('link', { name: 'Open evaluations' })).toBeVisible();
});

let formId = 0;

test('creates a form of its own, refusing a missing name next to the field', async () => {
  await page.goto(at('/evaluations/forms'));
  await expectNoSeriousViolations(page, 'forms list');
  await page.getByRole('link', { name: 'New form' }).click();
  await expect(page.getByRole('heading', { name: 'New form', level: 1 })).toBeVisible();

  const section = page.getByRole('group', { name: 'Section 1' });
  await section.getByLabel('Section title').fill('Support');
  const q1 = section.getByRole('group', { name: 'Question 1' });
  await q1.getByLabel('Question text').fill('My mentor made time for me.');
  await expect(q1.getByLabel('Key')).toHaveValue('my_mentor_made_time_for_me');
  await expect(q1.getByLabel('Label for 5')).toHaveValue('Strongly agree');
  await section.getByRole('button', { name: 'Add question to section 1' }).click();
  const q2 = section.getByRole('group', { name: 'Question 2' });
  await q2.getByLabel('Kind').selectOption({ label: 'Free text' });
  await q2.getByLabel('Question text').fill('What helped most?');
  await q2.getByRole('checkbox', { name: 'Required' }).uncheck();
  await expectNoSeriousViolations(page, 'form editor');

  await page.getByRole('button', { name: 'Create form' }).click();
  await expect(nameField()).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField()).toBeFocused();
  // Nothing typed is lost.
  await expect(q1.getByLabel('Question text')).toHaveValue('My mentor made time for me.');

  await nameField().fill('Night shift support check');
  await page.getByRole('button', { name: 'Create form' }).click();
  await expect(
    page.getByRole('heading', { name: 'Night shift support check', level: 1 }),
  ).toBeVisible();
  await expect(notice('was created as version 1')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Version 1 · not used yet, can still change' }),
  ).toBeVisible();
  await expect(page.getByRole('note')).toContainText(
    'Confidential: educators can see who answered',
  );
  await expectNoSeriousViolations(page, 'form detail');
  formId = Number(/forms\/(\d+)/.exec(page.url())?.[1]);
  expect(formId).toBeGreaterThan(0);
});

test('answers the new form, then an edit is saved as version 2 and version 1 stays frozen', async () => {
  const detail = await call<{ versions: { id: number }[] }>('evaluations.form', { formId });
  const versionId = detail.versions[0]?.id ?? 0;
  await page.goto(
    at(
      `/evaluations/respond?pairingId=${pairingId}&formVersionId=${versionId}&period=2026-Q4&respondentStaffId=${menteeId}&source=respondent`,
    ),
  );
  const form = page.getByRole('form', { name: 'Answers of Nadia Newgrad (mentee)' });
  await form.getByRole('radio', { name: /^4 Agree$/ }).check();
  await form.getByLabel(/What helped most\?/).fill('Being shown the handover twice.');
  await form.getByRole('button', { name: 'Save response' }).click();
  await expect(notice(/Response #\d+ saved: Night shift support check/)).toBeVisible();

  await page.goto(at(`/evaluations/forms/${formId}`));
  await expect(page.getByRole('button', { name: 'Version 1 · frozen: 1 response' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit form' }).click();
  await expect(page.getByRole('note')).toContainText(
    'Version 1 is frozen: it has 1 response. Saving makes version 2',
  );
  const q1 = page.getByRole('group', { name: 'Question 1' });
  await q1.getByLabel('Question text').fill('My mentor made time for me on every shift.');
  // A key a saved version uses stays, so answers line up across versions.
  await expect(q1.getByLabel('Key')).toHaveValue('my_mentor_made_time_for_me');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(
    notice('Version 1 has responses, so your changes were saved as version 2.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Questions of version 2' })).toBeVisible();
  await expect(page.getByText('My mentor made time for me on every shift.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Version 1 · frozen: 1 response' })).toBeVisible();
  await page.getByRole('button', { name: 'Version 1 · frozen: 1 response' }).click();
  await expect(page.getByRole('heading', { name: 'Questions of version 1' })).toBeVisible();
  await expect(page.getByText('My mentor made time for me.', { exact: true })).toBeVisible();
});
