import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { handlers } from '../../electron/core/api/handlers';
import { createRouter, type Router } from '../../electron/core/api/router';
import { createContext, requireDb, type AppContext } from '../../electron/core/context';
import type { Db } from '../../electron/core/db/open';
import { createFacility } from '../../electron/core/facility/service';
import { memorySettings } from '../../electron/core/settings';
import { startSession } from '../../electron/core/accounts/session';
import type { SignedInUser } from '../../shared/domain/accounts';
import { signInFirstAdmin } from '../helpers/accounts';
import { TEST_ACTOR, testClock } from '../helpers/db';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../helpers/cohort';
import { arbitraryFor, overrideKey } from './schema-arbitrary';

/**
 * Every API method of the contract, called through the router with random and malformed input
 * against a small real facility: never a thrown exception, never an `internal` error, every
 * refusal has a code and a message, `invalid_input` names the field, and a refused call leaves
 * the database exactly as it was.
 */

const RUNS_PER_METHOD = Number(process.env.FUZZ_RUNS ?? 30);
// Fixed so CI is repeatable; FUZZ_SEED=<n> FUZZ_RUNS=<n> explore further by hand.
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
let dir = '';
let ctx: AppContext;
let router: Router;
let cases = 0;
let admin: SignedInUser;

/**
 * The fuzzer works signed in as the facility's administrator, so every method reaches its
 * handler. A call may end or change that session (accounts.signOut, a role change, another
 * account's sign-in): it is put back before the next call, outside the checks.
 */
function keepAdminSession(): void {
  const db = ctx.db as Db;
  db.prepare("UPDATE accounts SET role = 'admin', active = 1 WHERE id = ?").run(admin.id);
  if (ctx.session?.user.id !== admin.id || ctx.session.locked) startSession(ctx, admin);
}

/** Every table's rows, hashed: a refused call must not change one byte of content. */
function contentHash(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) {
      hash.update(
        JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
      );
    }
  }
  return hash.digest('hex');
}

function auditCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM audit_events').pluck().get() as number;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-fuzz-'));
  const badFile = join(dir, 'not-a-database.sqlite');
  writeFileSync(badFile, 'this is not SQLite');
  mkdirSync(join(dir, 'a-folder'));
  // Files and folders only inside the temp folder; existing ones, so nothing new is created.
  const safePath = fc.constantFrom(badFile, join(dir, 'a-folder'), dir, 42, null, '');
  overrideKey('path', safePath);
  overrideKey('outputFolder', safePath);
  // A stand-in printer (one blank page per document), so prints reach the services and files.
  const blankPage = await PDFDocument.create();
  blankPage.addPage();
  const pdf = await blankPage.save();
  ctx = createContext({
    settings: memorySettings(),
    userDataDir: dir,
    actor: TEST_ACTOR,
    clock: testClock(),
    // Never idle: the idle lock has its own tests; here it would only hide methods.
    idleTimer: { now: () => 0 },
    printer: () => ({ print: () => Promise.resolve(pdf), close: () => Promise.resolve() }),
  });
  await createFacility(ctx, { path: join(dir, 'facility.sqlite'), name: 'Fuzz', demo: false });
  await signInFirstAdmin(ctx);
  admin = ctx.session?.user as SignedInUser;
  const w = requireDb(ctx);
  const ids = ['Ana-Reyes', 'Ben-Cole', 'Cara-Diaz', 'Dev-Ng', 'Eve-Park', 'Finn-Lee'].map(
    (n, i) => addStaff(w, `${n}`, { employeeNumber: `E-${i + 1}` }).id,
  );
  const { cohort } = setUpCohort(w);
  const m1 = enrolMentor(w, cohort.id, ids[0] as number);
  enrolMentor(w, cohort.id, ids[1] as number);
  const e1 = enrolMentee(w, cohort.id, ids[2] as number);
  enrolMentee(w, cohort.id, ids[3] as number);
  router = createRouter(handlers, ctx);
  const assigned = await router('pairings.assign', {
    cohortId: cohort.id,
    menteeEnrolmentId: e1.id,
    mentorEnrolmentId: m1.id,
  });
  expect(assigned.ok).toBe(true);
}, 60_000);

