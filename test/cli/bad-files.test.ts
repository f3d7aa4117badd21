import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync,
  mkdtempSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand } from '../../electron/cli/commands/audit';
import { backupCommand } from '../../electron/cli/commands/backup';
import { exportCommand } from '../../electron/cli/commands/export';
import { importRosterCommand } from '../../electron/cli/commands/import-roster';
import type { CommandOutput } from '../../electron/cli/io';
import { createContext } from '../../electron/core/context';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { createFacility, openFacility } from '../../electron/core/facility/service';
import { memorySettings } from '../../electron/core/settings';
import { tempDir, testClock } from '../helpers/db';

/**
 * Every kind of bad --db file gets one true line, the same from the app's facility.open (the
 * host calls the same service) and from every command that opens a database, without a stack
 * trace, and the file (and anything beside it) is left byte for byte as it was.
 */
const previousUserData = process.env.TANDEM_USER_DATA;
let settingsDir = '';
let good = '';
let roster = '';

let shared = '';

beforeAll(async () => {
  // tempDir() folders go after each test; these serve every test.
  shared = mkdtempSync(join(tmpdir(), 'tandem-bad-files-'));
  settingsDir = join(shared, 'settings');
  process.env.TANDEM_USER_DATA = settingsDir;
  const ctx = createContext({
    settings: memorySettings(),
    userDataDir: settingsDir,
    actor: { name: 'bad-files' },
    clock: testClock(),
  });
  good = join(shared, 'good.sqlite');
  await createFacility(ctx, { path: good, name: 'Good', demo: false });
  ctx.db?.close();
  roster = join(shared, 'roster.csv');
  writeFileSync(roster, 'EmployeeNumber,FirstName,LastName\nE1,Ana,Reyes\n');
});

afterAll(() => {
  rmSync(shared, { recursive: true, force: true });
  if (previousUserData === undefined) delete process.env.TANDEM_USER_DATA;
  else process.env.TANDEM_USER_DATA = previousUserData;
});

/** Makes the bad file in a fresh folder and returns its path. */
type Make = (dir: string) => string;

const KINDS: [string, Make, RegExp][] = [
  [
    'a folder',
    (dir) => {
      mkdirSync(join(dir, 'f.sqlite'));
      return join(dir, 'f.sqlite');
    },
    /is a folder, not a facility database file\.$/,
  ],
  [
    'an empty file',
    (dir) => {
      writeFileSync(join(dir, 'f.sqlite'), '');
      return join(dir, 'f.sqlite');
    },
    /is empty \(0 bytes\): it is not a Tandem facility database\. It has not been changed\.$/,
  ],
  [
    'a text file',
    (dir) => {
      writeFileSync(join(dir, 'f.sqlite'), 'Quarterly notes, not a database. '.repeat(30));
      return join(dir, 'f.sqlite');
    },
    /is not a Tandem facility database: it is not an SQLite file\. It has not been changed\.$/,
  ],
  [
    'a truncated database',
    (dir) => {
      const path = join(dir, 'f.sqlite');
      copyFileSync(good, path);
      truncateSync(path, Math.floor(statSync(path).size / 2));
      return path;
    },
    /is truncated: it is \d+ bytes, its SQLite header says \d+\. Restore it from a backup\. It has not been changed\.$/,
  ],
  [
    'a corrupted database',
    (dir) => {
      const path = join(dir, 'f.sqlite');
      copyFileSync(good, path);
      // Scribble over the first page (the schema), after SQLite's 100-byte header.
      const fd = openSync(path, 'r+');
      writeSync(fd, Buffer.alloc(3996, 0x5a), 0, 3996, 100);
      closeSync(fd);
      return path;
    },
    /is damaged: SQLite reports "[^"]*malformed[^"]*"\. Restore it from a backup\. It has not been changed\.$/,
  ],
  [
    "another program's SQLite file",
    (dir) => {
      const path = join(dir, 'f.sqlite');
      const db = new Database(path);
      db.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)');
      db.pragma('user_version = 3');
      db.close();
      return path;
    },
    /is an SQLite file of another program, not a Tandem facility database\. It has not been changed\.$/,
  ],
  [
    'a newer Tandem file',
    (dir) => {
      const path = join(dir, 'f.sqlite');
      copyFileSync(good, path);
      const db = new Database(path);
      db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
      db.close();
      return path;
    },
    /was written by a newer version of Tandem \(schema \d+; this version knows up to \d+\)\. It has not been changed\. Open it with the newer Tandem\.$/,
  ],
  [
    'a creation that did not finish',
    (dir) => {
      const path = join(dir, 'f.sqlite');
      openDatabase(path, { create: true }).close();
      return path;
    },
    /is a Tandem database without a facility: its creation did not finish\. It has not been changed\.$/,
  ],
];

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).map((e) => [
      e.name,
      e.isFile() ? sha(join(dir, e.name)) : 'folder',
    ]),
  );

