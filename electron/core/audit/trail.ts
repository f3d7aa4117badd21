import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { GENESIS_HASH, eventHash, type AuditContent } from './chain';

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

/**
 * Appends one event after `head` and returns the new head. Expects the caller's transaction,
 * which keeps the head in memory so a 100,000-row import does not re-read it per event.
 */
export function appendAuditEventInTransaction(
  db: Db,
  head: ChainHead,
  actor: string,
  at: string,
  event: AuditEventInput,
): ChainHead {
  const content: AuditContent = {
    id: head.id + 1,
    at,
    actor,
    entity: event.entity,
    entityId: String(event.entityId),
    action: event.action,
    before: event.before ?? null,
    after: event.after ?? null,
  };
  const hash = eventHash(head.hash, content);
  statement(
    db,
    `INSERT INTO audit_events (id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
     VALUES (@id, @at, @actor, @entity, @entityId, @action, @before, @after, @prevHash, @hash)`,
  ).run({
    ...content,
    before: content.before === null ? null : JSON.stringify(content.before),
    after: content.after === null ? null : JSON.stringify(content.after),
    prevHash: head.hash,
    hash,
  });
  return { id: content.id, hash };
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
