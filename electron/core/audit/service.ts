import type { AuditPage } from '../../../shared/contract/audit';
import type { AuditEvent } from '../../../shared/domain/audit';
import type { Db } from '../db/open';
import { rowToContent, type AuditRow } from './trail';

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  search: string;
  offset: number;
  limit: number;
}

/** Newest first, optionally for one entity, or matching who/what in a search. */
export function listAuditEvents(db: Db, q: AuditQuery): AuditPage {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.entity) {
    where.push('entity = ?');
    params.push(q.entity);
  }
  if (q.entityId) {
    where.push('entity_id = ?');
    params.push(q.entityId);
  }
  if (q.search !== '') {
    const like = `%${q.search}%`;
    where.push(
      '(actor LIKE ? OR entity LIKE ? OR action LIKE ? OR before_json LIKE ? OR after_json LIKE ?)',
    );
    params.push(like, like, like, like, like);
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT * FROM audit_events ${whereSql} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as AuditRow[];
  const matching = (
    db.prepare(`SELECT count(*) AS n FROM audit_events ${whereSql}`).get(...params) as { n: number }
  ).n;
  return { items: rows.map(toAuditEvent), matching };
}

function toAuditEvent(row: AuditRow): AuditEvent {
  const { id, at, actor, entity, entityId, action, before, after } = rowToContent(row);
  return { id, at, actor, entity, entityId, action, before, after, hash: row.hash };
}
