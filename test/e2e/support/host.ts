import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startHost } from '../../../electron/host/server';

export const ROSTER_FILE = resolve('electron/core/demo/watson_healthcare_roster.csv');

export interface TestHost {
  /** The page address with the token (`http://127.0.0.1:port/?token=…`). */
  url: string;
  /** `url` opened at a hash route, e.g. `at('/people')`. */
  at: (route: string) => string;
  userDataDir: string;
  /** Calls the API directly (for setting up data a test is not about). */
  call: <T = unknown>(name: string, input: unknown) => Promise<T>;
  close: () => Promise<void>;
}

/** The first administrator every spec's facility gets (accounts.spec.ts makes its own). */
export const E2E_ADMIN = {
  displayName: 'Erin Educator',
  username: 'eeducator',
  password: 'e2e password 1',
};

async function post<T>(url: string, token: string, name: string, input: unknown): Promise<T> {
  const response = await fetch(new URL('/api/call', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ name, input }),
  });
  const result = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

/**
 * Signs the host's one session in as E2E_ADMIN, creating that first administrator when the open
 * facility has no accounts yet. The host serves one session per process, so the page is then
 * signed in too.
 */
export async function signInThroughApi(url: string, token: string): Promise<void> {
  const status = await post<{ hasAccounts: boolean; user: { username: string } | null }>(
    url,
    token,
    'accounts.status',
    {},
  );
  if (!status.hasAccounts) await post(url, token, 'accounts.createFirstAdmin', E2E_ADMIN);
  else if (status.user?.username !== E2E_ADMIN.username) {
    await post(url, token, 'accounts.signIn', {
      username: E2E_ADMIN.username,
      password: E2E_ADMIN.password,
    });
  }
}

/** The first-administrator step of the first-run screen, as a person fills it in. */
export async function createFirstAdminInUi(page: Page): Promise<void> {
  const form = page.getByRole('region', { name: 'Create the first administrator' });
  await form.getByLabel('Your name').fill(E2E_ADMIN.displayName);
  await form.getByLabel('Username').fill(E2E_ADMIN.username);
  await form.getByLabel(/^Password( \(required\))?$/).fill(E2E_ADMIN.password);
  await form.getByLabel('Password again').fill(E2E_ADMIN.password);
  await form.getByRole('button', { name: 'Create administrator and sign in' }).click();
}

/** A local host on a fresh, empty user-data folder: the first-run screen shows. */
export async function startTestHost(): Promise<TestHost> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
  const host = await startHost({ userDataDir, staticDir: resolve('dist/renderer') });
  return {
    url: host.url,
    at: (route) => `${host.url}#${route}`,
    userDataDir,
    call: async <T>(name: string, input: unknown) => {
      const value = await post<T>(host.url, host.token, name, input);
      // A facility set up through the API is signed in through the API too.
      if (name === 'facility.create' || name === 'facility.open') {
        await signInThroughApi(host.url, host.token);
      }
      return value;
    },
    close: async () => {
      await host.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A facility database filled from the sample roster, set up through the API. */
export async function createFacilityWithRoster(host: TestHost, name: string): Promise<void> {
  await host.call('facility.create', { path: join(host.userDataDir, 'facility.sqlite'), name });
  const contentBase64 = (await readFile(ROSTER_FILE)).toString('base64');
  const preview = await host.call<{ mapping: unknown }>('roster.preview', {
    fileName: 'watson_healthcare_roster.csv',
    contentBase64,
  });
  await host.call('roster.commit', {
    fileName: 'watson_healthcare_roster.csv',
    contentBase64,
    mapping: preview.mapping,
  });
}