function oneLine(out: CommandOutput): string {
  expect(out.code).not.toBe(0);
  const text = out.stderr ?? '';
  expect(text).not.toMatch(/\n\s+at /);
  return text.split('\n')[0] ?? '';
}

describe('a bad --db file', () => {
  for (const [kind, make, reason] of KINDS) {
    it(`${kind}: one true line everywhere, and nothing changed`, async () => {
      const dir = tempDir();
      const path = make(dir);
      const before = snapshot(dir);
      const ctx = createContext({ settings: memorySettings(), userDataDir: settingsDir });
      let appMessage = '';
      try {
        openFacility(ctx, path);
      } catch (error) {
        appMessage = (error as Error).message;
      }
      expect(appMessage).toMatch(reason);
      expect(ctx.db).toBeNull();

      const out = join(tempDir(), 'out');
      const lines = [
        oneLine(await importRosterCommand([roster, '--db', path])),
        oneLine(await exportCommand(['--db', path, '--out', out])),
      ];
      // Reading commands: a creation that did not finish is still a Tandem file they can read.
      if (kind !== 'a creation that did not finish') {
        lines.push(oneLine(auditCommand(['verify', '--db', path])));
        if (kind !== 'a newer Tandem file') {
          lines.push(oneLine(await backupCommand(['--db', path, '--to', join(dir, '..', 'b')])));
        }
      }
      for (const line of lines) expect(line).toBe(appMessage);
      expectUnchanged(dir, before);
    });
  }

  it('a missing file: the same line from the app and the reading commands', async () => {
    const path = join(tempDir(), 'missing.sqlite');
    const ctx = createContext({ settings: memorySettings(), userDataDir: settingsDir });
    expect(() => openFacility(ctx, path)).toThrow(`No facility database at ${path}.`);
    expect(oneLine(auditCommand(['verify', '--db', path]))).toBe(
      `No facility database at ${path}.`,
    );
    expect(oneLine(await exportCommand(['--db', path, '--out', join(tempDir(), 'o')]))).toBe(
      `No facility database at ${path}.`,
    );
  });

  it('a read-only file or folder is named as such before anything is written', () => {
    // Tests run as root here, where chmod does not stop a write: the permission probe is
    // replaced, as it would answer for an ordinary user on a chmod 444 file or 555 folder.
    const dir = tempDir();
    const path = join(dir, 'f.sqlite');
    copyFileSync(good, path);
    const before = snapshot(dir);
    expect(() => openDatabase(path, { canWrite: (p) => p !== path })).toThrow(
      /is read-only \(file permissions\): Tandem must be able to write to it\. It has not been changed\.$/,
    );
    expect(() => openDatabase(path, { canWrite: (p) => p === path })).toThrow(
      /^The folder holding .* is read-only: SQLite must create its journal \(-wal, -shm\) beside the database\. It has not been changed\.$/,
    );
    expectUnchanged(dir, before);
  });
});

/**
 * Every file that was there is byte for byte the same. Reading a WAL-mode database, SQLite may
 * add its shared-memory index (-shm) and an empty WAL beside it: no data, and nothing else.
 */
function expectUnchanged(dir: string, before: Record<string, string>): void {
  const after = snapshot(dir);
  for (const [name, hash] of Object.entries(before)) expect(after[name], name).toBe(hash);
  for (const name of Object.keys(after).filter((n) => !(n in before))) {
    expect(name).toMatch(/-(shm|wal)$/);
    if (name.endsWith('-wal')) expect(statSync(join(dir, name)).size).toBe(0);
  }
}
