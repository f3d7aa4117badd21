import { describe, expect, it } from 'vitest';
import { canonicalJson, eventHash, GENESIS_HASH } from '../../../electron/core/audit/chain';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import { write } from '../../../electron/core/db/write';
import { testDb } from '../../helpers/db';

function seedEvents(ctx: ReturnType<typeof testDb>, count: number): void {
  for (let i = 1; i <= count; i += 1) {
    write(ctx, (tx) =>
      tx.audit({
        entity: 'note',
        entityId: i,
        action: 'create',
        before: null,
        after: { text: `note ${i}`, n: i },
      }),
    );
  }
}

/** Tampering needs the append-only triggers out of the way, as an attacker with the file would. */
function dropGuards(ctx: ReturnType<typeof testDb>): void {
  ctx.db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
}

describe('the audit trail', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('canonical JSON follows JSON.stringify for what JSON leaves out or converts', () => {
    expect(
      canonicalJson({
        z: undefined,
        b: [undefined, Number.NaN, () => 1, -0],
        a: new Date(Date.UTC(2026, 10, 23)),
        c: { y: 'é"\n', x: Infinity },
      }),
    ).toBe('{"a":"2026-11-23T00:00:00.000Z","b":[null,null,null,0],"c":{"x":null,"y":"é\\"\\n"}}');
  });

  it('canonical JSON is the same whichever way a value was built, in order or not', () => {
    // Values in key order take JSON.stringify's fast path; shuffled copies take the sorting one.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const value = (depth: number): unknown => {
      const roll = random();
      if (depth > 2 || roll < 0.4) {
        return [null, true, 3, -0.5, 'é"\\', '', 12345678901][Math.floor(random() * 7)];
      }
      if (roll < 0.6)
        return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
      const keys = ['b', 'a', 'id', '10', '2', 'zeta', 'Alpha'].filter(() => random() < 0.6);
      return Object.fromEntries(keys.map((k) => [k, value(depth + 1)]));
    };
    const sortedCopy = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortedCopy)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sortedCopy((v as Record<string, unknown>)[k])]),
            )
          : v;
    const shuffled = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(shuffled)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, shuffled(x)]),
            )
          : v;
    for (let i = 0; i < 500; i += 1) {
      const v = value(0);
      // What the trail always meant by canonical: keys sorted at every level, then JSON.
      const expected = JSON.stringify(sortedCopy(v)) ?? 'null';
      expect(canonicalJson(v)).toBe(expected);
      expect(canonicalJson(shuffled(v))).toBe(expected);
    }
  });

  it('stores before and after as the canonical JSON its hash covers', () => {
    const ctx = testDb();
    write(ctx, (tx) =>
      tx.audit({
        entity: 'note',
        entityId: 1,
        action: 'update',
        before: { text: 'old', at: { b: 2, a: 1 } },
        after: { text: 'new', at: { b: 3, a: 1 } },
      }),
    );
    const row = ctx.db.prepare('SELECT before_json, after_json FROM audit_events').get();
    expect(row).toEqual({
      before_json: '{"at":{"a":1,"b":2},"text":"old"}',
      after_json: '{"at":{"a":1,"b":3},"text":"new"}',
    });
  });

  it('verifies events stored with their keys in another order, as older versions stored them', () => {
    const ctx = testDb();
    const insert = ctx.db.prepare(
      `INSERT INTO audit_events (id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
       VALUES (?, '2026-11-23T09:00:00.000Z', 'educator', 'note', ?, 'create', NULL, ?, ?, ?)`,
    );
    let prev = GENESIS_HASH;
    for (const id of [1, 2]) {
      const after = { text: `note ${id}`, n: id };
      const hash = eventHash(prev, {
        id,
        at: '2026-11-23T09:00:00.000Z',
        actor: 'educator',
        entity: 'note',
        entityId: String(id),
        action: 'create',
        before: null,
        after,
      });
      // Insertion order ("text" before "n"), not the canonical order.
      insert.run(id, String(id), JSON.stringify(after), prev, hash);
      prev = hash;
    }
    expect(verifyAuditTrail(ctx.db)).toEqual({ intact: true, events: 2, headHash: prev });
  });

  it('records who, when and what, chained by hash', () => {
    const ctx = testDb();
    seedEvents(ctx, 3);
    const rows = ctx.db.prepare('SELECT * FROM audit_events ORDER BY id').all() as Record<
      string,
      unknown
    >[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      actor: 'educator@test-workstation',
      at: '2026-11-23T09:00:00.000Z',
      entity: 'note',
      entity_id: '1',
    });
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(verifyAuditTrail(ctx.db)).toMatchObject({ intact: true, events: 3 });
  });

  it('refuses UPDATE and DELETE on the trail', () => {
    const ctx = testDb();
    seedEvents(ctx, 1);
    expect(() => ctx.db.prepare("UPDATE audit_events SET actor = 'someone else'").run()).toThrow(
      /append-only/,
    );
    expect(() => ctx.db.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
  });

  it('rolls back the change when the write fails, trail included', () => {
    const ctx = testDb();
    expect(() =>
      write(ctx, (tx) => {
        tx.audit({ entity: 'note', entityId: 1, action: 'create', before: null, after: {} });
        throw new Error('half way');
      }),
    ).toThrow('half way');
    expect(ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get()).toEqual({ n: 0 });
  });

  it('refuses a write that records no audit event', () => {
    const ctx = testDb();
    expect(() =>
      write(ctx, (tx) => tx.db.prepare("INSERT INTO facility VALUES (1, 'x', 'y')").run()),
    ).toThrow(/audit event/);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM facility').get()).toEqual({ n: 0 });
  });

  it('detects an altered row', () => {
    const ctx = testDb();
    seedEvents(ctx, 5);
    dropGuards(ctx);
    ctx.db
      .prepare(`UPDATE audit_events SET after_json = '{"text":"forged","n":3}' WHERE id = 3`)
      .run();
    expect(verifyAuditTrail(ctx.db)).toMatchObject({
      intact: false,
      firstBadId: 3,
      reason: expect.stringMatching(/altered/),
    });
  });

  it('detects a removed row', () => {
    const ctx = testDb();
    seedEvents(ctx, 5);
    dropGuards(ctx);
    ctx.db.prepare('DELETE FROM audit_events WHERE id = 2').run();
    expect(verifyAuditTrail(ctx.db)).toMatchObject({
      intact: false,
      firstBadId: 3,
      reason: expect.stringMatching(/missing/),
    });
  });

  it('detects a row inserted out of chain', () => {
    const ctx = testDb();
    seedEvents(ctx, 3);
    dropGuards(ctx);
    // A forged event that claims to follow event 2, appended after event 3.
    const second = ctx.db.prepare('SELECT hash FROM audit_events WHERE id = 2').get() as {
      hash: string;
    };
    ctx.db
      .prepare(
        `INSERT INTO audit_events (id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
         VALUES (4, '2026-11-23T09:00:00.000Z', 'intruder', 'note', '99', 'create', NULL, '{}', ?, ?)`,
      )
      .run(second.hash, 'e'.repeat(64));
    expect(verifyAuditTrail(ctx.db)).toMatchObject({
      intact: false,
      firstBadId: 4,
      reason: expect.stringMatching(/link/),
    });
  });
});
