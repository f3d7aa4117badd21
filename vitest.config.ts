import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // "Today" is the workstation's calendar day; tests pin their instants in UTC, so they run
    // in UTC whatever the machine's zone (test/shared/dates.test.ts covers other zones).
    // The command line anchors the audit trail in the workstation's settings folder; tests
    // that run it keep theirs in a temporary one, never the real ~/.config/Tandem.
    env: { TZ: 'UTC', TANDEM_USER_DATA: join(tmpdir(), `tandem-test-settings-${process.pid}`) },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
