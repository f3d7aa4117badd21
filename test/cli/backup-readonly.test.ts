import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../../electron/cli/commands/backup';
import { buildWriter } from '../crash/harness';
import { addPeople, staffAndEvents } from '../core/backup/fixture';
import { tempDir, testDb } from '../helpers/db';

/**
 * `backup` from a read-only source. Tests usually run as root here, and chmod does not stop
 * root: the file case relies on what the command does anyway (it opens the source with
 * better-sqlite3's readonly flag, so a chmod 444 file is read the same way). The folder case
 * is real: when running as root, the command runs as the unprivileged user `nobody` (setpriv),
 * for whom a chmod 555 folder is read-only; otherwise as the current user.
 */
const isRoot = process.getuid?.() === 0;
let cli = '';
let removeCli = () => {};

beforeAll(async () => {
  const built = await buildWriter('electron/cli/main.ts');
  cli = built.writer;
  removeCli = built.remove;
  // The bundle's folder is private to its creator; `nobody` must be able to read it.
  chmodSync(join(cli, '..'), 0o755);
}, 60_000);

afterAll(() => removeCli());

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const hashes = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, sha(join(dir, name))]));

/** A facility database closed cleanly in `dir` (WAL mode: no -wal or -shm left beside it). */
function facilityIn(dir: string, people: number): string {
  const ctx = testDb();
  addPeople(ctx, people);
  ctx.db.close();
  const path = join(dir, 'facility.sqlite');
  copyFileSync(ctx.path, path);
  return path;
}

describe('backup from a read-only source', () => {
  it('copies a chmod 444 file, leaving it byte for byte as it was', async () => {
    const dir = tempDir();
    const path = facilityIn(dir, 4);
    chmodSync(path, 0o444);
    const before = sha(path);
    const copy = join(tempDir(), 'copy.sqlite');
    const out = await backupCommand(['--db', path, '--to', copy]);
    expect(out).toMatchObject({ code: 0, stdout: expect.stringContaining('Backed up') });
    expect(sha(path)).toBe(before);
    const db = new Database(copy, { readonly: true });
    expect(staffAndEvents(db)).toEqual([4, 4]);
    db.close();
  });

  it('copies a database in a read-only folder (no shared-memory file beside it)', () => {
    const dir = tempDir();
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    const path = facilityIn(ro, 5);
    const out = join(dir, 'out');
    mkdirSync(out);
    chmodSync(dir, 0o755);
    chmodSync(out, 0o777);
    chmodSync(path, 0o644);
    chmodSync(ro, 0o555);
    const before = hashes(ro);
    const command = [cli, 'backup', '--db', path, '--to', join(out, 'copy.sqlite')];
    const run = isRoot
      ? spawnSync(
          'setpriv',
          ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...command],
          { encoding: 'utf8', timeout: 30_000 },
        )
      : spawnSync(process.execPath, command, { encoding: 'utf8', timeout: 30_000 });
    chmodSync(ro, 0o755);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Backed up');
    expect(hashes(ro)).toEqual(before);
    expect(existsSync(`${path}-shm`)).toBe(false);
    const db = new Database(join(out, 'copy.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(staffAndEvents(db)).toEqual([5, 5]);
    db.close();
  });

  it('refuses an existing target without --force and leaves it alone', async () => {
    const dir = tempDir();
    const path = facilityIn(dir, 1);
    const target = join(dir, 'taken.sqlite');
    const other = facilityIn(tempDir(), 2);
    copyFileSync(other, target);
    const before = sha(target);
    const out = await backupCommand(['--db', path, '--to', target]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/already exists[\s\S]*Add --force to replace it\./);
    expect(sha(target)).toBe(before);
  });
});
