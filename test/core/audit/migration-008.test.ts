import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../../electron/core/audit/service';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase, schemaVersion } from '../../../electron/core/db/open';
import { write } from '../../../electron/core/db/write';
import { TEST_ACTOR, tempDir, testClock } from '../../helpers/db';

describe('migration 008: audit indexes', () => {
  it('indexes a version-7 trail by kind of change and by time, leaving the events as they were', () => {
    const path = join(tempDir(), 'v7.sqlite');
    const old = openDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 7) });
    const ctx = { db: old, actor: TEST_ACTOR, clock: testClock() };
    for (const [entity, action] of [
      ['note', 'create'],
      ['note', 'update'],
      ['memo', 'create'],
    ] as const) {
      write(ctx, (tx) =>
        tx.audit({ entity, entityId: 1, action, before: null, after: { entity } }),
      );
    }
    const head = verifyAuditTrail(old);
    old.close();

    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 8) });
    try {
      expect(schemaVersion(db)).toBe(8);
      expect(verifyAuditTrail(db)).toEqual(head);
      const plan = (sql: string) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
          .map((r) => r.detail)
          .join('; ');
      expect(
        plan("SELECT count(*) FROM audit_events WHERE entity = 'note' AND action = 'update'"),
      ).toMatch(/COVERING INDEX audit_events_entity_action/);
      expect(plan("SELECT count(*) FROM audit_events WHERE at >= '2026-01-01'")).toMatch(
        /INDEX audit_events_at/,
      );
      expect(
        listAuditEvents(db, { entities: ['note'], actions: ['update'], search: '' }).matching,
      ).toBe(1);
    } finally {
      db.close();
    }
  });
});
