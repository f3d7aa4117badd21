import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { TandemError } from '../../../shared/result';
import { diagnosePath, explainSqliteError, inspectSchema, type CanWrite } from './diagnose';
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
  /** Refuse an existing file without its facility row (a creation that did not finish). */
  requireFacility?: boolean;
  /** Whether a path may be written; tests replace it (root may write a chmod 444 file). */
  canWrite?: CanWrite;
}

/**
 * Opens one facility database. An existing file is first diagnosed without writing to it
 * (diagnose.ts): a folder, an empty, truncated, read-only, damaged, foreign or newer file is
 * refused with its reason and left as it was. Then the connection is set up and the schema
 * brought up to date.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  if (existsSync(path)) {
    diagnosePath(path, 'write', options.canWrite);
    // Looked at through a read-only connection: a refused file (a newer Tandem's with a WAL
    // pending, say) must not be checkpointed by our closing a read-write connection.
    let probe: Db;
    try {
      probe = new Database(path, {
        readonly: true,
        fileMustExist: true,
        timeout: BUSY_TIMEOUT_MS,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      });
    } catch (error) {
      throw explainSqliteError(error, path);
    }
    let check;
    try {
      check = inspectSchema(probe, path, migrations);
    } finally {
      probe.close();
    }
    if (options.requireFacility && !check.hasFacility) {
      throw new TandemError(
        'invalid_input',
        check.version === 0
          ? `${path} is an empty SQLite database, not a Tandem facility database. It has not been changed.`
          : `${path} is a Tandem database without a facility: its creation did not finish. It has not been changed.`,
        { problems: [{ field: 'path', value: path, message: 'it has no facility' }] },
      );
    }
  } else if (!options.create) {
    throw new TandemError('not_found', `No facility database at ${path}.`);
  }
  let db: Db;
  try {
    db = new Database(path, {
      // Set before the first statement: even reading the schema can wait on another writer.
      timeout: BUSY_TIMEOUT_MS,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw explainSqliteError(error, path);
  }
  try {
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
    throw explainSqliteError(error, path);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
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
