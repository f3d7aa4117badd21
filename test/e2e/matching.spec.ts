import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { drag } from './support/board';
import { createFirstAdminInUi, startTestHost, type TestHost } from './support/host';
import { expectNoSeriousViolations } from './support/axe';
import { addDays, dayOf } from '../../shared/dates';
import { addMonths } from '../../shared/domain/training';

/**
 * An educator sets up a Neurology preceptorship on the demo facility: a program from its
 * template, a cohort, mentors and mentees picked from filters and by search; then the
 * pairing board: optimise, drag a mentee (refused once, then placed), lock it, optimise again,
 * accept all; finally a pairing is ended early and shows in its timeline and the audit trail.
 */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let context: BrowserContext;
let page: Page;
let movedName = '';
let targetMentor = '';

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  // Axe needs a page from an explicit context.
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await host.close();
});

async function pickFilter(scope: Locator, group: string, option: RegExp, check = true) {
  // Within the group's own menu: the staff list below has checkboxes too.
  const menu = scope
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: group }) });
  await menu.locator('summary').click();
  const box = menu.getByRole('checkbox', { name: option });
  if (check) await box.check();
  else await box.uncheck();
  await page.keyboard.press('Escape');
}

const nav = (name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

test('creates the demo facility on the first-run screen', async () => {
  await page.goto(host.url);
  const create = page.getByRole('region', { name: 'Create a facility database' });
  await create.getByLabel('Facility name').fill('Riverside General Hospital');
  await create
    .getByLabel('Fill it with the demo facility (generated staff from a sample HR roster)')
    .check();
  await create.getByRole('button', { name: 'Create database' }).click();
  await createFirstAdminInUi(page);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });
  await nav('Programs').click();
  await expect(page.getByRole('heading', { name: 'Programs', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New-graduate nurse residency' })).toBeVisible();
});

test('creates a program from the preceptorship template, keeping what was typed', async () => {
  await page.getByRole('link', { name: 'New program' }).click();
  await page.getByRole('button', { name: /Preceptorship \/ onboarding/ }).click();
  await expect(page.getByLabel('Program name')).toHaveValue('Phlebotomy onboarding preceptorship');

  await page.getByLabel('Program name').fill('Neurology nurse preceptorship');
  await page.getByLabel('Duration (weeks)').fill('');
  await page.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByLabel('Duration (weeks)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Expected a whole number')).toBeVisible();
  await expect(page.getByLabel('Program name')).toHaveValue('Neurology nurse preceptorship');

  await page.getByLabel('Duration (weeks)').fill('12');
  await page
    .getByRole('button', { name: 'Remove training module 1: Preceptor essentials' })
    .click();
  await page.getByLabel('Mentor and mentee must work the same shift').uncheck();
  await page.getByLabel('Mentors must have completed the required training').uncheck();
  await page.getByLabel('Any unit').check();
  await page.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Neurology nurse preceptorship' })).toBeVisible();
  await expect(page.getByText('No cohorts yet')).toBeVisible();
});

test('adds a cohort with rolling enrolment', async () => {
  await page.getByRole('button', { name: 'New cohort' }).click();
  const form = page.getByRole('form', { name: 'New cohort' });
  await form.getByLabel('Code').fill('NEU-2027');
  await form.getByLabel('Cohort name').fill('Neurology preceptorship 2027');
  // The end date is filled from the program's duration: emptied, it must be given or rolling.
  await form.getByLabel('End date', { exact: true }).fill('');
  await form.getByRole('button', { name: 'Create cohort' }).click();
  await expect(form.getByText('Choose an end date, or tick “Rolling enrolment”')).toBeVisible();
  await form.getByLabel('Rolling enrolment (no end date)').check();
  await form.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByRole('heading', { name: 'Neurology preceptorship 2027' })).toBeVisible();
  await expect(page.getByText('rolling enrolment')).toBeVisible();
});

