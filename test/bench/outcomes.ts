/**
 * Outcomes dashboard timing: each measure's query and the whole dashboard, unfiltered and
 * narrowed to one program. On a generated facility when given one
 * (`npx tsx test/bench/outcomes.ts path/to/generated.sqlite`, e.g. from
 * `npm run tandem -- generate --db DB --staff 5000 --years 10`), else on a freshly built demo.
 * Prints figures; asserts nothing.
 *
 * Beside each wall-clock time, the CPU time this process spent (process.cpuUsage): on a
 * machine shared with other work the wall clock also counts the time spent waiting for a core.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outcomesFilter } from '../../shared/domain/outcomes';
import { buildDemoFacility } from '../../electron/core/demo/build';
import { openDatabase } from '../../electron/core/db/open';
import { systemClock, todayOf } from '../../electron/core/db/write';
import { outcomesDashboard, outcomesOptions } from '../../electron/core/outcomes/dashboard';
import { access } from '../../electron/core/outcomes/access';
import { engagement } from '../../electron/core/outcomes/engagement';
import { retention } from '../../electron/core/outcomes/retention';
import { satisfaction } from '../../electron/core/outcomes/satisfaction';
import { skills } from '../../electron/core/outcomes/skills';
import { succession } from '../../electron/core/outcomes/succession';
import type { OutcomesFilter } from '../../shared/domain/outcomes';
import type { Db } from '../../electron/core/db/open';

const RUNS = 5;

function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Each measure on its own, for its CPU time. */
function measures(db: Db, f: OutcomesFilter, today: string): Record<string, () => unknown> {
  return {
    options: () => outcomesOptions(db),
    retention: () => retention(db, f, today),
    satisfaction: () => satisfaction(db, f),
    engagement: () => engagement(db, f, today),
    skills: () => skills(db, f),
    access: () => access(db, f),
    succession: () => succession(db, f),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchOutcomes(path = process.argv[2]): Promise<void> {
  let dir: string | null = null;
  let file = path;
  if (!file) {
    dir = mkdtempSync(join(tmpdir(), 'tandem-bench-outcomes-'));
    file = join(dir, 'demo.sqlite');
    const db = openDatabase(file, { create: true });
    console.log('No generated database given: building the demo facility.');
    await buildDemoFacility({ db, actor: { name: 'bench' }, clock: systemClock });
    db.close();
  }
  const db = openDatabase(file, { create: false });
  try {
    const today = todayOf({ clock: systemClock });
    const staff = db.prepare('SELECT count(*) FROM staff').pluck().get() as number;
    const pairings = db.prepare('SELECT count(*) FROM pairings').pluck().get() as number;
    console.log(`${staff} staff, ${pairings} pairings (${file})`);
    const program = db.prepare('SELECT id FROM programs ORDER BY id LIMIT 1').pluck().get() as
      number | undefined;
    const filters = {
      'all programs': outcomesFilter.parse({}),
      'one program': outcomesFilter.parse({ programId: program ?? null }),
    };
    for (const [name, filter] of Object.entries(filters)) {
      const walls = new Map<string, number[]>();
      const cpus = new Map<string, number[]>();
      const totals: number[] = [];
      const totalCpus: number[] = [];
      outcomesDashboard(db, filter, today); // warm the statement cache
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        const used = process.cpuUsage();
        const d = outcomesDashboard(db, filter, today);
        const cpu = process.cpuUsage(used);
        totalCpus.push((cpu.user + cpu.system) / 1000);
        totals.push(performance.now() - start);
        for (const [m, ms] of Object.entries(d.timings))
          walls.set(m, [...(walls.get(m) ?? []), ms]);
        for (const [m, run] of Object.entries(measures(db, filter, today)))
          cpus.set(m, [...(cpus.get(m) ?? []), cpuMs(run)]);
      }
      console.log(`\n${name} (median of ${RUNS}; wall clock, CPU):`);
      for (const [m, ms] of walls)
        console.log(
          `  ${m.padEnd(14)} ${median(ms).toFixed(1).padStart(7)} ms  ${median(cpus.get(m) ?? [])
            .toFixed(1)
            .padStart(7)} ms`,
        );
      console.log(
        `  ${'whole load'.padEnd(14)} ${median(totals).toFixed(1).padStart(7)} ms  ${median(totalCpus).toFixed(1).padStart(7)} ms`,
      );
    }
  } finally {
    db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchOutcomes();
