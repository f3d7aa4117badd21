import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { TandemError } from '../../../shared/result';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * How long a statement waits for another process's write to finish before giving up: a second
 * writer (the CLI importing while the app is open) holds the write lock for its whole
 * transaction, and a large import takes several seconds.
 */
export const BUSY_TIMEOUT_MS = 15_000;

export interface OpenOptions {
  /** Create the file when it does not exist (otherwise a missing file is an error). */
  create?: boolean;
  /** Migrations to apply; tests pass a prefix of the list to build older databases. */
  migrations?: readonly Migration[];
  /** Path to better-sqlite3's native module built for Electron (the Node build is the default). */
  nativeBinding?: string;
}

/**
 * Opens one facility database: refuses files written by a newer Tandem before touching them,
 * then sets the connection up and brings the schema up to date.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  if (!options.create && !existsSync(path)) {
    throw new TandemError('not_found', `No facility database at ${path}.`);
  }
  const db = new Database(path, {
    // Set before the first statement: even reading the schema can wait on another writer.
    timeout: BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    refuseForeignFile(db, path);
    refuseNewerSchema(db, path, migrations);
    db.pragma('journal_mode = WAL');
    // The audit trail is the record of who changed what: a committed write must survive a
    // power cut on the workstation, so every commit is synced.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Large imports touch every index page; a 64 MB page cache keeps them in memory.
    db.pragma('cache_size = -65536');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Never add Tandem's tables to somebody else's SQLite file, or read a file that is not SQLite. */
function refuseForeignFile(db: Db, path: string): void {
  let tables: number;
  try {
    tables = (
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
        n: number;
      }
    ).n;
  } catch {
    throw new TandemError(
      'invalid_input',
      `${path} is not a Tandem facility database (it is not an SQLite file).`,
    );
  }
  if (schemaVersion(db) === 0 && tables > 0) {
    throw new TandemError(
      'invalid_input',
      `${path} is an SQLite file of another program, not a Tandem facility database. It has not been changed.`,
    );
  }
}

function refuseNewerSchema(db: Db, path: string, migrations: readonly Migration[]): void {
  const version = schemaVersion(db);
  const known = latestVersion(migrations);
  if (version > known) {
    throw new TandemError(
      'unsupported_version',
      `${path} was written by a newer version of Tandem (schema ${version}; this version knows up to ${known}). ` +
        'It has not been changed. Open it with the newer Tandem.',
      { fileVersion: version, knownVersion: known },
    );
  }
}

function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Applies each pending migration in its own transaction, in order. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) {
      throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${index + 1}`);
    }
  });
  for (const m of migrations) {
    if (m.version <= schemaVersion(db)) continue;
    // Immediate, and the version read again under the write lock: two processes opening an
    // older file at once must not both apply the same migration; the second waits, then sees
    // it done.
    db.transaction(() => {
      if (schemaVersion(db) >= m.version) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
