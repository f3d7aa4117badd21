import type { TestHost } from './host';

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
