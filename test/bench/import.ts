/**
 * Roster import throughput beside its floor. Prints figures; asserts nothing.
 * Run: npx tsx test/bench/import.ts
 *
 * - The shared 1,676-row roster, previewed and committed in this process.
 * - A generated 100,000-row roster (the shared rows repeated with fresh employee numbers),
 *   committed from the file's bytes: read, map, check, plan, write every staff member with one
 *   hash-chained audit event each, commit. Beside it, the floor: raw better-sqlite3 inserting the
 *   same staff rows with one SHA-256-chained audit row each into the same schema, in one
 *   transaction, with the rows already parsed (no reading, checking or planning).
 *
 * Each 100,000-row run is a fresh Node process running this file bundled by esbuild (as the app
 * runs its bundled main process), so its peak memory (maxRSS) is its own.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { openDatabase } from '../../electron/core/db/open';
import { EMPTY_STAFF, insertParams, mergeStaffFields } from '../../electron/core/roster/fields';
import {
  mappedColumnIndexes,
  suggestColumns,
  suggestMapping,
} from '../../electron/core/roster/mapping';
import { readRosterTable } from '../../electron/core/roster/read';
import { toRosterRecords } from '../../electron/core/roster/records';
import { IMPORT_CACHE_KIB, commitRoster, previewRoster } from '../../electron/core/roster/service';

const ROSTER = resolve('electron/core/demo/watson_healthcare_roster.csv');
const ROWS = 100_000;
const RUNS = 3;

export function generatedRoster(rows: number): Uint8Array {
  const source = readFileSync(ROSTER, 'utf8').trim().split(/\r?\n/);
  const header = source[0] ?? '';
  const body = source.slice(1);
  const lines = [header];
  for (let i = 0; i < rows; i += 1) {
    const line = body[i % body.length] ?? '';
    // A fresh employee number per row, the rest of the row as HR sent it.
    lines.push(`${2_000_000 + i}${line.slice(line.indexOf(','))}`);
  }
  return new Uint8Array(Buffer.from(`${lines.join('\n')}\n`));
}

interface ChildResult {
  ms: number;
  /** CPU time (user + system) over the same span: steadier than wall time on a busy machine. */
  cpuMs: number;
  rows: number;
  /** Peak resident memory of the whole process, in MB. */
  peakMb: number;
  /** Resident memory once the modules were loaded, before the file was read, in MB. */
  baseMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** Tandem: the file's bytes to a committed transaction, as the Import button does it. */
async function commitChild(file: string, dbPath: string): Promise<ChildResult> {
  const baseMb = mb(process.memoryUsage().rss);
  const db = openDatabase(dbPath, { create: true });
  const ctx = { db, actor: { name: 'bench' }, clock: { now: () => new Date() } };
  const t = performance.now();
  const cpu = process.cpuUsage();
  const bytes = readFileSync(file);
  const summary = await commitRoster(ctx, { fileName: 'generated.csv', bytes });
  const ms = performance.now() - t;
  const cpuMs = cpuSince(cpu);
  db.close();
  return { ms, cpuMs, rows: summary.new, peakMb: process.resourceUsage().maxRSS / 1000, baseMb };
}

