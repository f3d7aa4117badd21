/**
 * Benchmark for the exact assignment solver (a script, not a test):
 *   npx tsx test/bench/solver.ts
 * Two sizes × two score models × two objectives; prints the solver's median solveMs, its total and
 * matched count, and a greedy best-first baseline (all allowed pairs by score descending, taken
 * while capacities allow) with its time and its gap to the optimum. Seeded, so reproducible.
 * Then `match-file`'s path on an 8,000 × 2,400 instance file (see benchMatchFile).
 *
 * To make that instance file for the command itself (60 MB):
 *   npx tsx test/bench/solver.ts --write-instance /tmp/i8000.json [8000 2400]
 *   /usr/bin/time -v npm run tandem -- match-file /tmp/i8000.json --json
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  solveAssignment,
  type Objective,
  type SolverInput,
} from '../../electron/core/matching/solver';
import type { CoreStats } from '../../electron/core/matching/solver-core';
import { solveInstanceText } from '../../electron/core/matching/instance';

/** Mulberry32: small, fast, seeded PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Model = 'uniform' | 'popular';
/** The benchmark writes matrices in the nested form. */
type Instance = Omit<SolverInput, 'objective' | 'scores'> & { scores: (number | null)[][] };

function makeInstance(
  n: number,
  m: number,
  capacity: number,
  model: Model,
  seed: number,
): Instance {
  const rand = prng(seed);
  // Popular mentors: a shared quality term per mentor plus per-pair noise, clamped to 0–100.
  const quality = Array.from({ length: m }, () => 20 + 60 * rand());
  const scores: (number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const row: (number | null)[] = [];
    for (let j = 0; j < m; j++) {
      if (rand() < 0.1) {
        row.push(null);
      } else if (model === 'uniform') {
        row.push(Math.floor(rand() * 101));
      } else {
        const s = Math.round((quality[j] as number) + 40 * (rand() - 0.5));
        row.push(Math.min(100, Math.max(0, s)));
      }
    }
    scores.push(row);
  }
  return {
    menteeIds: Array.from({ length: n }, (_, i) => `E${i}`),
    mentors: Array.from({ length: m }, (_, j) => ({ id: `M${j}`, capacity })),
    scores,
    locked: [],
  };
}

