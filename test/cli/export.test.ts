import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { smallFacility } from '../core/exports/fixture';

describe('npm run tandem -- export', () => {
  it('exports a bundle, verifies it, and exits 1 naming the file once a byte changes', async () => {
    const f = smallFacility();
    f.db.close();
    const out = await runCli(['export', '--db', f.path, '--out', f.out, '--deidentified']);
    expect(out).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Exported \d+ tables .* De-identified\.$/),
    });
    const ok = await runCli(['export', 'verify', f.out]);
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringContaining('Intact:') });
    // The head printed is the database's, to hold against `audit verify` and the packets.
    const head = new Database(f.path, { readonly: true });
    const last = head
      .prepare('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1')
      .get() as {
      id: number;
      hash: string;
    };
    head.close();
    expect(ok.stdout).toContain(`Audit chain head when exported: ${last.hash} (event ${last.id}).`);

    const path = join(f.out, 'tables/facility.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('St Test', 'St Tess'));
    const bad = await runCli(['export', 'verify', f.out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/NOT intact: 1 problem .*\n {2}tables\/facility\.csv: its SHA-256/);
  });

  it('refuses a bad program id and a malformed day before writing anything', async () => {
    const f = smallFacility();
    f.db.close();
    const noId = await runCli(['export', '--db', f.path, '--out', f.out, '--program', 'x']);
    expect(noId).toMatchObject({ code: 2, stderr: expect.stringContaining('--program') });
    const day = await runCli(['export', '--db', f.path, '--out', f.out, '--from', '2026-02-30']);
    expect(day).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('from expected a day as YYYY-MM-DD'),
    });
    expect(await runCli(['export', 'verify', f.out])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('manifest.json: is missing'),
    });
  });
});
