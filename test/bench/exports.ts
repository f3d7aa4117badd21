/**
 * Export and backup on a generated 5,000-staff, 10-year facility (`npx tsx test/bench/exports.ts`,
 * also part of `npm run bench`): the bundle's MB/s and the backup's MB/s, each next to its
 * ceiling on the same file (iterating every row with raw better-sqlite3, and a bare
 * `db.backup()`). Prints figures; asserts nothing.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/main';
import { backupTo } from '../../electron/core/backup/copy';
import { writeBundle } from '../../electron/core/exports/bundle';
import { listTables } from '../../electron/core/exports/scope';

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const rate = (bytes: number, ms: number): string =>
  `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

export async function benchExports(staff = 5000, years = 10): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-exports-'));
  try {
    const path = join(dir, 'generated.sqlite');
    const [generated, genMs] = await timed(() =>
      runCli(['generate', '--db', path, '--staff', String(staff), '--years', String(years)]),
    );
    console.log(`generate ${staff} staff / ${years} years: ${(genMs / 1000).toFixed(1)} s`);
    if (generated.code !== 0) throw new Error(generated.stderr);
    const db = new Database(path, { readonly: true });
    const fileBytes = statSync(path).size;
    console.log(`database file: ${mb(fileBytes)} MB`);

    const [rows, iterMs] = await timed(() => {
      let n = 0;
      for (const table of listTables(db)) {
        const rows = db.prepare(`SELECT * FROM "${table}"`).raw().iterate() as Iterable<unknown[]>;
        for (const row of rows) n += row.length > 0 ? 1 : 0;
      }
      return n;
    });
    console.log(
      `raw iterate (ceiling): ${rows} rows in ${iterMs.toFixed(0)} ms, ${rate(fileBytes, iterMs)} of database`,
    );

    for (const [label, scope] of [
      ['bundle (CSV + JSON)', { deidentified: false, xlsx: false }],
      ['bundle, de-identified', { deidentified: true, xlsx: false }],
    ] as const) {
      const [result, ms] = await timed(() =>
        writeBundle(db, { out: join(dir, label.replace(/\W+/g, '-')), scope, now: new Date() }),
      );
      console.log(
        `${label}: ${mb(result.bytes)} MB written in ${ms.toFixed(0)} ms, ${rate(result.bytes, ms)} written, ${rate(fileBytes, ms)} of database`,
      );
    }

    const [, rawMs] = await timed(() => db.backup(join(dir, 'raw-backup.sqlite')));
    console.log(`db.backup() (ceiling): ${rawMs.toFixed(0)} ms, ${rate(fileBytes, rawMs)}`);
    const [copy, ms] = await timed(() => backupTo(db, path, join(dir, 'backup.sqlite')));
    console.log(`backup (Tandem's, with rename): ${ms.toFixed(0)} ms, ${rate(copy.bytes, ms)}`);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await benchExports();
