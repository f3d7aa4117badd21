import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
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
    // After a first small step, the rest in one step: a write by another connection between
    // steps restarts SQLite's backup from the start, so small steps under a steady writer would
    // never finish. One step holds only a read snapshot (WAL: writers go on meanwhile).
    await db.backup(temp, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
    // The copy is a standalone file: rollback journal, no -wal beside it to lose in transit.
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { path, bytes: statSync(path).size };
}

function refuse(field: string, path: string, message: string): TandemError {
  return new TandemError('conflict', `${field}: ${path} ${message}.`, {
    problems: [{ field, value: path, message }],
  });
}

/** Opens a facility file to read only, touching nothing (no migration, no journal change). */
export function openReadOnly(path: string, nativeBinding?: string): Db {
  if (!existsSync(path)) throw new TandemError('not_found', `No facility database at ${path}.`);
  return new Database(path, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}
