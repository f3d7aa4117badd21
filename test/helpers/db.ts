import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createContext, type AppContext } from '../../electron/core/context';
import { openDatabase, type Db } from '../../electron/core/db/open';
import type { Clock, WriteContext } from '../../electron/core/db/write';
import { memorySettings } from '../../electron/core/settings';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock tests can move; starts at 2026-11-23 09:00 UTC. */
export function testClock(start = '2026-11-23T09:00:00.000Z'): Clock & { set(iso: string): void } {
  let now = new Date(start);
  return { now: () => new Date(now), set: (iso) => (now = new Date(iso)) };
}

export const TEST_ACTOR = { name: 'educator@test-workstation' };

/** A real SQLite file in a temporary folder, fully migrated, closed after the test. */
export function testDb(): WriteContext & { path: string } {
  const path = join(tempDir(), 'facility.sqlite');
  const db: Db = openDatabase(path, { create: true });
  cleanups.push(() => db.open && db.close());
  return { db, path, actor: TEST_ACTOR, clock: testClock() };
}

/** An application context with settings in memory and nothing open yet. */
export function testContext(): AppContext {
  const ctx = createContext({
    settings: memorySettings(),
    userDataDir: tempDir(),
    actor: TEST_ACTOR,
    clock: testClock(),
  });
  cleanups.push(() => ctx.db?.open && ctx.db.close());
  return ctx;
}

export const ROSTER_PATH = join(
  import.meta.dirname,
  '../../electron/core/demo/watson_healthcare_roster.csv',
);
