import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { goalInput } from '../../shared/domain/goals';
import { createContext, requireDb } from '../../electron/core/context';
import type { Db } from '../../electron/core/db/open';
import { verifyAuditTrail } from '../../electron/core/audit/verify';
import { createFacility } from '../../electron/core/facility/service';
import { createGoal } from '../../electron/core/goals/service';
import { transitionPairing } from '../../electron/core/pairings/lifecycle';
import { assignMentee } from '../../electron/core/pairings/proposals';
import { memorySettings } from '../../electron/core/settings';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../helpers/cohort';

const root = join(import.meta.dirname, '..', '..');

/**
 * Bundles the writer once (as scripts/build-cli.mjs does), so each child starts plain Node. It
 * goes in a temporary folder under node_modules/.cache: packages stay external and resolve from
 * the project's node_modules. Returns the bundle and a function removing its folder.
 */
export async function buildWriter(
  entry = 'test/crash/writer.ts',
): Promise<{ writer: string; remove: () => void }> {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'tandem-crash-writer-'));
  const outfile = join(outDir, 'writer.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    logLevel: 'warning',
  });
  return { writer: outfile, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

export interface Facility {
  dbPath: string;
  pairingId: number;
  goalId: number;
}

/** A facility with one active pairing and one goal for the writer to work on. */
export async function prepareFacility(dir: string): Promise<Facility> {
  const ctx = createContext({
    settings: memorySettings(),
    userDataDir: dir,
    actor: { name: 'crash-setup' },
    clock: { now: () => new Date('2026-11-23T09:00:00.000Z') },
  });
  const dbPath = join(dir, 'facility.sqlite');
  await createFacility(ctx, { path: dbPath, name: 'Crash', demo: false });
  const w = requireDb(ctx);
  const mentor = addStaff(w, 'Ana-Reyes', { employeeNumber: 'M-1' });
  const mentee = addStaff(w, 'Ben-Cole', { employeeNumber: 'M-2' });
  const { cohort } = setUpCohort(w);
  const m = enrolMentor(w, cohort.id, mentor.id);
  const e = enrolMentee(w, cohort.id, mentee.id);
  // The services themselves: the facility is set up as its owner, before any sign-in exists.
  const pairing = assignMentee(w, {
    cohortId: cohort.id,
    menteeEnrolmentId: e.id,
    mentorEnrolmentId: m.id,
  });
  transitionPairing(w, { pairingId: pairing.id, to: 'active' });
  const goal = createGoal(
    w,
    goalInput.parse({
      pairingId: pairing.id,
      title: 'Insert peripheral IV lines',
      metric: 'successful insertions',
      unit: 'insertions',
      baseline: 0,
      target: 10,
      dueDate: '2027-03-01',
    }),
  );
  ctx.db?.close();
  return { dbPath, pairingId: pairing.id, goalId: goal.id };
}

const live = new Set<ReturnType<typeof spawn>>();
/** Kills any writer still running (a timed-out test must not leave one writing). */
export function killLiveWriters(): void {
  for (const child of live) child.kill('SIGKILL');
}

export interface KillOutcome {
  committed: number;
  killedAfterMs: number;
}

/**
 * Starts the writer, kills it with SIGKILL at a random moment (sometimes before it is ready,
 * mostly while it writes), then checks the file: integrity_check ok, the audit chain verifies,
 * and every write the child reported committed is there.
 */
export async function killOnce(
  writer: string,
  facility: Facility,
  run: number,
  random: () => number,
): Promise<KillOutcome> {
  const child = spawn(
    process.execPath,
    [writer, facility.dbPath, String(run), String(facility.pairingId), String(facility.goalId)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  live.add(child);
  child.on('exit', () => live.delete(child));
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  const started = Date.now();
  // One run in ten dies while opening; the others while writing, up to 200 ms in.
  if (random() >= 0.1) {
    await Promise.race([
      new Promise<void>((ready) => {
        const check = () => (out.includes('ready\n') ? ready() : setTimeout(check, 2));
        check();
      }),
      exited,
    ]);
  }
  await new Promise((wait) => setTimeout(wait, Math.floor(random() * 200)));
  const killedAfterMs = Date.now() - started;
  child.kill('SIGKILL');
  const { code, signal } = await exited;
  if (signal !== 'SIGKILL') {
    throw new Error(`run ${run}: the writer stopped by itself (exit ${code}): ${err}`);
  }
  const lines = out.split('\n').filter((l) => l.startsWith('ok '));
  checkFile(facility.dbPath, lines, run);
  return { committed: lines.length, killedAfterMs };
}

function checkFile(dbPath: string, lines: string[], run: number): void {
  const db = new Database(dbPath);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new Error(`run ${run}: integrity_check says ${String(integrity)}`);
    const chain = verifyAuditTrail(db as Db);
    if (!chain.intact) throw new Error(`run ${run}: audit chain broken: ${chain.reason}`);
    const hashOf = db.prepare('SELECT hash FROM audit_events WHERE id = ?').pluck();
    const staff = db.prepare('SELECT 1 FROM staff WHERE employee_number = ?').pluck();
    const progress = db.prepare('SELECT 1 FROM goal_progress WHERE note = ?').pluck();
    for (const line of lines) {
      const [, kind, id, hash, ...rest] = line.split(' ');
      const detail = rest.join(' ');
      if (hashOf.get(Number(id)) !== hash) {
        throw new Error(`run ${run}: reported ${kind} (event ${id}) is missing or changed`);
      }
      if (kind === 'roster' && !staff.get(detail)) {
        throw new Error(`run ${run}: imported staff ${detail} is missing`);
      }
      if (kind === 'progress' && !progress.get(detail)) {
        throw new Error(`run ${run}: progress "${detail}" is missing`);
      }
    }
  } finally {
    db.close();
  }
}

/** A small seeded generator, so a failing run can be repeated with the same kill moments. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
