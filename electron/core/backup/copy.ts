import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TandemError } from '../../../shared/result';
import { canWrite, openForReading } from '../db/diagnose';
import { BUSY_TIMEOUT_MS, type Db } from '../db/open';
import { reportProgress } from '../jobs/progress';
import { makeFolder } from '../exports/folder';

export interface BackupFile {
  path: string;
  bytes: number;
}

/**
 * A consistent copy of a live database with SQLite's online backup API: it copies a snapshot
 * page by page and starts over if another connection writes meanwhile, so the app can keep
 * working. The copy is written under a hidden name and renamed into place when whole. An
 * existing file is never replaced unless `overwrite` says so (the CLI's --force, the UI's
 * explicit choice), and the open database itself never.
 */
export async function backupTo(
  db: Db,
  sourcePath: string | null,
  destination: string,
  options: { overwrite?: boolean; field?: string } = {},
): Promise<BackupFile> {
  const field = options.field ?? 'to';
  const path = resolve(destination);
  if (sourcePath !== null && path === resolve(sourcePath)) {
    throw refuse(field, path, 'is the database itself: a backup cannot overwrite it');
  }
  if (existsSync(path) && !options.overwrite) {
    throw refuse(field, path, 'already exists; choose another name or replace it explicitly');
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw refuse(field, path, 'is a folder, not a file');
  }
  makeFolder(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  try {
    if (sourcePath !== null && mustCopyFiles(sourcePath)) {
      copySourceFiles(sourcePath, temp);
    } else {
      // After a first small step, the rest in one step: a write by another connection between
      // steps restarts SQLite's backup from the start, so small steps under a steady writer
      // would never finish. One step holds only a read snapshot (WAL: writers go on meanwhile).
      await db.backup(temp, { progress: stallGuard() });
    }
    // The copy is a standalone file: rollback journal, no -wal beside it to lose in transit.
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(temp, path);
  } catch (error) {
    for (const file of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) {
      rmSync(file, { force: true });
    }
    throw error;
  }
  return { path, bytes: statSync(path).size };
}

/**
 * better-sqlite3 retries a backup step that SQLite answers SQLITE_BUSY at once and forever
 * (its loop treats BUSY as progress), so a source that stays locked spun at 100% CPU. This
 * progress callback reports how far the copy is, and gives up once no page has been copied
 * for as long as a write waits for a lock.
 */
function stallGuard(): (progress: { totalPages: number; remainingPages: number }) => number {
  let remaining = Number.POSITIVE_INFINITY;
  let since = Date.now();
  return ({ totalPages, remainingPages }) => {
    if (remainingPages < remaining) {
      remaining = remainingPages;
      since = Date.now();
    } else if (Date.now() - since > BUSY_TIMEOUT_MS) {
      throw new TandemError(
        'conflict',
        `The database stayed locked by another program for ${BUSY_TIMEOUT_MS / 1000} s; the backup was not made. Try again.`,
      );
    }
    reportProgress(totalPages - remainingPages, totalPages, 'Copying the database');
    return Math.max(remainingPages, 100);
  };
}

/**
 * A WAL database in a folder this process cannot write to, without the shared-memory file
 * SQLite reads the WAL through: SQLite cannot read it in place ("attempt to write a readonly
 * database"). Nothing can be writing to it either (a writer needs that file), so its files
 * are the database as it stands and are copied as they are.
 */
export function mustCopyFiles(sourcePath: string): boolean {
  return !canWrite(dirname(resolve(sourcePath))) && !existsSync(`${sourcePath}-shm`);
}

/** The database file and its WAL, copied beside the target; SQLite replays the WAL on open. */
function copySourceFiles(sourcePath: string, temp: string): void {
  copyFileSync(sourcePath, temp);
  if (existsSync(`${sourcePath}-wal`)) copyFileSync(`${sourcePath}-wal`, `${temp}-wal`);
}

function refuse(field: string, path: string, message: string): TandemError {
  return new TandemError('conflict', `${field}: ${path} ${message}.`, {
    problems: [{ field, value: path, message }],
  });
}

/**
 * Opens a facility file to read only, touching nothing (no migration, no journal change); a
 * file that is not a database gets its one-line reason (db/diagnose.ts).
 */
export function openReadOnly(path: string, nativeBinding?: string): Db {
  return openForReading(path, nativeBinding);
}
