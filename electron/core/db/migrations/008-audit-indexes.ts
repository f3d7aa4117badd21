import type { Migration } from '../migrations';

/**
 * Indexes for reading the audit trail in plain words: by kind of change (entity and action:
 * the filter menus count them, and a kind filter reads only the index) and by date range.
 * Both grow at their end as events are appended, so writing an event costs little more.
 */
export const m008AuditIndexes: Migration = {
  version: 8,
  name: 'audit indexes',
  up(db) {
    db.exec(`
      CREATE INDEX audit_events_entity_action ON audit_events (entity, action);
      CREATE INDEX audit_events_at ON audit_events (at);
    `);
  },
};
