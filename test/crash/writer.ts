/**
 * The child the crash test kills: opens the facility and writes in a loop (roster imports,
 * pairing steps, goal progress) through the services, printing one line per committed write
 * so the parent can check that every write it was told about survived the kill.
 *
 * Usage: node writer.mjs <db> <run> <pairingId> <goalId>
 * Prints `ready`, then `ok <kind> <auditId> <auditHash> <detail>` after each commit.
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../electron/core/db/open';
import type { Clock, WriteContext } from '../../electron/core/db/write';
import { recordProgress } from '../../electron/core/goals/progress';
import { transitionPairing } from '../../electron/core/pairings/lifecycle';
import { suggestMapping } from '../../electron/core/roster/mapping';
import { readRosterTable } from '../../electron/core/roster/read';
import { commitRoster } from '../../electron/core/roster/service';

const [dbPath, runText, pairingText, goalText] = process.argv.slice(2);
const run = Number(runText);
const pairingId = Number(pairingText);
const goalId = Number(goalText);
// The facility's "today" is fixed so goal progress days and pairing steps stay valid.
const clock: Clock = { now: () => new Date('2026-11-23T09:00:00.000Z') };

/** Straight to file descriptor 1: the line is in the pipe before the next write starts. */
function say(line: string): void {
  writeSync(1, `${line}\n`);
}

function rosterCsv(batch: number, rows: number): string {
  const lines = ['EmployeeNumber,FirstName,LastName,Department,JobRole,Shift'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(`K${run}-${batch}-${i},First${i},Last${batch},Cardiology,Registered Nurse,Day`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  // The services themselves, not the router: loading every handler (printing, evaluations…)
  // would make each of the hundreds of children slow to start.
  const db = openDatabase(dbPath as string);
  const ctx: WriteContext = { db, actor: { name: 'crash-writer' }, clock };
  const head = db.prepare('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1');
  const committed = (kind: string, detail: string) => {
    const row = head.get() as { id: number; hash: string };
    say(`ok ${kind} ${row.id} ${row.hash} ${detail}`);
  };
  const file = (step: number, rows: number) => ({
    fileName: 'roster.csv',
    bytes: Buffer.from(rosterCsv(step, rows)),
  });
  const mapping = suggestMapping(await readRosterTable('roster.csv', file(0, 1).bytes));
  say('ready');
  const started = Date.now();
  for (let step = 0; ; step += 1) {
    // A safety net: were the parent to die before killing it, the writer stops by itself.
    if (Date.now() - started > 60_000) process.exit(3);
    const op = step % 3;
    if (op === 0) {
      const rows = 20 + ((step * 37) % 60);
      await commitRoster(ctx, file(step, rows), mapping);
      committed('roster', `K${run}-${step}-${rows - 1}`);
    } else if (op === 1) {
      const status = db.prepare('SELECT status FROM pairings WHERE id = ?').pluck().get(pairingId);
      const to = status === 'active' ? 'paused' : 'active';
      transitionPairing(ctx, { pairingId, to });
      committed('transition', to);
    } else {
      const note = `run ${run} step ${step}`;
      recordProgress(ctx, { goalId, date: '2026-11-23', value: step % 10, note });
      committed('progress', note);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
