/**
 * The command line's own costs (in `npm run bench`, or `npx tsx test/bench/cli.ts`): start-up
 * of a trivial command (no command: the list of commands) beside its floor, Node starting and
 * exiting (`node -e 0`); and `match-file` on an 8,000 × 2,400 instance file as a user runs it,
 * with the command's own totalMs and solveMs and its peak resident memory (from /usr/bin/time
 * when the machine has it). Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeInstanceFile } from './solver';

const root = join(import.meta.dirname, '..', '..');
const RUNS = 10;
const TIME = '/usr/bin/time';

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

interface Run {
  wall: number;
  /** User + system CPU of the child (NaN without /usr/bin/time): less sensitive to load. */
  cpu: number;
}

/** One run of `node args`: wall time and CPU time, in milliseconds. */
function time(args: string[]): Run {
  const timed = existsSync(TIME);
  const t0 = performance.now();
  const run = timed
    ? spawnSync(TIME, ['-f', '%U %S', process.execPath, ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  const wall = performance.now() - t0;
  const [user, sys] = timed
    ? (String(run.stderr).trim().split('\n').pop() ?? '').split(' ').map(Number)
    : [NaN, NaN];
  return { wall, cpu: ((user ?? NaN) + (sys ?? NaN)) * 1000 };
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function summary(runs: Run[]): string {
  const walls = runs.map((r) => r.wall);
  const cpu = median(runs.map((r) => r.cpu));
  return (
    `wall median ${Math.round(median(walls))} ms, best ${Math.round(Math.min(...walls))} ms` +
    (Number.isNaN(cpu) ? '' : `, CPU (user + sys) median ${Math.round(cpu)} ms`)
  );
}

export function benchCli(): void {
  const tandem = join('scripts', 'tandem.mjs');
  time([tandem]); // warm-up: builds the bundle if a source changed, fills the file cache
  time(['-e', '0']);
  const before = load();
  const cli: Run[] = [];
  const node: Run[] = [];
  for (let r = 0; r < RUNS; r++) {
    cli.push(time([tandem]));
    node.push(time(['-e', '0']));
  }
  console.log(
    `CLI start-up, node scripts/tandem.mjs (no command), ${RUNS} runs: ${summary(cli)} ` +
      `(target < 500 ms wall);\n  floor, node -e 0: ${summary(node)}; load average ${before}`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-cli-'));
  try {
    const file = join(dir, 'instance.json');
    writeInstanceFile(file, 8000, 2400);
    const timed = existsSync(TIME);
    const args = [tandem, 'match-file', file, '--json'];
    const loadNow = load();
    const t0 = performance.now();
    const run = timed
      ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], {
          cwd: root,
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        })
      : spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - t0;
    const result = JSON.parse(run.stdout) as { totalMs: number; solveMs: number; matched: number };
    const peakKb = timed ? Number(run.stderr.trim().split('\n').pop()) : NaN;
    console.log(
      `match-file 8000 × 2400 (capacity 4, uniform): wall ${Math.round(ms)} ms, ` +
        `totalMs ${Math.round(result.totalMs)}, solveMs ${Math.round(result.solveMs)}, ` +
        `matched ${result.matched}` +
        (timed ? `, peak resident ${Math.round(peakKb / 1024)} MB` : '') +
        `; load average ${loadNow}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchCli();
