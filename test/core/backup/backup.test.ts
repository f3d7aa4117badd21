import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import { backupTo, openReadOnly } from '../../../electron/core/backup/copy';
import { restoreDatabase } from '../../../electron/core/backup/restore';
import { openDatabase } from '../../../electron/core/db/open';
import { TEST_ACTOR, tempDir, testClock, testDb } from '../../helpers/db';
import { addPeople, staffAndEvents } from './fixture';

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('backup', () => {
  it('is consistent when taken while another connection keeps writing', async () => {
    const ctx = testDb();
    addPeople(ctx, 4000);
    const writer = openDatabase(ctx.path);
    const wctx = { db: writer, actor: TEST_ACTOR, clock: testClock() };
    let writes = 0;
    let done = false;
    const keepWriting = (): void => {
      if (done) return;
      addPeople(wctx, 5, `W${writes}-`);
      writes += 1;
      setImmediate(keepWriting);
    };
    setImmediate(keepWriting);
    const copy = join(tempDir(), 'copy.sqlite');
    await backupTo(ctx.db, ctx.path, copy);
    done = true;
    writer.close();
    expect(writes).toBeGreaterThan(0);
    const db = openReadOnly(copy);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const [staff, events] = staffAndEvents(db);
    expect(staff).toBe(events);
    expect(staff).toBeGreaterThanOrEqual(4000);
    expect(verifyAuditTrail(db)).toMatchObject({ intact: true });
    db.close();
  });

  it('refuses an existing file unless told to replace it, and never the database itself', async () => {
    const ctx = testDb();
    addPeople(ctx, 3);
    const target = join(tempDir(), 'exists.sqlite');
    writeFileSync(target, 'keep me');
    await expect(backupTo(ctx.db, ctx.path, target)).rejects.toThrow(/to: .* already exists/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    await expect(backupTo(ctx.db, ctx.path, ctx.path, { overwrite: true })).rejects.toThrow(
      /is the database itself/,
    );
    await backupTo(ctx.db, ctx.path, target, { overwrite: true });
    const db = openReadOnly(target);
    expect(staffAndEvents(db)).toEqual([3, 3]);
    db.close();
    expect(readdirSync(dirname(target)).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('works from a read-only connection', async () => {
    const ctx = testDb();
    addPeople(ctx, 2);
    ctx.db.close();
    const source = openReadOnly(ctx.path);
    const copy = join(tempDir(), 'ro.sqlite');
    await backupTo(source, ctx.path, copy);
    source.close();
    const db = openReadOnly(copy);
    expect(staffAndEvents(db)).toEqual([2, 2]);
    db.close();
  });
});

describe('restore', () => {
  async function withBackup() {
    const ctx = testDb();
    addPeople(ctx, 10);
    const copy = join(tempDir(), 'copy.sqlite');
    await backupTo(ctx.db, ctx.path, copy);
    addPeople(ctx, 5, 'After');
    ctx.db.close();
    return { ...ctx, copy };
  }

  const restore = (dbPath: string, from: string) =>
    restoreDatabase({
      dbPath,
      from,
      now: new Date('2026-12-01T10:00:00Z'),
      current: null,
      closeCurrent: () => undefined,
    });

  it('puts the backup in place after keeping the current database beside it', async () => {
    const f = await withBackup();
    const outcome = await restore(f.path, f.copy);
    expect(outcome).toMatchObject({ facility: 'St Backup', auditEvents: 11 });
    const db = openDatabase(f.path);
    expect(staffAndEvents(db)).toEqual([10, 10]);
    db.close();
    expect(outcome.safetyCopy).toBe(
      join(dirname(f.path), 'facility before restore 2026-12-01 100000.sqlite'),
    );
    const kept = openReadOnly(outcome.safetyCopy ?? '');
    expect(staffAndEvents(kept)).toEqual([15, 15]);
    kept.close();
  });

  it.each([
    [
      'a corrupt file',
      (path: string) => {
        const bytes = readFileSync(path);
        bytes.fill(0x5a, 4096 * 3, 4096 * 6);
        writeFileSync(path, bytes);
      },
      /cannot be restored: .*(integrity|not a readable|malformed)/i,
    ],
    [
      'a file that is not SQLite',
      (path: string) => writeFileSync(path, 'hello'),
      /cannot be restored/,
    ],
    [
      'a file from a newer Tandem',
      (path: string) => {
        const db = new Database(path);
        db.pragma('user_version = 999');
        db.close();
      },
      /newer Tandem \(schema 999/,
    ],
    [
      'a file whose audit trail was edited',
      (path: string) => {
        const db = new Database(path);
        db.exec('DROP TRIGGER audit_events_no_update');
        db.prepare("UPDATE audit_events SET actor = 'mallory' WHERE id = 3").run();
        db.close();
      },
      /audit trail is broken: event 3 was altered/,
    ],
  ])('refuses %s and changes nothing', async (_name, spoil, message) => {
    const f = await withBackup();
    spoil(f.copy);
    const before = sha(f.path);
    const files = readdirSync(dirname(f.path)).sort();
    await expect(restore(f.path, f.copy)).rejects.toThrow(message);
    expect(sha(f.path)).toBe(before);
    expect(readdirSync(dirname(f.path)).sort()).toEqual(files);
    expect(existsSync(f.path)).toBe(true);
  });
});
