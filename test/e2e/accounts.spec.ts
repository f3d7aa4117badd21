import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { startTestHost, type TestHost } from './support/host';

/**
 * Accounts on a shared workstation: the first run asks for the first administrator, who adds a
 * viewer; five wrong passwords lock an account; the viewer sees no write buttons and the core
 * refuses the writes anyway; after the idle time the window locks and the password resumes it.
 */
test.describe.configure({ mode: 'serial' });

let host: TestHost;
let page: Page;

const ADMIN = { name: 'Ana Ruiz', username: 'aruiz', password: 'ana password 1' };
const VIEWER = { name: 'Vic Viewer', username: 'vviewer', password: 'vic password 1' };

/** A call with the host's token but no set-up help: answers as they are, refusals included. */
async function rawCall(name: string, input: unknown) {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const response = await fetch(new URL('/api/call', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ name, input }),
  });
  return (await response.json()) as
    { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
}

const nav = () => page.getByRole('navigation', { name: 'Main' });
const password = (scope: Page | ReturnType<Page['getByRole']>) =>
  scope.getByLabel(/^Password( \(required\))?$/);

async function signIn(username: string, secret: string) {
  const form = page.getByRole('region', { name: /^Sign in to/ });
  await form.getByLabel(/^Username/).fill(username);
  await password(form).fill(secret);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut() {
  await page.getByRole('complementary').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: /^Sign in to/ })).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  host = await startTestHost();
  page = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  await page.context().close();
  await host.close();
});

test('the first run asks for the first administrator before anything else', async () => {
  await page.goto(host.url);
  const create = page.getByRole('region', { name: 'Create a facility database' });
  await create.getByLabel('Facility name').fill('Riverside General Hospital');
  await create.getByRole('button', { name: 'Create database' }).click();

  const form = page.getByRole('region', { name: 'Create the first administrator' });
  await expect(form).toBeVisible();
  await expect(nav()).toHaveCount(0);
  // Signed out, the core refuses program work whatever the page shows.
  expect(await rawCall('people.list', {})).toMatchObject({
    ok: false,
    error: { code: 'unauthorized' },
  });
  await expectNoSeriousViolations(page, 'first administrator');

  await form.getByLabel('Your name').fill(ADMIN.name);
  await form.getByLabel('Username').fill(ADMIN.username);
  await password(form).fill('short');
  await form.getByLabel('Password again').fill('short');
  await form.getByRole('button', { name: 'Create administrator and sign in' }).click();
  await expect(form.getByText('The password needs at least 10 characters')).toBeVisible();
  await password(form).fill(ADMIN.password);
  await form.getByLabel('Password again').fill(`${ADMIN.password}x`);
  await form.getByRole('button', { name: 'Create administrator and sign in' }).click();
  await expect(form.getByText('The two passwords differ')).toBeVisible();
  await form.getByLabel('Password again').fill(ADMIN.password);
  await form.getByRole('button', { name: 'Create administrator and sign in' }).click();

  await expect(nav()).toBeVisible();
  const sidebar = page.getByRole('complementary');
  await expect(sidebar.getByText(ADMIN.name, { exact: true })).toBeVisible();
  await expect(sidebar.getByText('aruiz · Administrator')).toBeVisible();
});

test('the administrator adds a viewer on the Accounts page', async () => {
  await nav().getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  const add = page.getByRole('region', { name: 'Add an account' });
  await add.getByLabel(/^Name/).fill(VIEWER.name);
  await add.getByLabel(/^Username/).fill(VIEWER.username);
  await add.getByLabel('Role').selectOption('viewer');
  await password(add).fill(VIEWER.password);
  await add.getByLabel('Password again').fill(VIEWER.password);
  await add.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vic Viewer (vviewer)' })).toBeVisible();
  const row = page.getByRole('row', { name: /Vic Viewer/ });
  await expect(row.getByLabel('Role of Vic Viewer')).toHaveValue('viewer');
  await expect(row).toContainText('Active');
  await expectNoSeriousViolations(page, 'accounts page');
  // The audit trail names the administrator, and never a password.
  const audit = await rawCall('audit.list', {});
  expect(audit.ok).toBe(true);
  expect(JSON.stringify(audit)).toContain('Ana Ruiz (aruiz)');
  expect(JSON.stringify(audit)).not.toContain(VIEWER.password);
});

