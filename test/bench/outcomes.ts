/**
 * Outcomes dashboard timing: each measure's query and the whole dashboard, unfiltered and
 * narrowed to one program. On a generated facility when given one
 * (`npx tsx test/bench/outcomes.ts path/to/generated.sqlite`, e.g. from
 * `npm run tandem -- generate --db DB --staff 5000 --years 10`), else on a freshly built demo.
 * Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outcomesFilter } from '../../shared/domain/outcomes';
import { buildDemoFacility } from '../../electron/core/demo/build';
import { openDatabase } from '../../electron/core/db/open';
import { systemClock, todayOf } from '../../electron/core/db/write';
import { outcomesDashboard } from '../../electron/core/outcomes/dashboard';

const RUNS = 5;

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
      const measures = new Map<string, number[]>();
      const totals: number[] = [];
      outcomesDashboard(db, filter, today); // warm the statement cache
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        const d = outcomesDashboard(db, filter, today);
        totals.push(performance.now() - start);
        for (const [m, ms] of Object.entries(d.timings))
          measures.set(m, [...(measures.get(m) ?? []), ms]);
      }
      console.log(`\n${name} (median of ${RUNS}):`);
      for (const [m, ms] of measures) console.log(`  ${m.padEnd(14)} ${median(ms).toFixed(1)} ms`);
      console.log(`  ${'whole load'.padEnd(14)} ${median(totals).toFixed(1)} ms`);
    }
  } finally {
    db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchOutcomes();
