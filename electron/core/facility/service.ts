import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FacilityStatus } from '../../../shared/domain/facility';
import { TandemError } from '../../../shared/result';
import { defaultDatabasePath, requireDb, type AppContext } from '../context';
import { buildDemoFacility } from '../demo/build';
import { attachAnchorLog, detachAnchorLog } from '../audit/anchors';
import { openDatabase, schemaVersion, type Db } from '../db/open';
import { write } from '../db/write';

const RECENT_LIMIT = 8;

export function facilityStatus(ctx: AppContext): FacilityStatus {
  return {
    open: ctx.db !== null,
    path: ctx.dbPath,
    name: ctx.db ? facilityName(ctx.db) : null,
    schemaVersion: ctx.db ? schemaVersion(ctx.db) : null,
    defaultPath: defaultDatabasePath(ctx.userDataDir),
    recent: ctx.settings.get('recentDatabases') ?? [],
    actor: ctx.actor.name,
  };
}

export function facilityName(db: Db): string | null {
  const row = db.prepare('SELECT name FROM facility WHERE id = 1').get() as
    { name: string } | undefined;
  return row?.name ?? null;
}

/**
 * Creates a new facility database, optionally filled with the demo facility, and opens it.
 *
 * The file is built under a hidden temporary name in the same folder and appears under its
 * real name only once migrated and holding its facility (and the demo, when asked): a kill or
 * power cut during creation leaves a stray hidden file, never a half-made database that every
 * later command refuses. Its commits are anchored under the real name from the first one.
 */
export async function createFacility(
  ctx: AppContext,
  options: { path: string; name: string; demo: boolean },
): Promise<FacilityStatus> {
  const path = resolve(options.path);
  if (existsSync(path)) throw alreadyExists(path);
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.creating`);
  const db = openDatabase(temp, { create: true, nativeBinding: ctx.nativeBinding });
  try {
    attachAnchorLog(db, ctx.userDataDir, path);
    const wctx = { db, actor: ctx.actor, clock: ctx.clock };
    write(wctx, (tx) => {
      tx.db
        .prepare('INSERT INTO facility (id, name, created_at) VALUES (1, ?, ?)')
        .run(options.name, tx.at);
      tx.audit({
        entity: 'facility',
        entityId: 1,
        action: 'create',
        before: null,
        after: { name: options.name },
      });
    });
    if (options.demo) await buildDemoFacility(wctx, ctx.demoRosterPath);
    // Back to a rollback journal: SQLite checkpoints the WAL into the file and removes it, or
    // says it could not. Only a file that holds everything by itself may take the real name.
    const mode = db.pragma('journal_mode = DELETE', { simple: true }) as string;
    if (mode !== 'delete') throw new Error(`could not finish ${temp}: its journal stayed ${mode}`);
  } catch (error) {
    closeAndRemove(db, temp);
    throw error;
  }
  detachAnchorLog(db);
  db.close();
  try {
    moveIntoPlace(temp, path);
  } catch (error) {
    removeDatabaseFiles(temp);
    throw error;
  }
  const opened = openDatabase(path, { nativeBinding: ctx.nativeBinding });
  attachAnchorLog(opened, ctx.userDataDir, path);
  useDatabase(ctx, opened, path);
  return facilityStatus(ctx);
}

function alreadyExists(path: string): TandemError {
  return new TandemError(
    'conflict',
    `${path} already exists. Open it instead, or choose another file name.`,
    {
      problems: [{ field: 'path', value: path, message: 'a file with this name already exists' }],
    },
  );
}

/**
 * Gives the finished file its name without ever replacing a file that appeared there
 * meanwhile: a hard link fails when the name is taken. File systems without hard links (FAT
 * on a USB stick) get a rename after one more look. The folder is synced so the new name
 * survives a power cut.
 */
function moveIntoPlace(temp: string, path: string): void {
  try {
    linkSync(temp, path);
    unlinkSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(path);
    if (existsSync(path)) throw alreadyExists(path);
    renameSync(temp, path);
  }
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder to sync it; NTFS journals the rename itself.
  }
}

function closeAndRemove(db: Db, temp: string): void {
  detachAnchorLog(db);
  db.close();
  removeDatabaseFiles(temp);
}

function removeDatabaseFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
}

export function openFacility(ctx: AppContext, path: string): FacilityStatus {
  const resolved = resolve(path);
  const db = openDatabase(resolved, { nativeBinding: ctx.nativeBinding, requireFacility: true });
  attachAnchorLog(db, ctx.userDataDir, resolved);
  useDatabase(ctx, db, resolved);
  return facilityStatus(ctx);
}

/** Reopens the database used last on this workstation, if it is still there. */
export function restoreLastFacility(ctx: AppContext): FacilityStatus {
  const last = ctx.settings.get('lastDatabase');
  if (last && existsSync(last) && !ctx.db) {
    try {
      openFacility(ctx, last);
    } catch {
      // A moved or newer database leaves the first-run screen up, where the educator sees why
      // when opening it by hand.
    }
  }
  return facilityStatus(ctx);
}

export function renameFacility(ctx: AppContext, name: string): FacilityStatus {
  const wctx = requireDb(ctx);
  const before = facilityName(wctx.db);
  if (before !== name) {
    write(wctx, (tx) => {
      tx.db.prepare('UPDATE facility SET name = ? WHERE id = 1').run(name);
      tx.audit({
        entity: 'facility',
        entityId: 1,
        action: 'rename',
        before: { name: before },
        after: { name },
      });
    });
  }
  return facilityStatus(ctx);
}

/** A consistent copy of the open database made with SQLite's online backup. */
export async function backupFacility(
  ctx: AppContext,
  destination: string,
): Promise<{ path: string; bytes: number }> {
  const { db } = requireDb(ctx);
  const path = resolve(destination);
  if (ctx.dbPath !== null && path === resolve(ctx.dbPath)) {
    throw new TandemError(
      'invalid_input',
      'A backup cannot overwrite the open database; choose another file.',
    );
  }
  mkdirSync(dirname(path), { recursive: true });
  const { totalPages } = await db.backup(path);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return { path, bytes: totalPages * pageSize };
}

function useDatabase(ctx: AppContext, db: Db, path: string): void {
  if (ctx.db) detachAnchorLog(ctx.db);
  ctx.db?.close();
  ctx.db = db;
  ctx.dbPath = path;
  ctx.settings.set('lastDatabase', path);
  const recent = [path, ...(ctx.settings.get('recentDatabases') ?? []).filter((p) => p !== path)];
  ctx.settings.set('recentDatabases', recent.slice(0, RECENT_LIMIT));
}
