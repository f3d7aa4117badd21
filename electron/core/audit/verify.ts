import type { Db } from '../db/open';
import { firstEventHash, readAnchorLog, readAnchors, type Anchor } from './anchors';
import { GENESIS_HASH, canonicalContent, eventHash, hashOf } from './chain';
import { rowToContent, type AuditRow } from './trail';

export type VerifyResult =
  | { intact: true; events: number; headHash: string }
  | { intact: false; events: number; firstBadId: number; reason: string };

/** Columns in this order, read as arrays: no object per row for 100,000 rows. */
const READ_TRAIL = `SELECT id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash
  FROM audit_events ORDER BY id`;

type RawRow = [
  id: number,
  at: string,
  actor: string,
  entity: string,
  entityId: string,
  action: string,
  beforeJson: string | null,
  afterJson: string | null,
  prevHash: string,
  hash: string,
];

/**
 * Recomputes the chain from the first event. An altered row no longer matches its hash, a
 * removed row breaks the next row's link (and leaves a gap in the ids), and a row inserted out
 * of chain does not link to its predecessor.
 */
export function verifyAuditTrail(db: Db): VerifyResult {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let events = 0;
  const rows = db.prepare(READ_TRAIL).raw().iterate() as IterableIterator<RawRow>;
  for (const row of rows) {
    events += 1;
    const id = row[0];
    if (id !== expectedId) {
      rows.return?.();
      return bad(
        id,
        events,
        `event ${id} follows event ${expectedId - 1}: event ${expectedId} is missing`,
      );
    }
    if (row[8] !== prevHash) {
      rows.return?.();
      return bad(
        id,
        events,
        `event ${id} does not link to the event before it (inserted or reordered)`,
      );
    }
    if (!matchesHash(row, prevHash)) {
      rows.return?.();
      return bad(id, events, `event ${id} was altered: its content no longer matches its hash`);
    }
    prevHash = row[9];
    expectedId += 1;
  }
  return { intact: true, events, headHash: prevHash };
}

/**
 * Events are stored with before and after as canonical JSON (trail.ts), so hashing the stored
 * text is enough and costs no parsing. Events stored before that (or in another key order)
 * fail that fast check and are parsed and put in canonical form, as every event once was: a
 * row passes exactly when its hash covers its content, whichever way it was written.
 */
function matchesHash(row: RawRow, prevHash: string): boolean {
  const [id, at, actor, entity, entityId, action, beforeJson, afterJson, , hash] = row;
  const stored = canonicalContent(
    { id, at, actor, entity, entityId, action },
    beforeJson ?? 'null',
    afterJson ?? 'null',
  );
  if (hashOf(prevHash, stored) === hash) return true;
  const full: AuditRow = {
    id,
    at,
    actor,
    entity,
    entity_id: entityId,
    action,
    before_json: beforeJson,
    after_json: afterJson,
    prev_hash: prevHash,
    hash,
  };
  try {
    return eventHash(prevHash, rowToContent(full)) === hash;
  } catch {
    // Stored text that is not JSON at all was not written by Tandem.
    return false;
  }
}

function bad(firstBadId: number, events: number, reason: string): VerifyResult {
  return { intact: false, events, firstBadId, reason };
}

/** What `audit verify` concludes once the chain is held against this workstation's anchors. */
export type AnchoredVerdict =
  /** The chain is whole and holds every anchored head; `unanchored` events came after. */
  | {
      kind: 'intact';
      events: number;
      headHash: string;
      anchors: number;
      lastAnchor: Anchor;
      unanchored: number;
    }
  /** An event in the file was altered, removed from the middle, or inserted. */
  | { kind: 'broken'; events: number; firstBadId: number; reason: string }
  /** The file ends before an anchored event: events were removed from the end (or all). */
  | { kind: 'missing'; events: number; headHash: string; lastAnchor: Anchor }
  /** The file holds an anchored sequence number with another hash: the chain was recomputed. */
  | {
      kind: 'rewritten';
      events: number;
      headHash: string;
      anchor: Anchor | null;
      foundHash: string | null;
    }
  /** The chain is whole, but this workstation has no anchor for it: nothing to hold it to. */
  | { kind: 'unanchored'; events: number; headHash: string; logExists: boolean };

/**
 * Verifies the chain, then holds it to the anchors this workstation recorded for the same
 * trail (anchors.ts). Anchors before the latest restore of that trail are set aside: the
 * restore legitimately took the chain back to the backup's head, and its own line anchors it.
 */
export function verifyAgainstAnchors(db: Db, anchorFile: string, path: string): AnchoredVerdict {
  // The log first: an anchor is appended after its commit, so every anchor read now is of a
  // commit the database already holds; the chain read after cannot be older than the log. One
  // read transaction keeps the chain and the anchored events in one snapshot while the app
  // goes on writing.
  const text = readAnchorLog(anchorFile);
  return db.transaction(() => holdToAnchors(db, anchorFile, text, path))();
}

function holdToAnchors(
  db: Db,
  anchorFile: string,
  text: string | null,
  path: string,
): AnchoredVerdict {
  const chain = verifyAuditTrail(db);
  if (!chain.intact) {
    return {
      kind: 'broken',
      events: chain.events,
      firstBadId: chain.firstBadId,
      reason: chain.reason,
    };
  }
  const facility = firstEventHash(db);
  const read = readAnchors(anchorFile, text, facility, path);
  if (facility === null) {
    // No events at all: the anchors for this path say whether some were there before.
    const before = lastOf(read.otherTrailAtPath);
    if (before) return { kind: 'missing', events: 0, headHash: chain.headHash, lastAnchor: before };
    return { kind: 'unanchored', events: 0, headHash: chain.headHash, logExists: read.exists };
  }
  const restoredAt = read.anchors.findLastIndex((a) => a.restored === true);
  const anchors = restoredAt >= 0 ? read.anchors.slice(restoredAt) : read.anchors;
  if (anchors.length === 0) {
    if (read.otherTrailAtPath.length > 0) {
      // This path was anchored, but for a trail with another first event.
      return {
        kind: 'rewritten',
        events: chain.events,
        headHash: chain.headHash,
        anchor: null,
        foundHash: null,
      };
    }
    return {
      kind: 'unanchored',
      events: chain.events,
      headHash: chain.headHash,
      logExists: read.exists,
    };
  }
  const hashAt = db.prepare('SELECT hash FROM audit_events WHERE id = ?').pluck();
  const checked = new Map<number, string>();
  let last = anchors[0] as Anchor;
  for (const anchor of anchors) {
    if (anchor.seq > last.seq) last = anchor;
    if (anchor.seq > chain.events) continue;
    let found = checked.get(anchor.seq);
    if (found === undefined) {
      found = hashAt.get(anchor.seq) as string;
      checked.set(anchor.seq, found);
    }
    if (found !== anchor.head) {
      return {
        kind: 'rewritten',
        events: chain.events,
        headHash: chain.headHash,
        anchor,
        foundHash: found,
      };
    }
  }
  if (last.seq > chain.events) {
    return { kind: 'missing', events: chain.events, headHash: chain.headHash, lastAnchor: last };
  }
  return {
    kind: 'intact',
    events: chain.events,
    headHash: chain.headHash,
    anchors: anchors.length,
    lastAnchor: last,
    unanchored: chain.events - last.seq,
  };
}

function lastOf(anchors: Anchor[]): Anchor | undefined {
  return anchors.reduce<Anchor | undefined>(
    (a, b) => (a === undefined || b.seq > a.seq ? b : a),
    undefined,
  );
}
