import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import type { Db } from '../../../electron/core/db/open';
import { buildWriter, prepareFacility, type Facility } from '../../crash/harness';

/**
 * Two processes writing to one file at once, as the CLI importing beside the open app does:
 * one commits roster imports, the other goal progress and pairing steps through the services.
 * Write transactions begin IMMEDIATE under a busy timeout, so the second writer waits for the
 * lock instead of failing with "database is locked": no write fails, the chain is unbroken,
 * and every write either process reported is in the file.
 */
const IMPORTS = 25;
const EDITS = 120;
let dir = '';
let writer = '';
let removeWriter = () => {};
let facility: Facility;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-concurrent-'));
  const built = await buildWriter('test/crash/concurrent-writer.ts');
  writer = built.writer;
  removeWriter = built.remove;
  facility = await prepareFacility(dir);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeWriter();
});

interface Child {
  ready: Promise<void>;
  go: () => void;
  finished: Promise<{ code: number | null; out: string; err: string }>;
}

function start(mode: 'import' | 'edit', writes: number): Child {
  const child = spawn(
    process.execPath,
    [
      writer,
      facility.dbPath,
      mode,
      String(writes),
      String(facility.pairingId),
      String(facility.goalId),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if (out.startsWith('ready\n')) markReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const finished = new Promise<{ code: number | null; out: string; err: string }>((done) =>
    child.on('exit', (code) => done({ code, out, err })),
  );
  return { ready, go: () => child.stdin.write('go\n'), finished };
}

describe('two processes writing to one database at once', () => {
  it('both finish every write, in one unbroken chain', async () => {
    const before = eventCount();
    const importer = start('import', IMPORTS);
    const editor = start('edit', EDITS);
    await Promise.all([importer.ready, editor.ready]);
    importer.go();
    editor.go();
    const [imported, edited] = await Promise.all([importer.finished, editor.finished]);
    expect(imported.err).toBe('');
    expect(edited.err).toBe('');
    expect(imported.code).toBe(0);
    expect(edited.code).toBe(0);
    const importLines = imported.out.split('\n').filter((l) => l.startsWith('ok '));
    const editLines = edited.out.split('\n').filter((l) => l.startsWith('ok '));
    expect(importLines).toHaveLength(IMPORTS);
    expect(editLines).toHaveLength(EDITS);

    const db = new Database(facility.dbPath, { readonly: true });
    try {
      const chain = verifyAuditTrail(db as Db);
      expect(chain.intact).toBe(true);
      const hashOf = db.prepare('SELECT hash FROM audit_events WHERE id = ?').pluck();
      for (const line of [...importLines, ...editLines]) {
        const [, id, hash] = line.split(' ');
        expect(hashOf.get(Number(id))).toBe(hash);
      }
      const staff = db.prepare('SELECT 1 FROM staff WHERE employee_number = ?').pluck();
      for (const line of importLines) expect(staff.get(line.split(' ')[3])).toBe(1);
      const progress = db.prepare('SELECT count(*) FROM goal_progress WHERE note LIKE ?').pluck();
      expect(progress.get('edit %')).toBe(EDITS - Math.ceil(EDITS / 4));
      // The two really overlapped: the editor's events sit between the importer's.
      const actorRange = db.prepare(
        'SELECT min(id) AS first, max(id) AS last FROM audit_events WHERE actor = ?',
      );
      const imports = actorRange.get('importer') as { first: number; last: number };
      const edits = actorRange.get('editor') as { first: number; last: number };
      expect(edits.first).toBeLessThan(imports.last);
      expect(imports.first).toBeLessThan(edits.last);
      const events = chain.events - before;
      console.log(
        `Concurrent writers: ${importLines.length} imports + ${editLines.length} edits committed, ` +
          `0 failed, ${events} audit events in one chain`,
      );
    } finally {
      db.close();
    }
  }, 120_000);
});

function eventCount(): number {
  const db = new Database(facility.dbPath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM audit_events').pluck().get() as number;
  } finally {
    db.close();
  }
}
