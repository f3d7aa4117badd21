import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_EXIT, auditCommand } from '../../electron/cli/commands/audit';
import { anchorLogPath } from '../../electron/core/audit/anchors';
import { GENESIS_HASH, eventHash } from '../../electron/core/audit/chain';
import { rowToContent, type AuditRow } from '../../electron/core/audit/trail';
import { createContext } from '../../electron/core/context';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { backupTo } from '../../electron/core/backup/copy';
import { restoreDatabase } from '../../electron/core/backup/restore';
import { openForReading } from '../../electron/core/db/diagnose';
import { createFacility, openFacility, renameFacility } from '../../electron/core/facility/service';
import { memorySettings } from '../../electron/core/settings';
import { tempDir, testClock } from '../helpers/db';

/** A facility whose 11 commits (creation and 10 renames) were anchored in `dir`'s log. */
async function anchoredFacility(): Promise<{ dir: string; db: string; anchors: string }> {
  const dir = tempDir();
  const ctx = createContext({
    settings: memorySettings(),
    userDataDir: dir,
    actor: { name: 'auditor-test' },
    clock: testClock(),
  });
  const db = join(dir, 'facility.sqlite');
  await createFacility(ctx, { path: db, name: 'Anchored', demo: false });
  for (let i = 1; i <= 10; i += 1) renameFacility(ctx, `Anchored ${i}`);
  ctx.db?.close();
  return { dir, db, anchors: anchorLogPath(dir) };
}

function verify(db: string, anchors: string) {
  return auditCommand(['verify', '--db', db, '--anchors', anchors]);
}

/** Opens the file as an attacker would: the triggers that forbid editing the trail dropped. */
function tamper(path: string, change: (raw: Database.Database) => void): void {
  const raw = new Database(path);
  raw.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete');
  change(raw);
  raw.close();
}

