import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { TandemError } from '../../../shared/result';
import { anchorRestore } from '../audit/anchors';
import type { Db } from '../db/open';
import { checkCopy, type CopyCheck } from './check';
import { backupTo, openReadOnly } from './copy';

export interface RestoreOutcome extends CopyCheck {
  restoredFrom: string;
  /** The database as it was just before, kept beside it; null when there was none. */
  safetyCopy: string | null;
}

/** "facility.sqlite" → "facility before restore 2026-12-03 2359.sqlite", beside it. */
export function safetyCopyPath(dbPath: string, now: Date): string {
  const ext = extname(dbPath) || '.sqlite';
  const stamp = now.toISOString().slice(0, 19).replace('T', ' ').replaceAll(':', '');
  return join(dirname(dbPath), `${basename(dbPath, ext)} before restore ${stamp}${ext}`);
}

/**
 * Replaces a facility database with a backup. The backup is first copied beside the database
 * and the copy checked (integrity, schema, facility, audit chain): a file that fails changes
 * nothing. Then the current database is itself backed up beside it, the caller closes it
 * (`closeCurrent`), and the checked copy is renamed into its place.
 */
export async function restoreDatabase(options: {
  dbPath: string;
  from: string;
  now: Date;
  /** The open connection to the database being replaced, if any (used for the safety copy). */
  current: Db | null;
  closeCurrent: () => void;
  nativeBinding?: string;
  /** The settings folder whose anchor log records the restore (audit/anchors.ts). */
  userDataDir?: string;
}): Promise<RestoreOutcome> {
  const dbPath = resolve(options.dbPath);
  const from = resolve(options.from);
  if (from === dbPath) {
    throw new TandemError('invalid_input', 'from: a database cannot be restored from itself.', {
      problems: [{ field: 'from', value: from, message: 'is the database itself' }],
    });
  }
  // Refuses a missing, foreign, corrupt or newer file before anything is written.
  checkCopy(from, from, options.nativeBinding);
  const temp = join(
    dirname(dbPath),
    `.${basename(dbPath)}.${randomBytes(4).toString('hex')}.restore`,
  );
  try {
    const source = openReadOnly(from, options.nativeBinding);
    try {
      await backupTo(source, null, temp);
    } finally {
      source.close();
    }
    // What is installed is exactly what was checked, even if the backup file changes meanwhile.
    const check = checkCopy(temp, from, options.nativeBinding);
    const safetyCopy = existsSync(dbPath)
      ? await keepCurrent(dbPath, options.current, options.now, options.nativeBinding)
      : null;
    options.closeCurrent();
    rmSync(`${dbPath}-wal`, { force: true });
    rmSync(`${dbPath}-shm`, { force: true });
    renameSync(temp, dbPath);
    // The chain now legitimately ends at the backup's head: say so in the anchor log, or
    // `audit verify` would rightly call the events after it missing.
    if (options.userDataDir && check.trail !== null) {
      anchorRestore(
        options.userDataDir,
        dbPath,
        { id: check.auditEvents, hash: check.headHash },
        check.trail,
        options.now.toISOString(),
      );
    }
    return { ...check, restoredFrom: from, safetyCopy };
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The current file, kept before it is replaced; a file SQLite cannot read is copied as is. */
async function keepCurrent(
  dbPath: string,
  current: Db | null,
  now: Date,
  nativeBinding?: string,
): Promise<string> {
  const path = safetyCopyPath(dbPath, now);
  try {
    if (current) return (await backupTo(current, dbPath, path)).path;
    const db = openReadOnly(dbPath, nativeBinding);
    try {
      return (await backupTo(db, dbPath, path)).path;
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof TandemError) throw error;
    copyFileSync(dbPath, path);
    if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${path}-wal`);
    return path;
  }
}