test('five wrong passwords lock the account for five minutes, and say until when', async () => {
  await signOut();
  await expectNoSeriousViolations(page, 'sign-in page');
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await signIn(VIEWER.username, `wrong password ${attempt}`);
    await expect(page.getByRole('alert')).toContainText('Wrong username or password.');
  }
  await signIn(VIEWER.username, 'wrong password 5');
  await expect(page.getByRole('alert')).toContainText(
    /locked after 5 failed attempts until \d\d:\d\d \(5 minutes\)/,
  );
  // Even the right password waits for the lockout (or an administrator).
  await signIn(VIEWER.username, VIEWER.password);
  await expect(page.getByRole('alert')).toContainText('is locked after 5 failed attempts');
  await expect(nav()).toHaveCount(0);

  await signIn(ADMIN.username, ADMIN.password);
  await nav().getByRole('link', { name: 'Accounts' }).click();
  const row = page.getByRole('row', { name: /Vic Viewer/ });
  await expect(row).toContainText('Locked until');
  await row.getByRole('button', { name: 'Unlock Vic Viewer' }).click();
  await expect(row).toContainText('Active');
});

test('a viewer sees no write buttons, and the core refuses the writes anyway', async () => {
  await signOut();
  await signIn(VIEWER.username, VIEWER.password);
  await expect(nav()).toBeVisible();
  await expect(page.getByRole('complementary').getByText('vviewer · Viewer')).toBeVisible();
  for (const place of ['Import roster', 'Export', 'Accounts']) {
    await expect(nav().getByRole('link', { name: place, exact: true })).toHaveCount(0);
  }
  await nav().getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename facility' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save lock time' })).toHaveCount(0);
  await expect(page.getByLabel('Facility name')).toHaveAttribute('readonly', '');

  // The page is read-only; the core is what enforces it, for every caller with the token.
  for (const [name, input] of [
    ['people.create', { employeeNumber: 'V1', firstName: 'No', lastName: 'Way' }],
    ['facility.rename', { name: 'Renamed by a viewer' }],
    [
      'accounts.create',
      { displayName: 'X', username: 'xx', role: 'admin', password: 'x'.repeat(12) },
    ],
    ['accounts.setIdleLock', { seconds: 3600 }],
  ] as const) {
    const result = await rawCall(name, input);
    expect(result, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }
  expect(await rawCall('people.list', {})).toMatchObject({ ok: true });
});

test('after the idle time the window locks, and the password resumes it', async () => {
  await signOut();
  await signIn(ADMIN.username, ADMIN.password);
  await nav().getByRole('link', { name: 'Settings' }).click();
  const lock = page.getByRole('region', { name: 'Automatic lock' });
  await expect(lock).toContainText('10 minutes');
  await lock.getByLabel('Lock after (minutes)').fill('0.1');
  await lock.getByRole('button', { name: 'Save lock time' }).click();
  await expect(lock.getByRole('status')).toHaveText(
    'Tandem now locks after 6 seconds without activity.',
  );
  // Something typed on the page stays there under the lock screen.
  await page.getByLabel('Facility name').fill('Riverside General (draft)');

  const dialog = page.getByRole('dialog', { name: 'Tandem is locked' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toContainText('Ana Ruiz (aruiz)');
  expect(await rawCall('people.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  await expectNoSeriousViolations(page, 'lock screen');

  await dialog.getByLabel(/^Password for aruiz/).fill('not my password');
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Wrong username or password.');
  await dialog.getByLabel(/^Password for aruiz/).fill(ADMIN.password);
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Facility name')).toHaveValue('Riverside General (draft)');

  // Locked again, someone else may sign in instead.
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Sign in as someone else' }).click();
  await dialog.getByLabel(/^Username/).fill(VIEWER.username);
  await password(dialog).fill(VIEWER.password);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('complementary').getByText('vviewer · Viewer')).toBeVisible();
});
