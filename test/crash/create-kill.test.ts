import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../electron/core/audit/verify';
import { createContext } from '../../electron/core/context';
import type { Db } from '../../electron/core/db/open';
import { openFacility } from '../../electron/core/facility/service';
import { memorySettings } from '../../electron/core/settings';
import { buildWriter, seeded } from './harness';

/**
 * A kill during the first import, while it creates the database: `import-roster` into a new
 * file, killed with SIGKILL at a random moment. The file is built under a temporary name and
 * renamed when whole, so afterwards it is either absent or a facility every command opens;
 * never a half-made file that later commands refuse.
 */
const KILLS = 8;
let dir = '';
let cli = '';
let removeCli = () => {};
let roster = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-create-kill-'));
  const built = await buildWriter('electron/cli/main.ts');
  cli = built.writer;
  removeCli = built.remove;
  roster = join(dir, 'roster.csv');
  const lines = ['EmployeeNumber,FirstName,LastName,Department,JobRole,Shift'];
  for (let i = 0; i < 3000; i += 1) {
    lines.push(`N-${i},First${i},Last${i},Cardiology,Registered Nurse,Day`);
  }
  writeFileSync(roster, `${lines.join('\n')}\n`);
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeCli();
});

function creating(folder: string): boolean {
  try {
    return readdirSync(folder).some((name) => name.endsWith('.creating'));
  } catch {
    return false;
  }
}

async function killDuringCreation(run: number, afterMs: number): Promise<'absent' | 'whole'> {
  const folder = join(dir, `run-${run}`);
  const db = join(folder, 'facility.sqlite');
  const child = spawn(process.execPath, [cli, 'import-roster', roster, '--db', db], {
    stdio: 'ignore',
    env: { ...process.env, TANDEM_USER_DATA: join(dir, 'settings') },
  });
  let running = true;
  const exited = new Promise<void>((done) =>
    child.on('exit', () => {
      running = false;
      done();
    }),
  );
  // From the moment the temporary file appears: the kill lands during creation or just after.
  while (running && !creating(folder)) await new Promise((wait) => setTimeout(wait, 1));
  await new Promise((wait) => setTimeout(wait, afterMs));
  child.kill('SIGKILL');
  await exited;
  if (!existsSync(db)) return 'absent';
  const raw = new Database(db, { readonly: true });
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditTrail(raw as Db).intact).toBe(true);
  } finally {
    raw.close();
  }
  const ctx = createContext({ settings: memorySettings(), userDataDir: join(dir, 'settings') });
  const status = openFacility(ctx, db);
  expect(status.name).toBe('Facility');
  ctx.db?.close();
  return 'whole';
}

describe('a kill while the first import creates the database', () => {
  it('leaves no file or a whole facility, never one later commands refuse', async () => {
    const random = seeded(Number(process.env.CRASH_SEED ?? 20261204));
    const outcomes: string[] = [];
    for (let run = 1; run <= KILLS; run += 1) {
      outcomes.push(await killDuringCreation(run, Math.floor(random() * 800)));
    }
    console.log(
      `Kill during creation: ${outcomes.filter((o) => o === 'absent').length} absent, ` +
        `${outcomes.filter((o) => o === 'whole').length} whole, of ${KILLS}`,
    );
    expect(outcomes).toHaveLength(KILLS);
    // Stray temporary files are hidden and never taken for the database.
    for (let run = 1; run <= KILLS; run += 1) {
      if (!existsSync(join(dir, `run-${run}`))) continue;
      for (const name of readdirSync(join(dir, `run-${run}`), { withFileTypes: true })) {
        expect(name.name === 'facility.sqlite' || name.name.startsWith('.facility.sqlite.')).toBe(
          true,
        );
      }
    }
  }, 120_000);
});
