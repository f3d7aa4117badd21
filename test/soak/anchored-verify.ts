/**
 * `audit verify` on 100,000 events held to 1,000 anchors, beside the chain check alone and the
 * full command (SQLite's quick_check first). Prints figures; asserts nothing.
 * Run: npx tsx test/soak/anchored-verify.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditCommand } from '../../electron/cli/commands/audit';
import { anchorLogPath, attachAnchorLog, detachAnchorLog } from '../../electron/core/audit/anchors';
import { verifyAgainstAnchors, verifyAuditTrail } from '../../electron/core/audit/verify';
import { openDatabase } from '../../electron/core/db/open';
import { write } from '../../electron/core/db/write';
import { commitRoster } from '../../electron/core/roster/service';
import { generatedRoster } from '../bench/import';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** CPU time, not wall time: the machine is shared, and waiting is not the work measured. */
const time = (run: () => unknown) => {
  const t = process.cpuUsage();
  run();
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-anchored-verify-'));
  const path = join(dir, 'audit.sqlite');
  const db = openDatabase(path, { create: true });
  try {
    attachAnchorLog(db, dir, path);
    const ctx = { db, actor: { name: 'bench' }, clock: { now: () => new Date() } };
    await commitRoster(ctx, { fileName: 'generated.csv', bytes: generatedRoster(99_000) });
    const commits = (from: number, count: number): number => {
      const started = performance.now();
      for (let i = from; i < from + count; i += 1) {
        write(ctx, (tx) =>
          tx.audit({ entity: 'bench', entityId: i, action: 'note', before: null, after: { i } }),
        );
      }
      return (performance.now() - started) / count;
    };
    // Small commits alternately without and with their anchor (the rest of 1,000 anchored).
    detachAnchorLog(db);
    const bare = commits(0, 200);
    attachAnchorLog(db, dir, path);
    const perCommit = commits(200, 200);
    detachAnchorLog(db);
    const bareAgain = commits(400, 200);
    attachAnchorLog(db, dir, path);
    commits(600, 799);
    const anchors = anchorLogPath(dir);
    const events = verifyAuditTrail(db).events;
    const chain = median([1, 2, 3].map(() => time(() => verifyAuditTrail(db))));
    const anchored = median(
      [1, 2, 3].map(() => time(() => verifyAgainstAnchors(db, anchors, path))),
    );
    const command = median(
      [1, 2, 3].map(() => time(() => auditCommand(['verify', '--db', path, '--anchors', anchors]))),
    );
    console.log(`${events} events, 1,000 anchors:`);
    console.log(
      `  one small commit: ${((bare + bareAgain) / 2).toFixed(2)} ms without its anchor, ${perCommit.toFixed(2)} ms with it (mean of 200 each)`,
    );
    console.log(`  chain only (verifyAuditTrail)            ${chain.toFixed(0)} ms cpu`);
    console.log(`  chain held to the anchors                ${anchored.toFixed(0)} ms cpu`);
    console.log(`  audit verify command (+ quick_check)     ${command.toFixed(0)} ms cpu`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
