/**
 * One of two processes writing to the same facility file at once (test/core/db/concurrent):
 * `import` commits roster imports, `edit` records goal progress and pairing steps through the
 * same services the API calls. Each opens its own connection, prints `ready`, waits for `go` on
 * stdin so both start together, then prints `ok <auditId> <auditHash> <detail>` after every
 * commit and `done <count>` at the end. Any failed write ends the process with its message.
 *
 * Usage: node concurrent-writer.mjs <db> import|edit <writes> <pairingId> <goalId>
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../electron/core/db/open';
import type { Clock, WriteContext } from '../../electron/core/db/write';
import { recordProgress } from '../../electron/core/goals/progress';
import { transitionPairing } from '../../electron/core/pairings/lifecycle';
import { suggestMapping } from '../../electron/core/roster/mapping';
import { readRosterTable } from '../../electron/core/roster/read';
import { commitRoster } from '../../electron/core/roster/service';

const [dbPath, mode, writesText, pairingText, goalText] = process.argv.slice(2);
const writes = Number(writesText);
const pairingId = Number(pairingText);
const goalId = Number(goalText);
const clock: Clock = { now: () => new Date('2026-11-23T09:00:00.000Z') };

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

function rosterCsv(batch: number, rows: number): Buffer {
  const lines = ['EmployeeNumber,FirstName,LastName,Department,JobRole,Shift'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(`C-${batch}-${i},First${i},Last${batch},Cardiology,Registered Nurse,Day`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const db = openDatabase(dbPath as string);
  const ctx: WriteContext = {
    db,
    actor: { name: mode === 'import' ? 'importer' : 'editor' },
    clock,
  };
  const head = db.prepare('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1');
  const committed = (detail: string) => {
    const row = head.get() as { id: number; hash: string };
    say(`ok ${row.id} ${row.hash} ${detail}`);
  };
  const mapping = suggestMapping(await readRosterTable('roster.csv', rosterCsv(0, 1)));
  say('ready');
  await new Promise<void>((go) => process.stdin.once('data', () => go()));
  for (let step = 0; step < writes; step += 1) {
    if (mode === 'import') {
      // Imports of a few hundred rows hold the write lock long enough for the editor to wait.
      const rows = 150 + ((step * 37) % 100);
      await commitRoster(ctx, { fileName: 'roster.csv', bytes: rosterCsv(step, rows) }, mapping);
      committed(`C-${step}-${rows - 1}`);
    } else if (step % 4 === 0) {
      const status = db.prepare('SELECT status FROM pairings WHERE id = ?').pluck().get(pairingId);
      transitionPairing(ctx, { pairingId, to: status === 'active' ? 'paused' : 'active' });
      committed('transition');
    } else {
      const note = `edit ${step}`;
      recordProgress(ctx, { goalId, date: '2026-11-23', value: step % 10, note });
      committed(note);
    }
  }
  db.close();
  say(`done ${writes}`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