test('enrols mentors and mentees picked from filters, one role each, and by search', async () => {
  const enrol = page.getByRole('region', { name: 'Enrol staff' });
  await enrol.getByLabel('Mentors', { exact: true }).check();
  await enrol.getByLabel('Mentees per mentor').fill('2');
  await expect(enrol.getByText(/Choose a unit, role, shift, job level/)).toBeVisible();
  await pickFilter(enrol, 'Unit', /Neurology/);
  await pickFilter(enrol, 'Role', /Registered nurse/);
  await pickFilter(enrol, 'Shift', /Evening/);
  await expect(enrol.getByText('34 staff match.')).toBeVisible();
  await pickFilter(enrol, 'Job level', /Level 2/);
  await expect(enrol.getByText('18 staff match.')).toBeVisible();
  const atLeast = enrol.getByLabel('Years of experience, at least');
  await atLeast.fill('ten');
  await expect(atLeast).toHaveAttribute('aria-invalid', 'true');
  await expect(enrol.getByText('Correct the numbers above to find staff.')).toBeVisible();
  await atLeast.fill('10');
  await expect(enrol.getByText('14 staff match.')).toBeVisible();

  // Pick three from the list with the keyboard: each checkbox is a stop, Space ticks it.
  const list = enrol.getByRole('list', { name: 'Staff found' });
  await expect(enrol.getByText('0 of 14 selected')).toBeVisible();
  await list.getByRole('checkbox').first().focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Space');
    if (i < 2) await page.keyboard.press('Tab');
  }
  await expect(enrol.getByText('3 of 14 selected')).toBeVisible();
  await enrol.getByRole('button', { name: 'Enrol 3 as mentors' }).click();
  await expect(page.getByText('Enrolled 3 mentors.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mentors (3)' })).toBeVisible();
  await expect(enrol.getByText('0 of 11 selected · 3 already in this cohort')).toBeVisible();

  // New graduates on days as mentees: level 1, at most 6 years, then a hire-date window.
  await enrol.getByLabel('Mentees', { exact: true }).check();
  await pickFilter(enrol, 'Shift', /Evening/, false);
  await pickFilter(enrol, 'Shift', /Day/);
  await pickFilter(enrol, 'Job level', /Level 2/, false);
  await pickFilter(enrol, 'Job level', /Level 1/);
  await atLeast.fill('');
  await enrol.getByLabel('Years of experience, at most').fill('6');
  await expect(enrol.getByText('6 staff match.')).toBeVisible();
  const hired = enrol.getByLabel('Hired in the last (months)');
  await hired.fill('0');
  await expect(hired).toHaveAttribute('aria-invalid', 'true');
  await hired.fill('12');
  const since = addMonths(dayOf(new Date()), -12);
  await expect(enrol.getByText(/match(es)?, hired since/)).toContainText(
    new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${since}T00:00:00Z`),
    ),
  );
  await hired.fill('');
  await expect(enrol.getByText('6 staff match.')).toBeVisible();

  await enrol.getByRole('button', { name: 'Select all' }).click();
  await expect(enrol.getByText('6 of 6 selected')).toBeVisible();
  await enrol.getByRole('button', { name: 'Select none' }).click();
  await expect(enrol.getByText('0 of 6 selected')).toBeVisible();
  for (let i = 0; i < 4; i++) await list.getByRole('checkbox').nth(i).check();
  await expect(enrol.getByText('4 of 6 selected')).toBeVisible();
  await enrol.getByRole('button', { name: 'Enrol 4 as mentees' }).click();
  await expect(page.getByText('Enrolled 4 mentees.')).toBeVisible();
  await expectNoSeriousViolations(page, 'cohort page with the bulk enrolment list');

  // One role per cohort: as mentors, the four new mentees cannot be picked, and say why.
  await enrol.getByLabel('Mentors', { exact: true }).check();
  await expect(enrol.getByText('0 of 2 selected · 4 already in this cohort')).toBeVisible();
  const taken = list.getByRole('checkbox', { name: /already a mentee here/ });
  await expect(taken).toHaveCount(4);
  for (const box of await taken.all()) await expect(box).toBeDisabled();

  await enrol.getByLabel('Mentees', { exact: true }).check();
  await enrol.getByLabel('Find a person').fill('1857447');
  await enrol.getByRole('button', { name: 'Enrol Emma Zhang as a mentee' }).click();
  await expect(page.getByText('Enrolled 1 mentee.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mentees (5)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Emma Zhang' })).toBeVisible();
  await enrol.getByLabel('Mentors', { exact: true }).check();
  await expect(
    enrol.getByRole('list', { name: 'People found' }).getByText('Already a mentee here'),
  ).toBeVisible();
  await enrol.getByLabel('Mentees', { exact: true }).check();
});

test('previews edited weights on the program page before saving', async () => {
  await page.getByRole('link', { name: 'Neurology nurse preceptorship' }).click();
  const slider = page.getByRole('slider', { name: /Competency fit/ });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('2');
  await expect(page.getByText('was 5')).toBeVisible();
  // Experience now counts most: the suggested mentors' scores move.
  await page.getByRole('slider', { name: /Experience gap/ }).focus();
  await page.keyboard.press('End');
  await expect(page.getByText('was 2').first()).toBeVisible();
  await expect(page.getByText(/\(was \d+\)/).first()).toBeVisible();
  const preview = page.getByRole('table', { name: /Top 3 mentors/ });
  await expect(preview.getByRole('row')).toHaveCount(6);
  await expect(
    page.getByText('Not saved yet: this is how the suggestions would change.'),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'program page with weight preview');
});

test('optimises the board, refuses a drag onto a full mentor, and places it by dragging', async () => {
  await page.getByRole('link', { name: 'Pairing board of Neurology preceptorship 2027' }).click();
  await expect(page.getByRole('heading', { name: /Pairing board: Neurology/ })).toBeVisible();
  const counts = page.getByRole('list', { name: 'Board totals' });
  await expect(counts).toContainText('5 unpaired');
  await expect(page.locator('.board-column')).toHaveCount(3);

  await page.getByRole('button', { name: 'Optimise the rest' }).click();
  const summary = page.getByRole('region', { name: /Optimised for/ });
  await expect(summary).toContainText('matched 5 of the 5 mentees still to pair');
  // It says what moved: nothing was proposed before, so nobody moved.
  await expect(summary).toContainText('No proposed mentee moved.');
  await expect(counts).toContainText('5 proposed');
  await expectNoSeriousViolations(page, 'pairing board after optimising');
  await summary.getByRole('button', { name: 'Hide' }).click();

  const columns = page.locator('.board-column');
  const full = columns.filter({ has: page.locator('.capacity-word', { hasText: /^Full$/ }) });
  const free = columns.filter({ has: page.locator('.capacity-word', { hasText: '1 place left' }) });
  await expect(full).toHaveCount(2);
  await expect(free).toHaveCount(1);
  targetMentor = (await free.getAttribute('data-mentor')) ?? '';
  const source = full.nth(0);
  const sourceMentor = (await source.getAttribute('data-mentor')) ?? '';
  const card = source.locator('.mentee-card').first();
  movedName = (await card.locator('.card-name').textContent()) ?? '';

  // Onto the other full mentor: refused with the server's words, and the card stays.
  await drag(page, card.locator('.card-name'), full.nth(1).locator('.column-head'));
  const alert = page.locator('.board-alert[role="alert"]');
  await expect(alert).toContainText('is full: 2 of 2 mentees');
  await expect(page.locator(`[data-mentor="${sourceMentor}"]`)).toContainText(movedName);

  // Onto the mentor with a free place.
  const target = page.locator(`[data-mentor="${targetMentor}"]`);
  await drag(page, card.locator('.card-name'), target.locator('.column-head'));
  await expect(target.locator('.mentee-card', { hasText: movedName })).toBeVisible();
  await expect(alert).toBeEmpty();
  await expect(target.locator('.capacity-word')).toHaveText('Full');
});

test('ranks the best mentors for a mentee, each with the reasons for its score', async () => {
  const target = page.locator(`[data-mentor="${targetMentor}"]`);
  const opener = target.getByRole('button', { name: `Best mentors for ${movedName}` });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: `Best mentors for ${movedName}` });
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  const items = dialog.locator('.suggestion');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThan(0);
  expect(await items.count()).toBeLessThanOrEqual(3);
  // A full or the current mentor cannot be chosen; the mentor the card just left has a place.
  for (const item of await items.all()) {
    const heading = item.getByRole('heading');
    await expect(heading).toContainText(/score \d+ · (full|1 place left|current mentor)/);
    const propose = item.getByRole('button', { name: /^Propose with / });
    if (/· (full|current mentor)/.test((await heading.textContent()) ?? ''))
      await expect(propose).toBeDisabled();
    else await expect(propose).toBeEnabled();
    await expect(item.getByRole('row', { name: /Competency fit/ })).toBeVisible();
  }
  await expect(items.filter({ hasText: '1 place left' })).toHaveCount(1);
  await expectNoSeriousViolations(page, 'best mentors dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('locks the moved proposal and keeps it when optimising again, across a reload', async () => {
  const target = page.locator(`[data-mentor="${targetMentor}"]`);
  const lock = target.getByRole('button', { name: `Lock ${movedName}` });
  await lock.click();
  await expect(lock).toHaveAttribute('aria-pressed', 'true');
  await expect(target.locator('.mentee-card', { hasText: movedName })).toContainText('Locked');

  await page.reload();
  await expect(target.getByRole('button', { name: `Lock ${movedName}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByLabel('Aim for').selectOption('best-total');
  await page.getByRole('button', { name: 'Optimise the rest' }).click();
  const again = page.getByRole('region', { name: /Optimised for “best total score”/ });
  await expect(again).toBeVisible();
  await expect(again).toContainText(/No proposed mentee moved|\d+ mentees? moved: /);
  await expect(target.locator('.mentee-card', { hasText: movedName })).toContainText('Locked');

  // The score opens its breakdown: each factor with weight, points and why.
  await target.locator('.mentee-card', { hasText: movedName }).locator('.score-button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('row', { name: /Competency fit/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Experience gap/ })).toContainText('years');
  // Each factor's points out of its maximum ("12.5 of 20").
  await expect(dialog.getByRole('row', { name: /Competency fit/ })).toContainText(
    /\d+(\.\d)? of \d+(\.\d)?/,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The keyboard way: "Move to…" lists every mentor with the places left; full ones are disabled.
  const columns = page.locator('.board-column');
  const free = columns.filter({ has: page.locator('.capacity-word', { hasText: '1 place left' }) });
  const freeId = (await free.getAttribute('data-mentor')) ?? '';
  const card = columns
    .filter({ has: page.locator('.capacity-word', { hasText: /^Full$/ }) })
    .locator('.mentee-card:not(.mentee-card-locked)')
    .first();
  const name = (await card.locator('.card-name').textContent()) ?? '';
  await card.getByText('Move to…').focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: /— Full$/ })).toBeDisabled();
  await card.getByRole('button', { name: /— 1 place left$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-mentor="${freeId}"]`)).toContainText(name);
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', `Drag ${name}`);

  // @dnd-kit's keyboard sensor: Space picks the card up, arrows jump between drop targets.
  await page.keyboard.press('Space');
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(page.locator('.mentee-card-overlay')).toContainText(name);
  // Each press moves one drop target; wait for the announcement before reading it, or the loop
  // reads the previous target and runs out of presses on a wide board.
  for (let i = 0; i < 12; i++) {
    const before = (await live.textContent()) ?? '';
    await page.keyboard.press('ArrowLeft');
    await expect(live)
      .not.toHaveText(before, { timeout: 2_000 })
      .catch(() => undefined);
    if ((await live.textContent())?.includes('over the unpaired pool')) break;
  }
  await expect(live).toContainText(`${name} is over the unpaired pool`);
  await page.keyboard.press('Space');
  await expect(page.locator('.board-pool')).toContainText(name);
  await expect(page.getByText(`${name} is back in the pool.`)).toBeVisible();
  await page.locator('.board-pool').getByText('Move to…').click();
  await page
    .locator('.board-pool')
    .getByRole('button', { name: /— 1 place left$/ })
    .first()
    .click();
  await expect(page.getByRole('list', { name: 'Board totals' })).toContainText('5 proposed');
});

test('accepts all proposals', async () => {
  await page.getByRole('button', { name: /Accept all proposals \(5\)/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Accept all' }).click();
  const counts = page.getByRole('list', { name: 'Board totals' });
  await expect(counts).toContainText('0 proposed');
  await expect(counts).toContainText('5 active');
  await expect(page.getByText('Accepted 5 proposals: they are now active.')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export pairings CSV' }).click();
  expect((await download).suggestedFilename()).toBe('pairings-NEU-2027.csv');
});

test('ends a pairing early with a reason and sees it in the timeline and the audit trail', async () => {
  await page.getByRole('link', { name: `Details of ${movedName}’s pairing` }).click();
  await expect(
    page.getByRole('heading', { name: `${movedName} with`, exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'End early…' }).click();
  const dialog = page.getByRole('dialog', { name: 'End this pairing early?' });
  await expect(dialog).toContainText('or on the day given below) and cannot be resumed');
  const confirm = dialog.getByRole('button', { name: 'End pairing early' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Reason').selectOption({ label: 'Other' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Reason').selectOption({ label: 'Mismatch' });
  await dialog.getByLabel('Note').fill('Different learning styles');
  // It was accepted today, so it cannot have ended yesterday: refused next to the day, nothing kept.
  // Days on the workstation's calendar, as the app counts them.
  const today = dayOf(new Date());
  const yesterday = addDays(today, -1);
  await dialog.getByLabel('Day it happened').fill(yesterday);
  await confirm.click();
  await expect(dialog.getByLabel('Day it happened')).toHaveAttribute('aria-invalid', 'true');
  // The day is shown in the workstation's format, not as ISO.
  await expect(dialog).toContainText(/Today \([^)]+\): it started or last changed today/);
  await expect(dialog).not.toContainText(`Today (${today})`);
  await expect(page.locator('.page-header .badge')).toHaveText('Active');
  await dialog.getByLabel('Day it happened').fill('');
  await confirm.click();

  await expect(page.locator('.page-header .badge')).toHaveText('Ended early');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Active → Ended early');
  await expect(timeline).toContainText('Reason: Mismatch');
  await expect(timeline).toContainText('Note: Different learning styles');
  await expect(page.getByText(/This pairing is closed/)).toBeVisible();

  // On the mentee's page: the pairing with its compact history.
  await page
    .locator('.detail-row', { hasText: 'Mentee' })
    .getByRole('link', { name: movedName })
    .click();
  const pairings = page.getByRole('region', { name: 'Pairings' });
  await expect(pairings).toContainText('Ended early');
  await expect(pairings).toContainText('(Mismatch)');
  await page.goBack();

  await page.getByRole('link', { name: 'Audit history' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  const ended = page.getByRole('row').filter({ hasText: 'ended early' });
  await expect(ended).toHaveCount(1);
  // In plain words: the reason's label, not its code.
  await expect(ended).toContainText('End reason: (empty) → Mismatch');
});

test('a do-not-pair entry flags a running pairing on its page and its card; extending it is refused', async () => {
  await nav('Pairing board').click();
  await page
    .getByRole('list', { name: 'Cohorts' })
    .getByRole('link', { name: /NEU-2027/ })
    .click();
  const active = page.locator('.badge', { hasText: 'Active' });
  const column = page.locator('.board-column').filter({ has: active }).first();
  const card = column.locator('.mentee-card').filter({ has: active }).first();
  const mentee = (await card.locator('.card-name').textContent()) ?? '';
  const mentor = (await column.locator('.column-title').textContent()) ?? '';
  await page.getByRole('link', { name: 'NEU-2027' }).click();

  const dnp = page.getByRole('form', { name: 'Add to the do-not-pair list' });
  await dnp.getByLabel('Mentor').selectOption({ label: mentor });
  await dnp.getByLabel('Mentee').selectOption({ label: mentee });
  await dnp.getByLabel('Reason').fill('Relatives');
  await dnp.getByRole('button', { name: 'Add to the list' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Added to the list.' });
  await expect(notice).toContainText('1 running pairing is flagged');
  await notice.getByRole('link', { name: `${mentee} with ${mentor}` }).click();

  const flags = page.getByRole('note', { name: 'Hard rules broken' });
  await expect(flags).toContainText('This pairing breaks a hard rule');
  await expect(flags).toContainText(
    `Do-not-pair list: ${mentee} and ${mentor} are on the do-not-pair list: Relatives.`,
  );
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Active: flagged');
  await expect(timeline).toContainText('Flagged: do-not-pair entry added (Relatives).');
  await page.getByLabel('New end date').fill('2030-06-30');
  await page.getByRole('button', { name: 'Extend' }).click();
  await expect(
    page.getByText(new RegExp(`^Not extended: ${mentee} cannot be paired with ${mentor}: `)),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'pairing page with a broken hard rule');

  await page.getByRole('main').getByRole('link', { name: 'Pairing board', exact: true }).click();
  await expect(page.locator('.mentee-card', { hasText: mentee })).toContainText('Rule broken: ');
});
