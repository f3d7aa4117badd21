/**
 * How long the UI's process stays unresponsive during a 100,000-row roster import (target:
 * never more than 100 ms). Prints figures; asserts nothing.
 * Run: npx tsx test/bench/ui-responsiveness.ts [rows]   (also in npm run bench)
 *
 * The local host (worker mode, as the e2e tests and `npm run browser` run it) imports a
 * generated roster through its HTTP API: preview, then commit. Meanwhile, on the host's main
 * thread (this process's), it measures:
 * - event-loop delay with perf_hooks.monitorEventLoopDelay (10 ms resolution), max and p99;
 * - the drift of a 10 ms interval timer (the longest a timer waited past its time);
 * - the latency of small requests the page makes during a job, answered on the main thread:
 *   a static file (GET /) and the job list the progress overlay polls (GET /api/jobs);
 * - one database call (facility.status) made mid-import: it goes to the worker and waits
 *   behind the job, which is said as such (the overlay covers the page while a job runs).
 * Then, for comparison, the same import with the router on the main thread, as the host and
 * the Electron main process ran it before the core moved off that thread.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/result';
import { handlers } from '../../electron/core/api/handlers';
import { createRouter } from '../../electron/core/api/router';
import { createContext } from '../../electron/core/context';
import { memorySettings } from '../../electron/core/settings';
import { startHost } from '../../electron/host/server';

const ROSTER = resolve('electron/core/demo/watson_healthcare_roster.csv');

function generatedRoster(rows: number): Buffer {
  const [header, ...body] = readFileSync(ROSTER, 'utf8').trim().split(/\r?\n/);
  const lines = [header ?? ''];
  for (let i = 0; i < rows; i += 1) {
    const line = body[i % body.length] ?? '';
    lines.push(`${5_000_000 + i}${line.slice(line.indexOf(','))}`);
  }
  return Buffer.from(Buffer.from(`${lines.join('\n')}\n`).toString('base64'));
}

/**
 * The request body of a call carrying the file, put together from bytes made before the
 * measuring starts: this process is also the host, and building a 40 MB JSON string here
 * would stall the very thread being measured (a page in a browser builds it on its own).
 */
function fileCallBody(name: string, contentBase64: Buffer, extra: Record<string, unknown>): Buffer {
  const head = JSON.stringify({
    name,
    input: { ...extra, fileName: 'generated.csv', contentBase64: '' },
  });
  const at = head.indexOf('"contentBase64":""') + '"contentBase64":"'.length;
  return Buffer.concat([
    Buffer.from(head.slice(0, at)),
    contentBase64,
    Buffer.from(head.slice(at)),
  ]);
}

type Call = (name: string, input: unknown) => Promise<Result<unknown>>;

async function value<T>(call: Call, name: string, input: unknown): Promise<T> {
  const result = await call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** A new facility with its first administrator signed in, where accounts exist. */
async function setUp(call: Call, dir: string): Promise<void> {
  await value(call, 'facility.create', { path: join(dir, 'bench.sqlite'), name: 'Bench' });
  const admin = await call('accounts.createFirstAdmin', {
    displayName: 'Bench Admin',
    username: 'bench',
    password: 'bench-password-1',
  });
  if (!admin.ok && admin.error.code !== 'unknown_method') throw new Error(admin.error.message);
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

interface Measured {
  /** perf_hooks.monitorEventLoopDelay. */
  maxDelayMs: number;
  p99DelayMs: number;
  /** How late each tick of a 10 ms interval timer came. */
  maxDriftMs: number;
  p99DriftMs: number;
  /** The share of the time this thread was busy running JavaScript or I/O callbacks. */
  utilisation: number;
}

/** Event-loop delay and timer drift on this thread from now until `stop`. */
function watchStalls(): { stop(): Measured } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const elu = performance.eventLoopUtilization();
  let expected = performance.now() + 10;
  const drifts: number[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    drifts.push(Math.max(0, now - expected));
    expected = now + 10;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      histogram.disable();
      return {
        maxDelayMs: histogram.max / 1e6,
        p99DelayMs: histogram.percentile(99) / 1e6,
        maxDriftMs: Math.max(...drifts),
        p99DriftMs: quantile(drifts, 0.99),
        utilisation: performance.eventLoopUtilization(elu).utilization,
      };
    },
  };
}

