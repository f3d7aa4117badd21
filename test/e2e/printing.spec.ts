import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROGRAM_TEMPLATES } from '../../shared/domain/program-templates';
import { startHost, type RunningHost } from '../../electron/host/server';
import { expectNoSeriousViolations } from './support/axe';
import { staffFields } from '../helpers/staff';
import { signInThroughApi } from './support/host';

/**
 * An educator prints the paper: chooses A4 and a folder for the PDFs, previews one pairing's
 * packet for the last quarter and saves it (Ctrl+P leads to the same preview), then prints a
 * whole cohort's packets in the background with a progress bar, to one file per pairing and a
 * combined file. A cohort without pairings is refused with the service's reason.
 * Host and browser run on one clock the test sets.
 */
test.describe.configure({ mode: 'serial' });

let now = new Date('2026-07-06T09:00:00.000Z');
const setToday = (day: string) => (now = new Date(`${day}T09:00:00.000Z`));
let host: RunningHost;
let userDataDir: string;
let outputFolder: string;
let context: BrowserContext;
let page: Page;
let pairingId: number;
let cohortId: number;
let emptyCohortId: number;
const MENTEES = ['Nadia Newgrad', 'Omar Orientee', 'Priya Preceptee', 'Quinn Quickstart'];

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
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-']).toString();