const FLOOR_INSERT_STAFF = `INSERT INTO staff (id, employee_number, first_name, last_name,
  preferred_name, email, role, unit, job_level, hire_date, end_date, years_experience, shift,
  languages_json, interests_json, career_goals, supervisor_id, status, notes, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const FLOOR_INSERT_EVENT = `INSERT INTO audit_events (id, at, actor, entity, entity_id, action,
  before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The floor: the same rows, already parsed, straight into SQLite with a chained audit row each. */
async function floorChild(file: string, dbPath: string): Promise<ChildResult> {
  const baseMb = mb(process.memoryUsage().rss);
  const bytes = readFileSync(file);
  const table = await readRosterTable('generated.csv', bytes, (headers) =>
    mappedColumnIndexes(headers, { columns: suggestColumns(headers) }),
  );
  const rows = toRosterRecords(table, suggestMapping(table)).records.map((r) =>
    mergeStaffFields(EMPTY_STAFF, r.values),
  );
  const db = openDatabase(dbPath, { create: true });
  // The same connection and page cache as Tandem's import (roster/service.ts).
  db.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`);
  const at = new Date().toISOString();
  const t = performance.now();
  const cpu = process.cpuUsage();
  const insertStaff = db.prepare(FLOOR_INSERT_STAFF);
  const insertEvent = db.prepare(FLOOR_INSERT_EVENT);
  db.transaction(() => {
    let prev = '0'.repeat(64);
    rows.forEach((fields, index) => {
      const id = index + 1;
      insertStaff.run(insertParams(id, at, fields));
      const after = JSON.stringify({ id, ...fields });
      const text = `${id}\n${at}\nbench\nstaff\n${id}\ncreate\n${after}`;
      const hash = createHash('sha256').update(prev).update('\n').update(text).digest('hex');
      insertEvent.run(id, at, 'bench', 'staff', String(id), 'create', null, after, prev, hash);
      prev = hash;
    });
  })();
  const ms = performance.now() - t;
  const cpuMs = cpuSince(cpu);
  db.close();
  return { ms, cpuMs, rows: rows.length, peakMb: process.resourceUsage().maxRSS / 1000, baseMb };
}

/** This file bundled for plain Node, with packages left to node_modules. */
async function bundle(): Promise<string> {
  const dir = resolve('node_modules/.cache/tandem-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'import.mjs');
  await build({
    entryPoints: [resolve('test/bench/import.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}

function runChild(
  script: string,
  mode: 'floor' | 'commit',
  file: string,
  dir: string,
): ChildResult {
  const dbPath = join(dir, `${mode}-${Math.random().toString(36).slice(2)}.sqlite`);
  const out = spawnSync(process.execPath, [script, '--child', mode, file, dbPath], {
    encoding: 'utf8',
  });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  if (out.status !== 0) throw new Error(`${mode} run failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function sharedRoster(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const db = openDatabase(join(dir, 'bench.sqlite'), { create: true });
  const ctx = { db, actor: { name: 'bench' }, clock: { now: () => new Date() } };
  try {
    const fileName = 'watson_healthcare_roster.csv';
    const bytes = new Uint8Array(readFileSync(ROSTER));
    let t = performance.now();
    const preview = await previewRoster(db, { fileName, bytes });
    const previewMs = performance.now() - t;
    t = performance.now();
    await commitRoster(ctx, { fileName, bytes }, preview.mapping);
    const commitMs = performance.now() - t;
    return `shared roster: ${preview.file.rowCount} rows, preview ${previewMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms`;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchImport(): Promise<void> {
  console.log(await sharedRoster());
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-import-'));
  try {
    const file = join(dir, 'generated.csv');
    writeFileSync(file, generatedRoster(ROWS));
    const script = await bundle();
    const floor: ChildResult[] = [];
    const tandem: ChildResult[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      floor.push(runChild(script, 'floor', file, dir));
      tandem.push(runChild(script, 'commit', file, dir));
    }
    const floorMs = median(floor.map((r) => r.ms));
    const tandemMs = median(tandem.map((r) => r.ms));
    const floorCpu = median(floor.map((r) => r.cpuMs));
    const tandemCpu = median(tandem.map((r) => r.cpuMs));
    const line = (label: string, rs: ChildResult[], ms: number, cpu: number) =>
      `  ${label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms (cpu ${cpu.toFixed(0)} ms; runs ${rs.map((r) => r.ms.toFixed(0)).join(', ')})  peak ${Math.max(...rs.map((r) => r.peakMb)).toFixed(0)} MB (process at start ${Math.max(...rs.map((r) => r.baseMb))} MB)`;
    console.log(
      `${ROWS.toLocaleString('en-US')}-row roster, median of ${RUNS} runs, each in a fresh Node ${process.version} process; load average before ${loadavg()[0]?.toFixed(1) ?? '?'}:`,
    );
    console.log(line('floor: raw inserts + SHA-256-chained audit rows', floor, floorMs, floorCpu));
    console.log(line('Tandem: file bytes → committed import', tandem, tandemMs, tandemCpu));
    console.log(
      `  Tandem / floor: ${(tandemMs / floorMs).toFixed(2)}× wall, ${(tandemCpu / floorCpu).toFixed(2)}× cpu`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  const [mode, file, dbPath] = process.argv.slice(3);
  if (!file || !dbPath) throw new Error('usage: --child floor|commit FILE DB');
  const result =
    mode === 'floor' ? await floorChild(file, dbPath) : await commitChild(file, dbPath);
  console.log(JSON.stringify(result));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await benchImport();
}
