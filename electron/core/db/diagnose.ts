import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { TandemError } from '../../../shared/result';
import type { Migration } from './migrations';

/**
 * Why a file cannot be used as a facility database, in one true line, the same for the app,
 * the host and every command. Everything here only reads: a file that is refused is left
 * exactly as it was (read-only SQLite connections never write the database or its WAL; SQLite
 * may add its shared-memory index, `-shm`, beside a WAL database to read it).
 */

type Db = Database.Database;

const UNCHANGED = 'It has not been changed.';
const SQLITE_HEADER = 'SQLite format 3\0';

/** Whether this process may write a path; replaceable in tests, where root may write anything. */
export type CanWrite = (path: string) => boolean;

export const canWrite: CanWrite = (path) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

function refuse(code: 'not_found' | 'invalid_input', path: string, message: string): TandemError {
  return new TandemError(code, message, {
    problems: [{ field: 'path', value: path, message }],
  });
}

/**
 * What can be told without SQLite: missing, a folder, empty, unreadable, not SQLite at all,
 * shorter than its own header says (truncated), and, when the file is to be written,
 * read-only permissions on the file or its folder.
 */
export function diagnosePath(
  path: string,
  use: 'read' | 'write',
  writable: CanWrite = canWrite,
): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw refuse('not_found', path, `No facility database at ${path}.`);
    }
    throw refuse('invalid_input', path, `${path} cannot be reached (${code ?? 'error'}).`);
  }
  if (stat.isDirectory()) {
    throw refuse('invalid_input', path, `${path} is a folder, not a facility database file.`);
  }
  if (!stat.isFile()) {
    throw refuse('invalid_input', path, `${path} is not a regular file.`);
  }
  if (stat.size === 0) {
    throw refuse(
      'invalid_input',
      path,
      `${path} is empty (0 bytes): it is not a Tandem facility database. ${UNCHANGED}`,
    );
  }
  const header = Buffer.alloc(100);
  let read = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw refuse(
      'invalid_input',
      path,
      code === 'EACCES' || code === 'EPERM'
        ? `${path} cannot be read: permission denied.`
        : `${path} cannot be read (${code ?? 'error'}).`,
    );
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_HEADER) {
    throw refuse(
      'invalid_input',
      path,
      `${path} is not a Tandem facility database: it is not an SQLite file. ${UNCHANGED}`,
    );
  }
  const expected = headerSize(header);
  // With a WAL beside it the main file may lag until SQLite replays the WAL; judge only alone.
  if (expected !== null && stat.size < expected && !hasWal(path)) {
    throw refuse(
      'invalid_input',
      path,
      `${path} is truncated: it is ${stat.size} bytes, its SQLite header says ${expected}. ` +
        `Restore it from a backup. ${UNCHANGED}`,
    );
  }
  if (use === 'write') {
    if (!writable(path)) {
      throw refuse(
        'invalid_input',
        path,
        `${path} is read-only (file permissions): Tandem must be able to write to it. ${UNCHANGED}`,
      );
    }
    if (!writable(dirname(path))) {
      throw refuse(
        'invalid_input',
        path,
        `The folder holding ${path} is read-only: SQLite must create its journal (-wal, -shm) beside the database. ${UNCHANGED}`,
      );
    }
  }
}

/** The database size its header records, when the header says that figure is valid. */
function headerSize(header: Buffer): number | null {
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = header.readUInt32BE(28);
  const changeCounter = header.readUInt32BE(24);
  const validFor = header.readUInt32BE(92);
  if (pages === 0 || changeCounter !== validFor) return null;
  return pageSize * pages;
}

function hasWal(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * Opens a file read-only after diagnosePath: nothing is migrated, no journal mode changes, the
 * database and its WAL are left byte for byte as they were.
 */
export function openForReading(path: string, nativeBinding?: string): Db {
  diagnosePath(path, 'read');
  try {
    return new Database(path, {
      readonly: true,
      fileMustExist: true,
      timeout: 15_000,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    throw explainSqliteError(error, path);
  }
}

/** What Tandem's schema check found on a file SQLite can read. */
export interface SchemaCheck {
  version: number;
  /** Whether the facility row exists (an interrupted creation leaves none). */
  hasFacility: boolean;
}

/**
 * Reads the schema through a read-only connection and refuses a foreign file (another
 * program's SQLite, with or without a version number of its own) and one written by a newer
 * Tandem. An empty database (version 0, no tables) passes: it can be created into.
 */
export function inspectSchema(
  db: Db,
  path: string,
  migrations: readonly Migration[],
  options: { allowNewer?: boolean } = {},
): SchemaCheck {
  try {
    const tables = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    const version = db.pragma('user_version', { simple: true }) as number;
    const known = migrations.at(-1)?.version ?? 0;
    if (version === 0 && tables.size === 0) return { version, hasFacility: false };
    // A newer Tandem may have renamed tables: its version says what it is.
    if (version > known && !options.allowNewer) {
      throw new TandemError(
        'unsupported_version',
        `${path} was written by a newer version of Tandem (schema ${version}; this version knows up to ${known}). ` +
          `${UNCHANGED} Open it with the newer Tandem.`,
        { fileVersion: version, knownVersion: known },
      );
    }
    if (version > known) return { version, hasFacility: true };
    if (version === 0 || !tables.has('facility') || !tables.has('audit_events')) {
      throw refuse(
        'invalid_input',
        path,
        `${path} is an SQLite file of another program, not a Tandem facility database. ${UNCHANGED}`,
      );
    }
    const facility = db.prepare('SELECT 1 FROM facility WHERE id = 1').pluck().get();
    return { version, hasFacility: facility === 1 };
  } catch (error) {
    throw explainSqliteError(error, path);
  }
}

/**
 * An SQLite error as the one line a person can act on; TandemErrors pass through. Codes are
 * SQLite's extended result codes as better-sqlite3 names them.
 */
export function explainSqliteError(error: unknown, path: string): Error {
  if (error instanceof TandemError) return error;
  const code = (error as { code?: unknown }).code;
  const text = error instanceof Error ? error.message : String(error);
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) {
    return error instanceof Error ? error : new Error(text);
  }
  const say = (message: string) => refuse('invalid_input', path, message);
  if (code === 'SQLITE_NOTADB') {
    return say(`${path} is not a Tandem facility database: it is not an SQLite file. ${UNCHANGED}`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') {
    return say(
      `${path} is damaged: SQLite reports "${text}". Restore it from a backup. ${UNCHANGED}`,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return say(
      `${path} is read-only (SQLite: "${text}"): Tandem must be able to write to it and its folder. ${UNCHANGED}`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return say(
      `${path} is in use: another program kept it locked for 15 seconds. Try again when it is done.`,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return say(`${path} cannot be opened (SQLite: "${text}"). ${UNCHANGED}`);
  }
  if (code === 'SQLITE_FULL') {
    return say(`The disk holding ${path} is full.`);
  }
  return say(`${path} cannot be used: SQLite reports "${text}" (${code}).`);
}
