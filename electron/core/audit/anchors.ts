import {
  closeSync,
  fdatasyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Db } from '../db/open';
import type { ChainHead } from './trail';

/**
 * Anchors: the audit chain's head written down outside the database file, in the workstation's
 * settings folder, after every commit. The chain alone proves each event follows the one
 * before; it cannot show that the last events were removed, or that the whole chain was
 * recomputed after an edit. An anchor can: the file must still hold the anchored event with the
 * anchored hash. Someone who can change the settings folder as well can defeat this; someone
 * with only the database file (a copy, a share, a backup) cannot.
 *
 * One file for the workstation, one JSON object a line, only ever appended:
 * `{"seq":123,"head":"<sha-256>","at":"<ISO time>","facility":"<hash of event 1>","path":"…"}`.
 * The facility is named by the hash of its first audit event, which no other trail shares; the
 * path is where the file was when anchored. A line with `"restored":true` records that the
 * facility was restored from a backup: the chain legitimately went back to that head.
 */
export const ANCHOR_FILE = 'audit-anchors.jsonl';

export interface Anchor {
  seq: number;
  head: string;
  at: string;
  facility: string;
  path: string;
  restored?: true;
}

export function anchorLogPath(userDataDir: string): string {
  return join(userDataDir, ANCHOR_FILE);
}

interface AnchorLog {
  file: string;
  path: string;
  facility: string | null;
  /** The first failure to append (a full disk, a read-only settings folder), reported once. */
  failed: string | null;
}

/** Which connection anchors where: write() looks its connection up here after each commit. */
const logs = new WeakMap<Db, AnchorLog>();

/**
 * Anchors every commit write() makes on `db` in the anchor log of `userDataDir`. `path` is the
 * database's path as the person knows it (a file being created under a temporary name is
 * anchored under the name it will have).
 */
export function attachAnchorLog(db: Db, userDataDir: string, path: string): void {
  detachAnchorLog(db);
  logs.set(db, {
    file: anchorLogPath(userDataDir),
    path: resolve(path),
    facility: firstEventHash(db),
    failed: null,
  });
}

/** Stops anchoring a connection's commits (it holds no file open: nothing else to release). */
export function detachAnchorLog(db: Db): void {
  logs.delete(db);
}

/** The anchor log a connection writes to, if any (for messages). */
export function anchorFileOf(db: Db): string | null {
  return logs.get(db)?.file ?? null;
}

/**
 * Called by write() once its transaction has committed. The write has happened whatever this
 * does, so a failure to anchor is kept (and printed once) rather than thrown: throwing would
 * tell the caller a committed write had failed. A commit without its anchor only weakens what
 * `audit verify` can say about the events after the last anchor, and it says so.
 */
export function anchorCommit(db: Db, head: ChainHead, at: string): void {
  const log = logs.get(db);
  if (!log || head.id === 0) return;
  try {
    log.facility ??= firstEventHash(db);
    if (log.facility === null) return;
    appendLine(log.file, {
      seq: head.id,
      head: head.hash,
      at,
      facility: log.facility,
      path: log.path,
    });
  } catch (error) {
    if (log.failed === null) {
      log.failed = error instanceof Error ? error.message : String(error);
      process.emitWarning(`Tandem could not write the audit anchor to ${log.file}: ${log.failed}`);
    }
  }
}

/** Records that `path` now holds a restored copy whose chain ends at `head`. */
export function anchorRestore(
  userDataDir: string,
  path: string,
  head: ChainHead,
  facility: string,
  at: string,
): void {
  const file = anchorLogPath(userDataDir);
  appendLine(file, {
    seq: head.id,
    head: head.hash,
    at,
    facility,
    path: resolve(path),
    restored: true,
  });
}

/**
 * One line in one write(2), appended (O_APPEND keeps lines from two processes whole), and
 * synced with fdatasync: the line is on disk as surely as the commit it follows. The file is
 * opened per line rather than held open, so no connection can leak it (an open and a close
 * cost microseconds beside the sync, which the commit itself already pays once).
 */
function appendLine(file: string, anchor: Anchor): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(anchor)}\n`);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The hash of event 1: the name of this audit trail, the same in every copy of the file. */
export function firstEventHash(db: Db): string | null {
  const row = db.prepare('SELECT hash FROM audit_events WHERE id = 1').pluck().get() as
    string | undefined;
  return row ?? null;
}

export interface AnchorsRead {
  /** The log that was read, and whether it exists at all. */
  file: string;
  exists: boolean;
  /** Anchors of this facility, in the order written. */
  anchors: Anchor[];
  /** Anchors recorded for the same path by another trail (another file was there). */
  otherTrailAtPath: Anchor[];
  /** Lines that are not anchors (a line cut short by a power cut, or edited by hand). */
  unreadable: number;
}

/** The anchor log's text, or null when there is none. */
export function readAnchorLog(file: string): string | null {
  try {
    return statSync(file).isFile() ? readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}

/**
 * The anchors of one facility (by its first event's hash) in the anchor log's text (read with
 * readAnchorLog, before the database, so that no anchor is newer than the chain it is held to).
 */
export function readAnchors(
  file: string,
  text: string | null,
  facility: string | null,
  path: string,
): AnchorsRead {
  const result: AnchorsRead = {
    file,
    exists: false,
    anchors: [],
    otherTrailAtPath: [],
    unreadable: 0,
  };
  if (text === null) return result;
  result.exists = true;
  const where = resolve(path);
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const anchor = parseAnchor(line);
    if (!anchor) result.unreadable += 1;
    else if (anchor.facility === facility) result.anchors.push(anchor);
    else if (anchor.path === where) result.otherTrailAtPath.push(anchor);
  }
  return result;
}

function parseAnchor(line: string): Anchor | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const a = value as Record<string, unknown>;
  if (
    typeof a.seq !== 'number' ||
    !Number.isSafeInteger(a.seq) ||
    a.seq < 1 ||
    typeof a.head !== 'string' ||
    !/^[0-9a-f]{64}$/.test(a.head) ||
    typeof a.facility !== 'string' ||
    typeof a.at !== 'string' ||
    typeof a.path !== 'string'
  ) {
    return null;
  }
  return {
    seq: a.seq,
    head: a.head,
    at: a.at,
    facility: a.facility,
    path: a.path,
    ...(a.restored === true ? { restored: true as const } : {}),
  };
}