/** Greedy best-first baseline: bucket the allowed pairs by score, take the best while room. */
function greedy(inst: Instance): { total: number; matched: number } {
  const n = inst.menteeIds.length;
  const m = inst.mentors.length;
  const counts = new Int32Array(102);
  for (const row of inst.scores) {
    for (const s of row) if (s !== null) counts[101 - s] = (counts[101 - s] as number) + 1;
  }
  for (let b = 1; b < 102; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number);
  const order = new Int32Array(counts[101] as number);
  for (let i = 0; i < n; i++) {
    const row = inst.scores[i] as (number | null)[];
    for (let j = 0; j < m; j++) {
      const s = row[j] as number | null;
      if (s === null) continue;
      const at = counts[100 - s] as number;
      order[at] = i * m + j;
      counts[100 - s] = at + 1;
    }
  }
  const done = new Uint8Array(n);
  const left = Int32Array.from(inst.mentors, (mt) => mt.capacity);
  let total = 0;
  let matched = 0;
  for (const p of order) {
    const i = Math.floor(p / m);
    const j = p - i * m;
    if (done[i] || (left[j] as number) === 0) continue;
    done[i] = 1;
    left[j] = (left[j] as number) - 1;
    total += (inst.scores[i] as (number | null)[])[j] as number;
    matched++;
  }
  return { total, matched };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const RUNS = 7;
const sizes = [
  { n: 200, m: 60, capacity: 4, target: 5 },
  { n: 2000, m: 600, capacity: 4, target: 100 },
];
const models: Model[] = ['uniform', 'popular'];
const objectives: Objective[] = ['best-total', 'most-matched'];

const header = [
  'size',
  'scores',
  'objective',
  'path',
  'solveMs',
  'best',
  'target',
  'total',
  'matched',
  'greedyMs',
  'greedy total',
  'greedy matched',
  'score gap %',
];
export function benchSolver(): void {
  const loadBefore = loadavg();
  const table: string[][] = [];
  for (const size of sizes) {
    for (const model of models) {
      const inst = makeInstance(size.n, size.m, size.capacity, model, 12345 + size.n);
      for (const objective of objectives) {
        const times: number[] = [];
        const stats: CoreStats = {
          strategy: 'dense',
          waiting: 0,
          rounds: 0,
          edges: 0,
          augmentations: 0,
          settled: 0,
        };
        let result = solveAssignment({ ...inst, objective }); // warm-up (JIT)
        for (let r = 0; r < RUNS; r++) {
          result = solveAssignment({ ...inst, objective }, { stats });
          times.push(result.solveMs);
        }
        const gTimes: number[] = [];
        let g = greedy(inst);
        for (let r = 0; r < RUNS; r++) {
          const t0 = performance.now();
          g = greedy(inst);
          gTimes.push(performance.now() - t0);
        }
        const ms = median(times);
        const gap = result.total === 0 ? 0 : (100 * (result.total - g.total)) / result.total;
        table.push([
          `${size.n}×${size.m} cap ${size.capacity}`,
          model,
          objective,
          stats.strategy === 'dense'
            ? `dense, ${stats.augmentations} paths`
            : `sparse ${stats.edges} edges, ${stats.augmentations} paths`,
          ms.toFixed(2),
          Math.min(...times).toFixed(2),
          `<${size.target} ${ms < size.target ? 'ok' : 'MISS'}`,
          String(result.total),
          String(result.matched),
          median(gTimes).toFixed(2),
          String(g.total),
          String(g.matched),
          gap.toFixed(3),
        ]);
      }
    }
  }

  const widths = header.map((h, c) =>
    Math.max(h.length, ...table.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c <= 3 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  console.log(
    `Exact assignment solver: solveMs = median of ${RUNS} runs after a warm-up, best = fastest run; ` +
      `Node ${process.version}; ` +
      `load average before the run ${loadBefore.map((x) => x.toFixed(1)).join(' ')}`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
}

/**
 * Writes the instance `makeInstance(n, m, 4, 'uniform', seed)` makes as an instance file, row by
 * row (the nested matrix of 19 million boxed values would itself take ~500 MB).
 */
export function writeInstanceFile(file: string, n = 8000, m = 2400, seed = 7): void {
  const rand = prng(seed);
  // The same draws, in the same order, as makeInstance's uniform model.
  for (let j = 0; j < m; j++) rand();
  const fd = openSync(file, 'w');
  try {
    const mentees = Array.from({ length: n }, (_, i) => ({ id: `E${i}` }));
    const mentors = Array.from({ length: m }, (_, j) => ({ id: `M${j}`, capacity: 4 }));
    writeSync(fd, `{"mentees":${JSON.stringify(mentees)},"mentors":${JSON.stringify(mentors)}`);
    writeSync(fd, ',"scores":[');
    const row = new Array<string>(m);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) row[j] = rand() < 0.1 ? 'null' : String(Math.floor(rand() * 101));
      writeSync(fd, `${i === 0 ? '' : ','}[${row.join(',')}]`);
    }
    writeSync(fd, ']}');
  } finally {
    closeSync(fd);
  }
}

/**
 * `match-file`'s path on an 8,000 × 2,400 instance file (capacity 4, uniform scores): the file
 * read in pieces and scanned into the score grid, validated, solved, the result, as the command
 * reports them (totalMs and solveMs), with the resident memory the run added. For the command's
 * own peak, run it under `/usr/bin/time -v` (see the top of this file).
 */
export function benchMatchFile(n = 8000, m = 2400): void {
  const file = join(tmpdir(), `tandem-bench-instance-${process.pid}.json`);
  writeInstanceFile(file, n, m);
  const fd = openSync(file, 'r');
  try {
    const rss0 = process.memoryUsage().rss;
    const peak0 = process.resourceUsage().maxRSS * 1024;
    const result = solveInstanceText(
      (buffer, offset, length) => readSync(fd, buffer, offset, length, null),
      'best-total',
    );
    const peak = process.resourceUsage().maxRSS * 1024;
    const mb = (x: number) => `${Math.round(x / 1048576)} MB`;
    console.log(
      `match-file ${n} × ${m}: totalMs ${Math.round(result.totalMs ?? 0)}, ` +
        `solveMs ${Math.round(result.solveMs)}, matched ${result.matched}, total ${result.total}; ` +
        `peak resident ${mb(peak)} (+${mb(Math.max(0, peak - Math.max(peak0, rss0)))} over the start); ` +
        `load average ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}`,
    );
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--write-instance');
  if (at >= 0) {
    const [file, n, m] = process.argv.slice(at + 1);
    if (file === undefined) throw new Error('usage: --write-instance FILE [MENTEES MENTORS]');
    writeInstanceFile(file, n === undefined ? 8000 : Number(n), m === undefined ? 2400 : Number(m));
  } else {
    benchSolver();
    benchMatchFile();
  }
}
