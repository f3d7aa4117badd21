/**
 * The audit trail with 100,000 events: `audit verify` beside its floor, and the Audit page's
 * queries. Prints figures; asserts nothing.
 * Run: npx tsx test/bench/audit.ts
 *
 * The trail is the one a 100,000-row roster import writes (one event per staff member). The
 * floor reads every event and hashes it chained to the one before (SHA-256 of the previous
 * hash and the row's stored text), without the checks and the canonical form `verify` adds.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditFacets, listAuditEvents } from '../../electron/core/audit/service';
import { verifyAuditTrail } from '../../electron/core/audit/verify';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { commitRoster } from '../../electron/core/roster/service';
import { generatedRoster } from './import';

const EVENTS = 100_000;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Timed {
  ms: number;
  cpuMs: number;
}

function timed(run: () => unknown): Timed {
  const t = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

/** Read every event and hash it onto the chain: what verifying cannot do with less. */
function readAndHash(db: Db): number {
  let prev = '0'.repeat(64);
  let events = 0;
  const rows = db
    .prepare(
      'SELECT id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash FROM audit_events ORDER BY id',
    )
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  for (const r of rows) {
    const text = `${String(r[0])}\n${String(r[1])}\n${String(r[2])}\n${String(r[3])}\n${String(r[4])}\n${String(r[5])}\n${String(r[6])}\n${String(r[7])}`;
    prev = createHash('sha256').update(prev).update('\n').update(text).digest('hex');
    events += 1;
  }
  return events;
}

export async function benchAudit(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-audit-'));
  const db = openDatabase(join(dir, 'audit.sqlite'), { create: true });
  try {
    const ctx = { db, actor: { name: 'bench' }, clock: { now: () => new Date() } };
    const bytes = generatedRoster(EVENTS - 1);
    await commitRoster(ctx, { fileName: 'generated.csv', bytes });
    const floor: Timed[] = [];
    const verify: Timed[] = [];
    let intact = true;
    for (let run = 0; run < RUNS; run += 1) {
      floor.push(timed(() => readAndHash(db)));
      verify.push(timed(() => (intact = verifyAuditTrail(db).intact && intact)));
    }
    const f = { ms: median(floor.map((t) => t.ms)), cpu: median(floor.map((t) => t.cpuMs)) };
    const v = { ms: median(verify.map((t) => t.ms)), cpu: median(verify.map((t) => t.cpuMs)) };
    console.log(
      `${EVENTS.toLocaleString('en-US')} events, median of ${RUNS} runs in this process; load average before ${loadavg()[0]?.toFixed(1) ?? '?'}:`,
    );
    console.log(
      `  floor: read every event and hash the chain   ${f.ms.toFixed(0).padStart(6)} ms (cpu ${f.cpu.toFixed(0)} ms)`,
    );
    console.log(
      `  audit verify (${intact ? 'intact' : 'BROKEN'})                        ${v.ms.toFixed(0).padStart(6)} ms (cpu ${v.cpu.toFixed(0)} ms)`,
    );
    console.log(
      `  verify / floor: ${(v.ms / f.ms).toFixed(2)}× wall, ${(v.cpu / f.cpu).toFixed(2)}× cpu`,
    );

    const someone = (db.prepare('SELECT max(id) AS id FROM staff').get() as { id: number }).id;
    const queries: [string, () => unknown][] = [
      ['newest 200', () => listAuditEvents(db, { limit: 200 })],
      ['200 from the middle', () => listAuditEvents(db, { offset: EVENTS / 2, limit: 200 })],
      ['one person', () => listAuditEvents(db, { staffId: someone, limit: 200 })],
      [
        'one kind and action',
        () => listAuditEvents(db, { entities: ['staff'], actions: ['create'] }),
      ],
      [
        'a day range',
        () => listAuditEvents(db, { since: '2020-01-01T00:00:00Z', until: '2020-01-02T00:00:00Z' }),
      ],
      ['search "Cardiology"', () => listAuditEvents(db, { search: 'Cardiology' })],
      ['counts for the filters', () => auditFacets(db)],
    ];
    console.log(
      '  Audit page queries (each with its count of matching events and names resolved):',
    );
    for (const [label, query] of queries) {
      query();
      const ms = median(Array.from({ length: RUNS }, () => timed(query).ms));
      console.log(`    ${label.padEnd(24)} ${ms.toFixed(1).padStart(7)} ms`);
    }
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAudit();
