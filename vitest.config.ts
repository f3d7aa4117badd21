import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // "Today" is the workstation's calendar day; tests pin their instants in UTC, so they run
    // in UTC whatever the machine's zone (test/shared/dates.test.ts covers other zones).
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
