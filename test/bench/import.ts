/**
 * Roster import throughput: the shared 1,676-row roster and a generated 100,000-row roster,
 * each committed into a fresh database file. Prints figures; asserts nothing.
 * Run: npx tsx test/bench/import.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { suggestMapping } from '../../electron/core/roster/mapping';
import { readRosterTable } from '../../electron/core/roster/read';
import { commitRoster, previewRoster } from '../../electron/core/roster/service';

const ROSTER = join(import.meta.dirname, '../../electron/core/demo/watson_healthcare_roster.csv');

function generatedRoster(rows: number): Uint8Array {
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

async function measure(label: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const db = openDatabase(join(dir, 'bench.sqlite'), { create: true });
  const ctx = { db, actor: { name: 'bench' }, clock: { now: () => new Date() } };
  try {
    const mapping = suggestMapping(await readRosterTable(fileName, bytes));
    let t = performance.now();
    const preview = await previewRoster(db, { fileName, bytes }, mapping);
    const previewMs = performance.now() - t;
    t = performance.now();
    const summary = await commitRoster(ctx, { fileName, bytes }, mapping);
    const commitMs = performance.now() - t;
    const rows = preview.file.rowCount;
    return `${label.padEnd(22)} ${String(rows).padStart(8)} rows  preview ${previewMs.toFixed(0).padStart(6)} ms  commit ${commitMs.toFixed(0).padStart(6)} ms  ${Math.round(
      rows / (commitMs / 1000),
    )
      .toLocaleString('en-US')
      .padStart(8)} rows/s committed (${summary.new} new)`;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchImport(): Promise<void> {
  console.log(
    'Roster import (preview = read + map + check + plan; commit = all of that + one transaction with the audit trail)',
  );
  console.log(
    await measure(
      'shared roster',
      'watson_healthcare_roster.csv',
      new Uint8Array(readFileSync(ROSTER)),
    ),
  );
  console.log(await measure('generated roster', 'generated_100k.csv', generatedRoster(100_000)));
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImport();
