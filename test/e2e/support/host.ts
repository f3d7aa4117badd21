import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/** A local host on a fresh, empty user-data folder: the first-run screen shows. */
export async function startTestHost(): Promise<TestHost> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
  const host = await startHost({ userDataDir, staticDir: resolve('dist/renderer') });
  return {
    url: host.url,
    at: (route) => `${host.url}#${route}`,
    userDataDir,
    call: async <T>(name: string, input: unknown) => {
      const response = await fetch(new URL('/api/call', host.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify({ name, input }),
      });
      const result = (await response.json()) as
        { ok: true; value: T } | { ok: false; error: { message: string } };
      if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
      return result.value;
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