/** Recomputes every hash from event `from` on, as someone hiding an edit would. */
function rechain(raw: Database.Database, from: number): void {
  const rows = raw
    .prepare('SELECT * FROM audit_events WHERE id >= ? ORDER BY id')
    .all(from) as AuditRow[];
  let prev =
    from === 1
      ? GENESIS_HASH
      : (raw
          .prepare('SELECT hash FROM audit_events WHERE id = ?')
          .pluck()
          .get(from - 1) as string);
  const update = raw.prepare('UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?');
  for (const row of rows) {
    const hash = eventHash(prev, rowToContent(row));
    update.run(prev, hash, row.id);
    prev = hash;
  }
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('audit verify held to the anchors', () => {
  it('says intact up to the last anchor when every anchor holds', async () => {
    const { db, anchors } = await anchoredFacility();
    expect(readFileSync(anchors, 'utf8').trim().split('\n')).toHaveLength(11);
    const out = verify(db, anchors);
    expect(out.code).toBe(AUDIT_EXIT.intact);
    expect(out.stdout).toMatch(/^Audit trail intact: 11 events, head [0-9a-f]{16}…$/m);
    expect(out.stdout).toContain('holds all 11 anchors');
  });

  it('finds the last events removed (exit 3)', async () => {
    const { db, anchors } = await anchoredFacility();
    tamper(db, (raw) => raw.exec('DELETE FROM audit_events WHERE id > 8'));
    const out = verify(db, anchors);
    expect(out.code).toBe(AUDIT_EXIT.missing);
    expect(out.stderr).toContain('anchored event 11');
    expect(out.stderr).toContain('the trail ends at event 8');
  });

  it('finds every event removed (exit 3)', async () => {
    const { db, anchors } = await anchoredFacility();
    tamper(db, (raw) => raw.exec('DELETE FROM audit_events'));
    const out = verify(db, anchors);
    expect(out.code).toBe(AUDIT_EXIT.missing);
    expect(out.stderr).toContain('no audit events at all');
  });

  it('finds a chain recomputed after an edit (exit 4)', async () => {
    const { db, anchors } = await anchoredFacility();
    tamper(db, (raw) => {
      raw.prepare("UPDATE audit_events SET actor = 'someone else' WHERE id = 5").run();
      rechain(raw, 5);
    });
    const out = verify(db, anchors);
    expect(out.code).toBe(AUDIT_EXIT.rewritten);
    expect(out.stderr).toMatch(
      /anchored event 5 .*with hash [0-9a-f]{16}…, but the file's event 5/,
    );
  });

  it('finds a chain recomputed from the first event: the anchors belong to another trail (exit 4)', async () => {
    const { db, anchors } = await anchoredFacility();
    tamper(db, (raw) => {
      raw.prepare("UPDATE audit_events SET actor = 'someone else' WHERE id = 1").run();
      rechain(raw, 1);
    });
    const out = verify(db, anchors);
    expect(out.code).toBe(AUDIT_EXIT.rewritten);
    expect(out.stderr).toContain('belong to another trail');
  });

  it('says plainly that it cannot know, for a copy without anchors here (exit 5)', async () => {
    const { dir, db } = await anchoredFacility();
    const elsewhere = join(dir, 'other workstation');
    mkdirSync(elsewhere);
    const out = verify(db, anchorLogPath(elsewhere));
    expect(out.code).toBe(AUDIT_EXIT.unanchored);
    expect(out.stderr).toContain('no anchors for it');
    expect(out.stderr).toContain('cannot be told');
  });

  it('names edits after the last anchor as unanchored, still intact', async () => {
    const { db, anchors } = await anchoredFacility();
    // A process without this workstation's anchor log (another workstation) writes two more.
    const ctx = createContext({
      settings: memorySettings(),
      userDataDir: tempDir(),
      clock: testClock(),
    });
    openFacility(ctx, db);
    renameFacility(ctx, 'Elsewhere 1');
    renameFacility(ctx, 'Elsewhere 2');
    ctx.db?.close();
    const out = verify(db, anchors);
    expect(out.code).toBe(AUDIT_EXIT.intact);
    expect(out.stdout).toContain('The 2 events after event 11 have no anchor here');
  });

  it('takes a restore from a backup as the new anchored head, not as missing events', async () => {
    const { dir, db, anchors } = await anchoredFacility();
    const backup = join(dir, 'backup.sqlite');
    const source = openForReading(db);
    await backupTo(source, db, backup);
    source.close();
    const ctx = createContext({ settings: memorySettings(), userDataDir: dir, clock: testClock() });
    openFacility(ctx, db);
    renameFacility(ctx, 'After the backup');
    ctx.db?.close();
    expect(verify(db, anchors).code).toBe(AUDIT_EXIT.intact);
    // Without the restore's own line, the event after the backup would read as missing.
    await restoreDatabase({
      dbPath: db,
      from: backup,
      now: new Date('2026-11-24T10:00:00Z'),
      current: null,
      closeCurrent: () => undefined,
      userDataDir: dir,
    });
    const out = verify(db, anchors);
    expect(out.code).toBe(AUDIT_EXIT.intact);
    expect(out.stdout).toMatch(/^Audit trail intact: 11 events/);
  });

  it('still names an altered event inside the file (exit 1)', async () => {
    const { db, anchors } = await anchoredFacility();
    tamper(db, (raw) => raw.prepare("UPDATE audit_events SET actor = 'x' WHERE id = 3").run());
    const out = verify(db, anchors);
    expect(out.code).toBe(AUDIT_EXIT.broken);
    expect(out.stderr).toBe(
      'Audit trail broken at event 3: event 3 was altered: its content no longer matches its hash.',
    );
  });
});

describe('audit verify reads only: every file is left byte for byte as it was', () => {
  /** Hashes of every file in the folder, by name. */
  const snapshot = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [e.name, sha(join(dir, e.name))]),
    );

  it('a 0-byte file, a text file, a folder and a missing path: exit 2 with the reason', () => {
    const dir = tempDir();
    const anchors = join(dir, 'anchors.jsonl');
    writeFileSync(join(dir, 'empty.sqlite'), '');
    writeFileSync(join(dir, 'text.sqlite'), 'not a database '.repeat(40));
    mkdirSync(join(dir, 'folder.sqlite'));
    const before = snapshot(dir);
    const cases: [string, RegExp][] = [
      ['empty.sqlite', /is empty \(0 bytes\): it is not a Tandem facility database/],
      ['text.sqlite', /it is not an SQLite file/],
      ['folder.sqlite', /is a folder, not a facility database file/],
      ['missing.sqlite', /No facility database at/],
    ];
    for (const [name, reason] of cases) {
      const out = verify(join(dir, name), anchors);
      expect(out.code, name).toBe(AUDIT_EXIT.unreadable);
      expect(out.stderr, name).toMatch(reason);
      expect(out.stderr, name).not.toContain('\n    at ');
    }
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'empty.sqlite-wal'))).toBe(false);
  });

  it('an old-schema file is verified as it is, not migrated', () => {
    const dir = tempDir();
    const path = join(dir, 'old.sqlite');
    const old = openDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 3) });
    old.close();
    const before = sha(path);
    const out = verify(path, join(dir, 'anchors.jsonl'));
    expect(out.code).toBe(AUDIT_EXIT.unanchored);
    expect(sha(path)).toBe(before);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(3);
    check.close();
  });

  it('a file with a pending WAL is read without checkpointing: the file and its WAL unchanged', async () => {
    const { dir, db, anchors } = await anchoredFacility();
    // Copy the file and its WAL while a connection holds them open, as after a crash.
    const writer = new Database(db);
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('DROP TRIGGER IF EXISTS never_there');
    writer.prepare("UPDATE facility SET name = 'pending in the WAL' WHERE id = 1").run();
    const crashed = join(dir, 'crashed');
    mkdirSync(crashed);
    copyFileSync(db, join(crashed, 'facility.sqlite'));
    copyFileSync(`${db}-wal`, join(crashed, 'facility.sqlite-wal'));
    writer.close();
    const copy = join(crashed, 'facility.sqlite');
    const file = sha(copy);
    const wal = sha(`${copy}-wal`);
    expect(readFileSync(`${copy}-wal`).length).toBeGreaterThan(0);
    const out = verify(copy, anchors);
    expect(out.code).toBe(AUDIT_EXIT.intact);
    expect(sha(copy)).toBe(file);
    expect(sha(`${copy}-wal`)).toBe(wal);
  });
});