afterAll(() => {
  console.log(`API fuzzing: ${cases} calls over ${Object.keys(contract).length} methods`);
  console.log('Known bugs met (not checked, see knownBug):', Object.fromEntries(knownBugCases));
  ctx.db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Known bugs left to the files work (issue 10 item 5, electron/core/db/open.ts), reported, not
 * fixed here. Each is named so that nothing is skipped silently; a case is skipped only for the
 * check the bug breaks, and the database checks still apply.
 */
function knownBug(name: string, input: unknown, result: Result<unknown>): string | null {
  if (name !== 'facility.open' || result.ok) return null;
  const path = (input as { path?: unknown } | null)?.path;
  // BUG: a folder given as the database gives `internal` "unable to open database file".
  if (path === join(dir, 'a-folder') || path === dir) return 'folder as database';
  // BUG: a file that is not SQLite is refused with invalid_input but no problem naming `path`.
  if (result.error.code === 'invalid_input' && !result.error.details?.problems?.length) {
    return 'not-SQLite file: no field named';
  }
  return null;
}
const knownBugCases = new Map<string, number>();

function checkRefusal(name: string, input: unknown, result: Result<unknown>): void {
  if (result.ok) return;
  const bug = knownBug(name, input, result);
  if (bug) {
    knownBugCases.set(bug, (knownBugCases.get(bug) ?? 0) + 1);
    return;
  }
  const where = `${name} ${JSON.stringify(input)?.slice(0, 300)}`;
  expect(result.error.code, `${where}: ${result.error.message}`).not.toBe('internal');
  expect(typeof result.error.code, where).toBe('string');
  expect(result.error.message.trim().length, where).toBeGreaterThan(0);
  if (result.error.code === 'invalid_input') {
    const problems = result.error.details?.problems ?? [];
    expect(problems.length, `${where}: ${result.error.message}`).toBeGreaterThan(0);
    const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
    for (const p of problems) {
      // The root itself may be wrong (not an object); otherwise each problem names a field.
      if (isObject || input === undefined) {
        expect(p.field ?? '', `${where}: ${result.error.message}`).not.toBe('');
      }
    }
  }
}

/**
 * The one refusal that changes something on purpose: a wrong password counts towards the
 * lockout (and five lock the account). True when that is all that was written.
 */
function countsFailedAttempt(db: Db, eventsBefore: number): boolean {
  const added = db
    .prepare('SELECT action FROM audit_events WHERE id > ?')
    .pluck()
    .all(eventsBefore) as string[];
  return added.length > 0 && added.every((a) => a === 'sign_in_failed' || a === 'lock_out');
}

describe('every API method refuses bad input cleanly', () => {
  const names = Object.keys(contract) as MethodName[];
  for (const name of names) {
    it(
      name,
      async () => {
        const input = arbitraryFor(contract[name].input);
        await fc.assert(
          fc.asyncProperty(input, async (value) => {
            cases += 1;
            keepAdminSession();
            const db = ctx.db as Db;
            const path = ctx.dbPath;
            const before = contentHash(db);
            const events = auditCount(db);
            let result: Result<unknown>;
            try {
              result = await router(name, value);
            } catch (error) {
              throw new Error(`${name} threw: ${String(error)}`);
            }
            checkRefusal(name, value, result);
            // The facility in use stays the same file (paths point at bad files only); a method
            // may reopen it, so the checks read the connection in use now.
            expect(ctx.dbPath, `${name} changed the facility in use`).toBe(path);
            const now = ctx.db as Db;
            expect(now?.open, `${name} left no open facility`).toBe(true);
            if (!result.ok && countsFailedAttempt(now, events)) return;
            if (!result.ok) {
              expect(auditCount(now), name).toBe(events);
              expect(contentHash(now), `${name} changed the database and refused`).toBe(before);
            }
          }),
          { numRuns: RUNS_PER_METHOD, seed: SEED, endOnFailure: true },
        );
      },
      RUNS_PER_METHOD * 1_000,
    );
  }
});
