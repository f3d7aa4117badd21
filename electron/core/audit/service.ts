import type { z } from 'zod';
import type { AuditFacets, AuditPage, auditQuery } from '../../../shared/contract/audit';
import { referenceKey, type AuditEvent } from '../../../shared/domain/audit';
import { displayName } from '../../../shared/domain/staff';
import type { Db } from '../db/open';
import { AuditReferences } from './names';
import { ABOUT_PERSON, PERSON_SUBJECTS } from './subjects';
import { rowToContent, type AuditRow } from './trail';

export type AuditQuery = z.input<typeof auditQuery>;

interface Filter {
  prefix: string;
  where: string;
  params: Record<string, unknown>;
}

/** The WHERE clause (and the person's subjects before it) for a query; values as parameters. */
function filterOf(q: AuditQuery): Filter {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let prefix = '';
  if (q.entity) {
    where.push('entity = @entity');
    params.entity = q.entity;
  }
  if (q.entityId) {
    where.push('entity_id = @entityId');
    params.entityId = q.entityId;
  }
  if (q.staffId !== undefined) {
    prefix = PERSON_SUBJECTS;
    where.push(ABOUT_PERSON);
    params.staffId = q.staffId;
  }
  if (q.entities && q.entities.length > 0) {
    where.push('entity IN (SELECT value FROM json_each(@entities))');
    params.entities = JSON.stringify(q.entities);
  }
  if (q.actions && q.actions.length > 0) {
    where.push('action IN (SELECT value FROM json_each(@actions))');
    params.actions = JSON.stringify(q.actions);
  }
  // Stored instants are ISO-8601 in UTC with milliseconds, so they compare as text.
  if (q.since) {
    where.push('at >= @since');
    params.since = new Date(q.since).toISOString();
  }
  if (q.until) {
    where.push('at < @until');
    params.until = new Date(q.until).toISOString();
  }
  const search = q.search?.trim() ?? '';
  if (search !== '') {
    where.push(
      `(actor LIKE @like ESCAPE '\\' OR entity LIKE @like ESCAPE '\\' OR action LIKE @like ESCAPE '\\'
        OR before_json LIKE @like ESCAPE '\\' OR after_json LIKE @like ESCAPE '\\')`,
    );
    params.like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  return { prefix, where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/**
 * Newest first: for one record, for one person (everything about them), of some kinds or
 * actions, within a time range, or matching who/what in a search. Each event comes with what
 * it is about and the names of what its values point at, read here in a few queries per page.
 */
export function listAuditEvents(db: Db, q: AuditQuery): AuditPage {
  const f = filterOf(q);
  const rows = db
    .prepare(
      `${f.prefix} SELECT * FROM audit_events ${f.where} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...f.params, limit: q.limit ?? 200, offset: q.offset ?? 0 }) as AuditRow[];
  const matching = (
    db.prepare(`${f.prefix} SELECT count(*) AS n FROM audit_events ${f.where}`).get(f.params) as {
      n: number;
    }
  ).n;
  return { items: describeEvents(db, rows), matching };
}

/** How many events of each kind and each action, most frequent first, for the filter menus. */
export function auditFacets(db: Db): AuditFacets {
  const count = (column: 'entity' | 'action') =>
    db
      .prepare(
        `SELECT ${column} AS value, count(*) AS count FROM audit_events GROUP BY ${column}
         ORDER BY count DESC, value`,
      )
      .all() as { value: string; count: number }[];
  return { entities: count('entity'), actions: count('action') };
}

function describeEvents(db: Db, rows: AuditRow[]): AuditEvent[] {
  const contents = rows.map(rowToContent);
  const refs = new AuditReferences();
  for (const c of contents) {
    refs.add(c.entity, c.entityId);
    refs.addValues(c.before);
    refs.addValues(c.after);
  }
  const { names, employeeNumbers } = refs.resolve(db);
  return contents.map((c, index) => {
    const own = new AuditReferences();
    own.addValues(c.before);
    own.addValues(c.after);
    const eventNames: Record<string, string> = {};
    for (const key of own.keys()) {
      const name = names.get(key);
      if (name !== undefined) eventNames[key] = name;
    }
    const subjectKey = referenceKey(c.entity, c.entityId);
    const staffId = c.entity === 'staff' ? Number(c.entityId) : null;
    const stored = names.get(subjectKey);
    const subject =
      staffId !== null && stored !== undefined
        ? `${stored}, #${employeeNumbers.get(staffId) ?? ''}`
        : (stored ?? subjectFromEvent(c.entity, c.entityId, c.before, c.after));
    return {
      ...c,
      hash: rows[index]?.hash ?? '',
      subject,
      subjectStaffId: staffId !== null && stored !== undefined ? staffId : null,
      names: eventNames,
    };
  });
}

/**
 * A record that no longer exists (a deleted staff member, a removed milestone) is named from
 * what its events say about it.
 */
function subjectFromEvent(
  entity: string,
  entityId: string,
  before: unknown,
  after: unknown,
): string | null {
  if (entity === 'roster_import') return `“${entityId}”`;
  const snapshot = isRecord(after) ? after : isRecord(before) ? before : null;
  if (!snapshot) return null;
  const text = (k: string) => (typeof snapshot[k] === 'string' ? (snapshot[k] as string) : null);
  const employeeNumber = text('employeeNumber');
  if (entity === 'staff' && employeeNumber !== null) {
    const name = displayName({
      firstName: text('firstName'),
      lastName: text('lastName'),
      preferredName: text('preferredName'),
      employeeNumber,
    });
    return `${name}, #${employeeNumber}`;
  }
  const title = text('title') ?? text('name');
  return title === null ? null : `“${title}”`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