const describe = (m: Measured) =>
  `longest stall (10 ms timer drift) ${ms(m.maxDriftMs)}, p99 ${ms(m.p99DriftMs)}; ` +
  `event-loop delay (monitorEventLoopDelay) max ${ms(m.maxDelayMs)}, p99 ${ms(m.p99DelayMs)}; ` +
  `thread busy ${(m.utilisation * 100).toFixed(1)}% of the time`;

interface Imported {
  previewMs: number;
  commitMs: number;
  added: number;
}

/** Preview then commit, each call sent as `send` sends its prepared body. */
async function importThrough(
  send: (body: Buffer) => Promise<Result<unknown>>,
  bodies: { preview: Buffer; commit: Buffer },
): Promise<Imported> {
  let t = performance.now();
  const preview = await send(bodies.preview);
  if (!preview.ok) throw new Error(preview.error.message);
  const previewMs = performance.now() - t;
  t = performance.now();
  const commit = await send(bodies.commit);
  if (!commit.ok) throw new Error(commit.error.message);
  const added = (commit.value as { new: number }).new;
  return { previewMs, commitMs: performance.now() - t, added };
}

/** An HTTP client in a worker thread: the bodies are handed over (moved), the answers come back. */
function uploader(base: string, token: string) {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', async ({ id, body }) => {
       const response = await fetch(${JSON.stringify(`${base}/api/call`)}, {
         method: 'POST',
         headers: { 'Content-Type': 'application/json', Authorization: ${JSON.stringify(`Bearer ${token}`)} },
         body,
       });
       parentPort.postMessage({ id, text: await response.text() });
     });`,
    { eval: true },
  );
  let next = 1;
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  worker.on('message', ({ id, text }: { id: number; text: string }) => {
    waiting.get(id)?.(JSON.parse(text) as Result<unknown>);
    waiting.delete(id);
  });
  return {
    send(body: Buffer): Promise<Result<unknown>> {
      const id = next++;
      // A large Buffer.concat result owns its memory: moved, not copied (it is then unusable here).
      const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
      const moved = owned ? body : new Uint8Array(body);
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, body: moved }, [moved.buffer as ArrayBuffer]);
      });
    },
    close: () => worker.terminate(),
  };
}

/** Lets the timers that were held up by a blocked thread fire and be counted. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

export async function benchUiResponsiveness(rows = 100_000): Promise<void> {
  const contentBase64 = generatedRoster(rows);
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-ui-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tandem</title>');
  try {
    // ---- The host as it runs now: the core in a worker thread.
    const host = await startHost({ userDataDir: join(dir, 'user'), staticDir, dailyBackup: false });
    const base = `http://127.0.0.1:${host.port}`;
    const auth = { Authorization: `Bearer ${host.token}` };
    const http: Call = async (name, input) =>
      (await (
        await fetch(`${base}/api/call`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({ name, input }),
        })
      ).json()) as Result<unknown>;
    await setUp(http, dir);
    const post0 = async (body: Buffer, name: string): Promise<Result<unknown>> => {
      const result = (await (
        await fetch(`${base}/api/call`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body,
        })
      ).json()) as Result<unknown>;
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result;
    };

    // Both request bodies are made before measuring (the commit's needs the preview's mapping).
    const previewBody = fileCallBody('roster.preview', contentBase64, {});
    const { mapping } = await value<{ mapping: unknown }>(
      (name) => post0(previewBody, name),
      'roster.preview',
      {},
    );
    const bodies = {
      preview: previewBody,
      commit: fileCallBody('roster.commit', contentBase64, { mapping }),
    };

    // The machine's own noise (other processes on a shared CPU): the same probes, no import.
    const idle = watchStalls();
    for (let i = 0; i < 40; i += 1) {
      await (await fetch(`${base}/`)).arrayBuffer();
      await new Promise((r) => setTimeout(r, 50));
    }
    await settle();
    const idleMeasured = idle.stop();

    const pageMs: number[] = [];
    const jobsMs: number[] = [];
    let importing = true;
    const probe = (async () => {
      while (importing) {
        let t = performance.now();
        await (await fetch(`${base}/`)).arrayBuffer();
        pageMs.push(performance.now() - t);
        t = performance.now();
        await (await fetch(`${base}/api/jobs`, { headers: auth })).json();
        jobsMs.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    let dbCallMs = NaN;
    // The uploads are sent from a thread of their own, as a browser sends them from its own
    // process: this thread is the host's, and is the one measured.
    const client = uploader(base, host.token);
    const post = (body: Buffer) => client.send(body);
    const stalls = watchStalls();
    const importing$ = importThrough(post, bodies);
    // A database call in the middle of the commit: it waits for the worker.
    setTimeout(() => {
      const t = performance.now();
      void http('facility.status', {}).then(() => (dbCallMs = performance.now() - t));
    }, 3000);
    const worker = await importing$;
    await settle();
    const measured = stalls.stop();
    await client.close();
    importing = false;
    await probe;
    await host.close();

    console.log(
      `UI responsiveness, ${rows.toLocaleString('en-US')}-row roster imported through the local host's API (core in a worker thread):`,
    );
    console.log(
      `  import: preview ${ms(worker.previewMs)}, commit ${ms(worker.commitMs)} (${worker.added.toLocaleString('en-US')} staff added)`,
    );
    console.log(`  host main thread during the import: ${describe(measured)}`);
    console.log(`  the same thread idle for comparison (machine noise): ${describe(idleMeasured)}`);
    console.log(
      `  answered on the main thread meanwhile: page GET / ×${pageMs.length} p50 ${ms(quantile(pageMs, 0.5))}, p99 ${ms(quantile(pageMs, 0.99))}, max ${ms(Math.max(...pageMs))}; job list GET /api/jobs ×${jobsMs.length} p99 ${ms(quantile(jobsMs, 0.99))}, max ${ms(Math.max(...jobsMs))}`,
    );
    console.log(
      `  a database call (facility.status) made 3 s into the import answered after ${ms(dbCallMs)}: it waits behind the job in the worker`,
    );

    // ---- Before: the router on the main thread (as the host and Electron main ran it).
    const userDataDir = join(dir, 'before');
    mkdirSync(userDataDir);
    const ctx = createContext({ settings: memorySettings(), userDataDir });
    const router = createRouter(handlers, ctx);
    const inProcess: Call = (name, input) => router(name, input);
    const beforeDir = join(dir, 'before-db');
    mkdirSync(beforeDir);
    await setUp(inProcess, beforeDir);
    const direct = (body: Buffer) => {
      const { name, input } = JSON.parse(body.toString('utf8')) as { name: string; input: unknown };
      return inProcess(name, input);
    };
    const again = {
      preview: fileCallBody('roster.preview', contentBase64, {}),
      commit: fileCallBody('roster.commit', contentBase64, { mapping }),
    };
    const before = watchStalls();
    const old = await importThrough(direct, again);
    await settle();
    const oldMeasured = before.stop();
    ctx.db?.close();
    console.log(
      `  before (router on the main thread, for comparison): preview ${ms(old.previewMs)}, commit ${ms(old.commitMs)}; longest stall (10 ms timer drift) ${ms(oldMeasured.maxDriftMs)}; thread busy ${(oldMeasured.utilisation * 100).toFixed(1)}% of the time`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchUiResponsiveness(Number(process.argv[2] ?? 100_000));
}
