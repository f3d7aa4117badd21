import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from '../../../electron/core/db/migrations';
import { openDatabase, schemaVersion } from '../../../electron/core/db/open';
import { tempDir } from '../../helpers/db';

describe('opening a facility database', () => {
  it('creates a fresh database at the latest schema with WAL, foreign keys and STRICT tables', () => {
    const db = openDatabase(join(tempDir(), 'new.sqlite'), { create: true });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);
    db.close();
  });

  it('refuses a missing file unless asked to create it', () => {
    expect(() => openDatabase(join(tempDir(), 'missing.sqlite'))).toThrow(/No facility database/);
  });

  it('upgrades an older database and keeps its data', () => {
    const path = join(tempDir(), 'old.sqlite');
    const addNote: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'test-only note column',
      up: (db) => db.exec("ALTER TABLE facility ADD COLUMN note TEXT NOT NULL DEFAULT 'none'"),
    };
    const old = openDatabase(path, { create: true });
    old
      .prepare(
        "INSERT INTO facility (id, name, created_at) VALUES (1, 'St. Elsewhere', '2026-01-01T00:00:00Z')",
      )
      .run();
    old.close();

    const upgraded = openDatabase(path, { migrations: [...MIGRATIONS, addNote] });
    expect(schemaVersion(upgraded)).toBe(MIGRATIONS.length + 1);
    expect(upgraded.prepare('SELECT name, note FROM facility').get()).toEqual({
      name: 'St. Elsewhere',
      note: 'none',
    });
    upgraded.close();
  });

  it('rolls back a migration that fails and leaves the version where it was', () => {
    const path = join(tempDir(), 'broken.sqlite');
    openDatabase(path, { create: true }).close();
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'fails half way',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(() => openDatabase(path, { migrations: [...MIGRATIONS, broken] })).toThrow();
    const db = new Database(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database written by a newer Tandem and leaves the file byte for byte as it was', () => {
    const path = join(tempDir(), 'future.sqlite');
    const future = new Database(path);
    future.exec('CREATE TABLE facility (id INTEGER PRIMARY KEY, name TEXT) STRICT');
    future.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    future.close();
    const bytes = readFileSync(path);

    expect(() => openDatabase(path)).toThrow(
      /newer version of Tandem \(schema \d+; this version knows up to \d+\)/,
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses files that are not Tandem databases without changing them', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.sqlite');
    writeFileSync(
      text,
      'this is not a database at all, just some text that is long enough'.repeat(20),
    );
    expect(() => openDatabase(text)).toThrow(/not an SQLite file/);

    const other = join(dir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY)');
    foreign.close();
    const bytes = readFileSync(other);
    expect(() => openDatabase(other)).toThrow(/another program/);
    expect(readFileSync(other).equals(bytes)).toBe(true);
  });

  it('refuses a migration list that is out of order', () => {
    const path = join(tempDir(), 'order.sqlite');
    const skipped: Migration = {
      version: MIGRATIONS.length + 2,
      name: 'skips a number',
      up: () => undefined,
    };
    expect(() =>
      openDatabase(path, { create: true, migrations: [...MIGRATIONS, skipped] }),
    ).toThrow(/expected \d+/);
  });
});
