import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { GENESIS_HASH, canonicalContent, canonicalJson, hashOf, type AuditContent } from './chain';

export interface AuditEventInput {
  entity: string;
  entityId: string | number;
  action: string;
  before: unknown;
  after: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** The newest event's id and hash: what the next event chains to. */
export interface ChainHead {
  id: number;
  hash: string;
}

export function readChainHead(db: Db): ChainHead {
  const last = statement(db, 'SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1').get() as
    ChainHead | undefined;
  return last ?? { id: 0, hash: GENESIS_HASH };
}

const INSERT_EVENT = `INSERT INTO audit_events
  (id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** One prepared insert per connection, bound by position: the hot path of every import. */
const inserts = new WeakMap<Db, Statement>();

function insertStatement(db: Db): Statement {
  let insert = inserts.get(db);
  if (!insert) {
    insert = db.prepare(INSERT_EVENT);
    inserts.set(db, insert);
  }
  return insert;
}

/**
 * Appends one event after `head` and returns the new head. Expects the caller's transaction,
 * which keeps the head in memory so a 100,000-row import does not re-read it per event.
 *
 * Before and after are stored as their canonical JSON, the very text the hash covers, so each
 * is serialised once, and verifying can hash the stored text without parsing it again.
 */
export function appendAuditEventInTransaction(
  db: Db,
  head: ChainHead,
  actor: string,
  at: string,
  event: AuditEventInput,
): ChainHead {
  const id = head.id + 1;
  const entityId = String(event.entityId);
  const before = event.before ?? null;
  const after = event.after ?? null;
  const beforeJson = before === null ? null : canonicalJson(before);
  const afterJson = after === null ? null : canonicalJson(after);
  const text = canonicalContent(
    { id, at, actor, entity: event.entity, entityId, action: event.action },
    beforeJson ?? 'null',
    afterJson ?? 'null',
  );
  const hash = hashOf(head.hash, text);
  insertStatement(db).run(
    id,
    at,
    actor,
    event.entity,
    entityId,
    event.action,
    beforeJson,
    afterJson,
    head.hash,
    hash,
  );
  return { id, hash };
}

export function rowToContent(row: AuditRow): AuditContent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  };
}

export function* iterateAuditRows(db: Db): Generator<AuditRow> {
  yield* db.prepare('SELECT * FROM audit_events ORDER BY id').iterate() as Iterable<AuditRow>;
}

export type { AuditRow };
