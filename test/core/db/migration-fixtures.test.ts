import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import { createContext, type AppContext } from '../../../electron/core/context';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase, schemaVersion, type Db } from '../../../electron/core/db/open';
import { createFacility } from '../../../electron/core/facility/service';
import { memorySettings } from '../../../electron/core/settings';
import { TEST_ACTOR, tempDir, testClock } from '../../helpers/db';

/**
 * A database from each earlier schema version migrates to the current one with its data intact.
 * Each fixture is built by applying MIGRATIONS.slice(0, k) to a fresh file and inserting, with
 * SQL, representative rows of every table that version has: the demo facility's rows, cut to
 * that version's columns. After migrating, every fixture row is still there with the same
 * values, foreign keys hold and the audit chain verifies.
 */

type Rows = Map<string, Record<string, unknown>[]>;
let demo: Rows;
let ctx: AppContext;

function tablesOf(db: Db): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

function columnsOf(db: Db, table: string): string[] {
  return (db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
}

function allRows(db: Db, table: string, columns: string[]): Record<string, unknown>[] {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${list} FROM "${table}" ORDER BY rowid`).all() as Record<
    string,
    unknown
  >[];
}

beforeAll(async () => {
  ctx = createContext({
    settings: memorySettings(),
    // Not tempDir(): that folder goes after the first test, this one lives for the file.
    userDataDir: mkdtempSync(join(tmpdir(), 'tandem-migration-demo-')),
    actor: TEST_ACTOR,
    clock: testClock(),
  });
  await createFacility(ctx, {
    path: join(ctx.userDataDir, 'demo.sqlite'),
    name: 'Demo',
    demo: true,
  });
  const db = ctx.db as Db;
  demo = new Map(tablesOf(db).map((t) => [t, allRows(db, t, columnsOf(db, t))]));
}, 120_000);

afterAll(() => {
  ctx.db?.close();
  rmSync(ctx.userDataDir, { recursive: true, force: true });
});

/** A database at schema version `k` holding the demo rows its tables can take. */
function fixture(k: number): { path: string; rows: Rows } {
  const path = join(tempDir(), `v${k}.sqlite`);
  const db = openDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, k) });
  const rows: Rows = new Map();
  const columnsKept = new Map<string, string[]>();
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (const table of tablesOf(db)) {
      const columns = columnsOf(db, table);
      // Rows a migration put there itself (a seeded catalogue) are kept, not duplicated.
      const seeded = new Set(
        columns.includes('id')
          ? (db.prepare(`SELECT id FROM "${table}"`).pluck().all() as unknown[])
          : [],
      );
      const source = (demo.get(table) ?? []).filter((row) => !seeded.has(row.id));
      const present = columns.filter((c) => c in (demo.get(table)?.[0] ?? {}));
      if (present.length === 0) continue;
      // OR IGNORE: a demo row only a later version allows (a peer in a reciprocal pairing
      // before groups existed) is not one an older database could hold; it is left out.
      const insert = db.prepare(
        `INSERT OR IGNORE INTO "${table}" (${present.map((c) => `"${c}"`).join(', ')}) VALUES (${present
          .map(() => '?')
          .join(', ')})`,
      );
      for (const row of source) insert.run(...present.map((c) => row[c]));
      columnsKept.set(table, present);
    }
    // ...and so are the rows that pointed at a row left out, until every reference holds.
    for (;;) {
      const dangling = db.pragma('foreign_key_check') as { table: string; rowid: number }[];
      if (dangling.length === 0) break;
      for (const d of dangling) db.prepare(`DELETE FROM "${d.table}" WHERE rowid = ?`).run(d.rowid);
    }
    for (const [table, present] of columnsKept) rows.set(table, allRows(db, table, present));
  })();
  expect(schemaVersion(db)).toBe(k);
  db.close();
  return { path, rows };
}

describe('migrating a database from each earlier schema version', () => {
  const latest = MIGRATIONS.length;
  for (let k = 1; k < latest; k += 1) {
    it(`version ${k} → ${latest} keeps every row`, () => {
      const { path, rows } = fixture(k);
      expect([...rows.values()].some((r) => r.length > 0)).toBe(true);
      const db = openDatabase(path);
      try {
        expect(schemaVersion(db)).toBe(latest);
        for (const [table, before] of rows) {
          const columns = Object.keys(before[0] ?? {});
          if (columns.length === 0) continue;
          expect(allRows(db, table, columns), `${table} after migrating from ${k}`).toEqual(before);
        }
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        if (rows.has('audit_events')) expect(verifyAuditTrail(db)).toMatchObject({ intact: true });
      } finally {
        db.close();
      }
    }, 60_000);
  }
});
