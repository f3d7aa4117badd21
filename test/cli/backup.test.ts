import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { openReadOnly } from '../../electron/core/backup/copy';
import { createContext } from '../../electron/core/context';
import { createFacility } from '../../electron/core/facility/service';
import { memorySettings } from '../../electron/core/settings';
import { ADMIN, signInFirstAdmin } from '../helpers/accounts';
import { testDb, tempDir } from '../helpers/db';
import { addPeople, staffAndEvents } from '../core/backup/fixture';

describe('npm run tandem -- backup and restore', () => {
  it('refuses an existing copy without --force, replaces it with --force, and restores from it', async () => {
    const ctx = testDb();
    addPeople(ctx, 6);
    ctx.db.close();
    const copy = join(tempDir(), 'copy.sqlite');
    writeFileSync(copy, 'old');
    const refused = await runCli(['backup', '--db', ctx.path, '--to', copy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists[\s\S]*Add --force to replace it\./);
    expect(readFileSync(copy, 'utf8')).toBe('old');
    expect(await runCli(['backup', '--db', ctx.path, '--to', copy, '--force'])).toMatchObject({
      code: 0,
    });

    const restored = await runCli(['restore', '--db', ctx.path, '--from', copy]);
    expect(restored).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('7 audit events in an unbroken chain'),
    });
    expect(restored.stdout).toMatch(/kept at .*before restore/);
    const db = openReadOnly(ctx.path);
    expect(staffAndEvents(db)).toEqual([6, 6]);
    db.close();
  });

  it('refuses to restore a file that is not a database, with exit 1 and the reason', async () => {
    const ctx = testDb();
    addPeople(ctx, 1);
    ctx.db.close();
    const bad = join(tempDir(), 'bad.sqlite');
    writeFileSync(bad, 'not a database at all, just some text that is long enough');
    const out = await runCli(['restore', '--db', ctx.path, '--from', bad]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('cannot be restored');
    expect(out.stderr).toContain('Nothing was changed.');
  });
  it('restores over a database with accounts only for an administrator who signs in', async () => {
    const dir = tempDir();
    const db = join(dir, 'facility.sqlite');
    const copy = join(dir, 'copy.sqlite');
    const ctx = createContext({ settings: memorySettings(), userDataDir: dir });
    await createFacility(ctx, { path: db, name: 'St Test', demo: false });
    await signInFirstAdmin(ctx);
    ctx.db?.close();
    expect((await runCli(['backup', '--db', db, '--to', copy])).code).toBe(0);
    const before = readFileSync(db);

    const saved = process.env.TANDEM_PASSWORD;
    try {
      const anonymous = await runCli(['restore', '--db', db, '--from', copy]);
      expect(anonymous).toMatchObject({ code: 1, stderr: expect.stringMatching(/--user NAME/) });
      expect(readFileSync(db).equals(before)).toBe(true);
      process.env.TANDEM_PASSWORD = ADMIN.password;
      const admin = await runCli(['restore', '--db', db, '--from', copy, '--user', 'aruiz']);
      expect(admin).toMatchObject({ code: 0, stdout: expect.stringContaining('Restored') });
    } finally {
      if (saved === undefined) delete process.env.TANDEM_PASSWORD;
      else process.env.TANDEM_PASSWORD = saved;
    }
  });
});
