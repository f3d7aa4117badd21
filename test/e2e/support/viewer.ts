import { join } from 'node:path';
import { startTestHost, type TestHost } from './host';

/** A read-only account every viewer spec signs in as. */
export const E2E_VIEWER = {
  displayName: 'Vera Viewer',
  username: 'vviewer',
  password: 'viewer password 1',
};

/**
 * Adds E2E_VIEWER (as the signed-in administrator) and signs the host's one session in as the
 * viewer: the page, reloaded, is then the viewer's.
 */
export async function signInAsViewer(host: TestHost): Promise<void> {
  await host.call('accounts.create', { ...E2E_VIEWER, role: 'viewer' });
  await host.call('accounts.signIn', {
    username: E2E_VIEWER.username,
    password: E2E_VIEWER.password,
  });
}

/** A host with the demo facility, signed in as its first administrator (the viewer specs' start). */
export async function startDemoHost(): Promise<TestHost> {
  const host = await startTestHost();
  await host.call('facility.create', {
    path: join(host.userDataDir, 'facility.sqlite'),
    name: 'Viewer Test Hospital',
    demo: true,
  });
  return host;
}
