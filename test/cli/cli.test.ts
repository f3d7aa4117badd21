import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { createContext } from '../../electron/core/context';
import { openFacility } from '../../electron/core/facility/service';
import { memorySettings } from '../../electron/core/settings';
import { ADMIN, ADMIN_ACTOR, signInFirstAdmin } from '../helpers/accounts';
import { ROSTER_PATH, tempDir } from '../helpers/db';

describe('the command line', () => {
  it('lists its commands when given none', async () => {
    const out = await runCli([]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('import-roster FILE --db DB');
  });

  it('answers --help with the commands on standard output and success; an unknown command is a mistake', async () => {
    for (const asked of ['--help', '-h', 'help']) {
      const out = await runCli([asked]);
      expect(out).toMatchObject({ code: 0, stdout: expect.stringContaining('export verify DIR') });
    }
    const unknown = await runCli(['exprot']);
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('Commands:') });
  });

  it('imports the shared roster into a new database and prints the summary as JSON', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    const out = await runCli(['import-roster', ROSTER_PATH, '--db', db, '--json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout ?? '')).toMatchObject({
      new: 1676,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    const again = await runCli(['import-roster', ROSTER_PATH, '--db', db]);
    expect(again).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('0 new, 0 updated, 1676 unchanged, 0 rejected'),
    });
  });

  it('uses a saved mapping file, and fails naming the columns when the employee number is unmapped', async () => {
    const dir = tempDir();
    const file = join(dir, 'r.csv');
    writeFileSync(file, 'Badge;Ward\nX1;ICU\n');
    const noKey = await runCli(['import-roster', file, '--db', join(dir, 'a.sqlite')]);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/Employee number.*Badge, Ward/s);

    const mapping = join(dir, 'm.json');
    writeFileSync(mapping, JSON.stringify({ columns: { Badge: 'employeeNumber', Ward: 'unit' } }));
    const ok = await runCli([
      'import-roster',
      file,
      '--db',
      join(dir, 'b.sqlite'),
      '--mapping',
      mapping,
    ]);
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringContaining('1 new') });
  });

  it('exits non-zero with the row errors when rows are bad', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'Employee_ID,JobLevel\n1,9\n');
    const out = await runCli(['import-roster', file, '--db', join(dir, 'c.sqlite')]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/row 2, column "JobLevel"/);
  });

  it('verifies the audit trail: exit 0 when intact, 1 naming the first bad event', async () => {
    const db = join(tempDir(), 'v.sqlite');
    await runCli(['demo', '--db', db]);
    const intact = await runCli(['audit', 'verify', '--db', db]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^Audit trail intact: \d+ events, head [0-9a-f]{16}…$/m);

    const raw = new Database(db);
    raw.exec('DROP TRIGGER audit_events_no_update');
    raw.prepare("UPDATE audit_events SET actor = 'someone else' WHERE id = 7").run();
    raw.close();
    const broken = await runCli(['audit', 'verify', '--db', db]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      'Audit trail broken at event 7: event 7 was altered: its content no longer matches its hash.',
    );
  });

  it('builds the demo facility deterministically, with every kind of program and pairing stage', async () => {
    const dir = tempDir();
    const builds: unknown[] = [];
    for (const file of ['d1.sqlite', 'd2.sqlite']) {
      const out = await runCli(['demo', '--db', join(dir, file)]);
      expect(out).toMatchObject({ code: 0, stdout: expect.stringContaining('with 1676 staff') });
      const db = new Database(join(dir, file), { readonly: true });
      builds.push({
        staff: db
          .prepare(
            'SELECT employee_number, first_name, last_name, email, supervisor_id FROM staff ORDER BY employee_number',
          )
          .all(),
        pairings: db
          .prepare(
            'SELECT mentor_enrolment_id, mentee_enrolment_id, status, score FROM pairings ORDER BY id',
          )
          .all(),
      });
      // Six programs and the support circle's (groups, b8dd6a6).
      expect(db.prepare('SELECT count(*) AS n FROM programs').get()).toEqual({ n: 7 });
      const statuses = (
        db.prepare('SELECT DISTINCT status FROM pairings').all() as { status: string }[]
      ).map((r) => r.status);
      expect(statuses).toEqual(
        expect.arrayContaining(['proposed', 'active', 'paused', 'ended_early']),
      );
      db.close();
    }
    expect(builds[0]).toEqual(builds[1]);
  });

  it('backs up a database to a file that opens with the same staff', async () => {
    const dir = tempDir();
    const db = join(dir, 'src.sqlite');
    await runCli(['import-roster', ROSTER_PATH, '--db', db]);
    const out = await runCli(['backup', '--db', db, '--to', join(dir, 'copy.sqlite')]);
    expect(out.code).toBe(0);
    const copy = new Database(join(dir, 'copy.sqlite'), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 1676 });
    copy.close();
  });

  it('acts as a named user on a database with accounts: --user with TANDEM_PASSWORD, refused without', async () => {
    const dir = tempDir();
    const db = join(dir, 'accounts.sqlite');
    const file = join(dir, 'r.csv');
    writeFileSync(file, 'Employee_ID,First_Name,Last_Name\nX1,Ana,Reyes\n');
    // A fresh file has no accounts: the workstation user, as before accounts existed.
    expect((await runCli(['import-roster', file, '--db', db])).code).toBe(0);
    const ctx = createContext({ settings: memorySettings(), userDataDir: dir });
    openFacility(ctx, db);
    await signInFirstAdmin(ctx);
    ctx.db?.close();
    writeFileSync(file, 'Employee_ID,First_Name,Last_Name\nX1,Ana,Reyes\nX2,Ben,Cole\n');

    const saved = process.env.TANDEM_PASSWORD;
    try {
      delete process.env.TANDEM_PASSWORD;
      const anonymous = await runCli(['import-roster', file, '--db', db]);
      expect(anonymous).toMatchObject({ code: 1, stderr: expect.stringMatching(/--user NAME/) });
      // Not a terminal and no variable: told how to give the password.
      const noPassword = await runCli(['import-roster', file, '--db', db, '--user', 'aruiz']);
      expect(noPassword).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/TANDEM_PASSWORD/),
      });
      process.env.TANDEM_PASSWORD = 'not the password';
      const wrong = await runCli(['import-roster', file, '--db', db, '--user', 'aruiz']);
      expect(wrong).toMatchObject({ code: 1, stderr: 'Wrong username or password.' });
      process.env.TANDEM_PASSWORD = ADMIN.password;
      const ok = await runCli(['import-roster', file, '--user=aruiz', '--db', db]);
      expect(ok).toMatchObject({ code: 0, stdout: expect.stringContaining('1 new') });
    } finally {
      if (saved === undefined) delete process.env.TANDEM_PASSWORD;
      else process.env.TANDEM_PASSWORD = saved;
    }
    const check = new Database(db, { readonly: true });
    const actors = check
      .prepare("SELECT DISTINCT actor FROM audit_events WHERE entity = 'staff' ORDER BY id")
      .pluck()
      .all();
    const failed = check
      .prepare("SELECT count(*) FROM audit_events WHERE action = 'sign_in_failed'")
      .pluck()
      .get();
    check.close();
    expect(actors).toHaveLength(2);
    expect(actors[1]).toBe(ADMIN_ACTOR);
    expect(failed).toBe(1);
  });
});