test.beforeAll(async ({ browser }) => {
  userDataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-printing-'));
  outputFolder = join(userDataDir, 'Packets for the file');
  host = await startHost({
    userDataDir,
    staticDir: resolve(process.env.TANDEM_RENDERER_DIR ?? 'dist/renderer'),
    clock: { now: () => new Date(now) },
  });
  await call('facility.create', {
    path: join(userDataDir, 'facility.sqlite'),
    name: 'Printing Test Hospital',
  });
  await signInThroughApi(host.url, host.token);
  // A residency whose four pairings start on Monday 6 July, and a cohort nobody is paired in.
  const template = PROGRAM_TEMPLATES.residency;
  const program = await call<{ id: number }>('programs.create', {
    ...template,
    name: 'E2E printed residency',
    requiredTraining: [],
    matching: { ...template.matching, requireTraining: false },
  });
  const cohort = await call<{ id: number }>('cohorts.create', {
    programId: program.id,
    code: 'E2E-PRINT',
    name: 'Printing e2e',
    startDate: '2026-07-06',
    endDate: null,
  });
  cohortId = cohort.id;
  const empty = await call<{ id: number }>('cohorts.create', {
    programId: program.id,
    code: 'E2E-EMPTY',
    name: 'Nobody paired yet',
    startDate: '2026-07-06',
    endDate: null,
  });
  emptyCohortId = empty.id;
  for (const [i, name] of MENTEES.entries()) {
    const [first, last] = name.split(' ');
    const mentor = await call<{ id: number }>(
      'people.create',
      staffFields(`E2E-PM${i}`, `Mentor${i}`, 'Senior', { yearsExperience: 12, jobLevel: 4 }),
    );
    const mentee = await call<{ id: number }>(
      'people.create',
      staffFields(`E2E-PN${i}`, first ?? null, last ?? null, { yearsExperience: 0, jobLevel: 1 }),
    );
    await call('enrolments.add', {
      cohortId,
      role: 'mentor',
      staffIds: [mentor.id],
      capacity: 1,
      mentorProfile: { strengths: [] },
    });
    await call('enrolments.add', { cohortId, role: 'mentee', staffIds: [mentee.id], intake: {} });
    const enrolments = await call<{ id: number; role: string; person: { staffId: number } }[]>(
      'enrolments.list',
      { cohortId },
    );
    const proposed = await call<{ id: number }>('pairings.assign', {
      cohortId,
      mentorEnrolmentId: enrolments.find((e) => e.person.staffId === mentor.id)?.id,
      menteeEnrolmentId: enrolments.find((e) => e.person.staffId === mentee.id)?.id,
    });
    await call('pairings.accept', { ids: [proposed.id] });
    if (i === 0) pairingId = proposed.id;
  }

  // Mid-October: the third quarter is over and its packets are due.
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

test('chooses the paper and the folder PDFs go to in Settings', async () => {
  await page.goto(at('/settings'));
  const card = page.getByRole('region', { name: 'Printing' });
  await card.getByLabel('A4 (210 × 297 mm)').check();
  await card.getByLabel('Output folder').fill(outputFolder);
  await card.getByRole('button', { name: 'Save printing settings' }).click();
  await expect(card.getByRole('status')).toContainText(
    `Saved: A4 (210 × 297 mm), PDFs go to ${outputFolder}.`,
  );
  await expectNoSeriousViolations(page, 'settings with printing');
});

test('previews a pairing’s packet for the previous quarter and saves it as a PDF', async () => {
  await page.goto(at(`/pairings/${pairingId}`));
  await page.getByRole('button', { name: 'Print packet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the quarterly evaluation packet' });
  // The previous quarter is offered first.
  await expect(dialog.getByLabel('Quarter')).toHaveValue('2026-Q3');
  await dialog.getByRole('button', { name: 'Preview packet' }).click();

  await expect(page).toHaveURL(/#\/print\?kind=packet&pairingId=\d+&quarter=2026-Q3/);
  await expect(
    page.getByRole('heading', { level: 1, name: /Quarterly evaluation packet 2026-Q3/ }),
  ).toBeVisible();
  await expect(page.getByText('Paper: A4 (210 × 297 mm)')).toBeVisible();
  const sheet = page.locator('.print-preview-canvas .print-doc');
  await expect(sheet).toContainText('Nadia Newgrad');
  await expect(sheet).toContainText('Signature');
  await expectNoSeriousViolations(page, 'print preview');

  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const saved = notice(/^Saved to .+\.pdf \(\d+ pages?\)\.$/);
  await expect(saved).toBeVisible({ timeout: 60_000 });
  const path = /^Saved to (.+\.pdf) \(/.exec((await saved.innerText()).trim())?.[1] ?? '';
  expect(path.startsWith(outputFolder)).toBe(true);
  expect(existsSync(path)).toBe(true);
  const text = pdfText(path);
  expect(text).toContain('Nadia Newgrad');
  expect(text).toMatch(/Page 1 of \d+/);
});

test('Ctrl+P on a pairing’s page opens the preview of its packet', async () => {
  await page.goto(at(`/pairings/${pairingId}`));
  await expect(page.getByRole('button', { name: 'Print packet…' })).toBeVisible();
  await page.keyboard.press('Control+p');
  await expect(page).toHaveURL(
    new RegExp(`#/print\\?kind=packet&pairingId=${pairingId}&quarter=2026-Q3`),
  );
  await expect(page.locator('.print-preview-canvas .print-doc')).toContainText('Nadia Newgrad');
});

test('prints a cohort’s packets in the background with progress, to one file each and a combined file', async () => {
  await page.goto(at(`/cohorts/${cohortId}`));
  await page.getByRole('button', { name: 'Print packets…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Print packets for E2E-PRINT, quarter/ });
  await dialog.getByLabel('Quarter').selectOption('2026-Q3');
  await expect(dialog).toHaveAccessibleName('Print packets for E2E-PRINT, quarter 2026-Q3');
  await dialog.getByRole('button', { name: 'Print packets' }).click();

  const panel = page.getByRole('region', { name: 'Packets for E2E-PRINT, 2026-Q3' });
  await expect(
    panel.getByRole('progressbar', { name: /Printing packets for E2E-PRINT, 2026-Q3/ }),
  ).toBeVisible();
  await expect(panel).toContainText(/\d of 4 packets/);
  // The page stays usable while it prints.
  await expect(page.getByRole('button', { name: 'Print packets…' })).toBeDisabled();
  await expect(page.getByRole('heading', { name: /Mentors/ })).toBeVisible();

  await expect(panel).toContainText('Done: Printed 4 packets for E2E-PRINT, 2026-Q3.', {
    timeout: 90_000,
  });
  await expect(panel).toContainText('4 packet files');
  const combined = (await panel.locator('dt:text-is("Combined file") + dd').innerText()).trim();
  expect(combined.startsWith(outputFolder)).toBe(true);
  expect(existsSync(combined)).toBe(true);
  const text = pdfText(combined);
  for (const mentee of MENTEES) expect(text).toContain(mentee);
  await expectNoSeriousViolations(page, 'cohort with a finished batch');
  await panel.getByRole('button', { name: /^Close/ }).click();
  await expect(panel).toHaveCount(0);
});

test('cancelling a batch stops it and says so, with no combined file', async () => {
  await page.getByRole('button', { name: 'Print packets…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Print packets for E2E-PRINT, quarter/ });
  await dialog.getByLabel('Quarter').selectOption('2026-Q3');
  await dialog.getByRole('button', { name: 'Print packets' }).click();
  const panel = page.getByRole('region', { name: 'Packets for E2E-PRINT, 2026-Q3' });
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel).toContainText(/Cancelled: Stopped after \d of 4 packets/);
  await expect(panel).toContainText('no combined file was made');
  await expect(panel.getByText('Combined file', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print packets…' })).toBeEnabled();
});

test('a cohort without pairings is refused with the reason, and nothing starts', async () => {
  await page.goto(at(`/cohorts/${emptyCohortId}`));
  await page.getByRole('button', { name: 'Print packets…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Print packets for E2E-EMPTY/ });
  await dialog.getByLabel('Quarter').selectOption('2026-Q3');
  await dialog.getByRole('button', { name: 'Print packets' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(page.locator('.batch-panel')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
