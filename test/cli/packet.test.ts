import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { defaultPaperSize, workstationLocale } from '../../electron/core/printing/settings';
import { tempDir } from '../helpers/db';
import { addStaff } from '../helpers/cohort';
import { addPairing, facilityWithPairing } from '../core/reports/fixture';
import { pdfInfo, pdfPages } from '../core/printing/pdf-tools';

/** The fixture facility (RES-2026-SPR, Ben Ode and Ana Ruiz, plus Cara Diaz and Dev Patel) as a file. */
function facilityFile() {
  const f = facilityWithPairing();
  addPairing(f.ctx, f.cohort.id, addStaff(f.ctx, 'Dev-Patel').id, addStaff(f.ctx, 'Cara-Diaz').id);
  f.ctx.db.close();
  return { db: f.ctx.path, pairingId: f.pairing.id };
}

describe('npm run tandem -- packet', () => {
  it("prints one pairing's packet into the folder", async () => {
    const { db, pairingId } = facilityFile();
    const out = join(tempDir(), 'out');
    const result = await runCli([
      'packet',
      '--db',
      db,
      '--pairing',
      String(pairingId),
      '--quarter',
      '2026-Q3',
      '--out',
      out,
      '--paper',
      'letter',
    ]);
    expect(result.stderr).toBeUndefined();
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^Printed Packet 2026-Q3 RES-2026-SPR Ben Ode and Ana Ruiz\.pdf \(\d+ pages\) into /,
      ),
    });
    const file = join(out, 'Packet 2026-Q3 RES-2026-SPR Ben Ode and Ana Ruiz.pdf');
    const info = pdfInfo(file);
    expect(info).toMatchObject({ width: 612, height: 792 });
    expect(pdfPages(file)[0]).toMatch(new RegExp(`Page 1 of ${info.pages}\\s*$`));
    expect(readdirSync(out)).toEqual(['Packet 2026-Q3 RES-2026-SPR Ben Ode and Ana Ruiz.pdf']);
  });

  it("prints a cohort's packets, one per pairing and one combined", async () => {
    const { db } = facilityFile();
    const out = join(tempDir(), 'cohort');
    const result = await runCli([
      'packet',
      '--db',
      db,
      '--cohort',
      'RES-2026-SPR',
      '--quarter',
      '2026-Q4',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `Printed 2 packets of RES-2026-SPR for 2026-Q4 into ${out}:`,
        '  Packet 2026-Q4 RES-2026-SPR Ben Ode and Ana Ruiz.pdf',
        '  Packet 2026-Q4 RES-2026-SPR Cara Diaz and Dev Patel.pdf',
        '  All packets 2026-Q4 RES-2026-SPR.pdf',
      ].join('\n'),
    );
    expect(readdirSync(out).sort()).toEqual([
      'All packets 2026-Q4 RES-2026-SPR.pdf',
      'Packet 2026-Q4 RES-2026-SPR Ben Ode and Ana Ruiz.pdf',
      'Packet 2026-Q4 RES-2026-SPR Cara Diaz and Dev Patel.pdf',
    ]);
    // Without --paper, the workstation's paper: Letter in the United States, A4 elsewhere.
    const width = defaultPaperSize(workstationLocale()) === 'letter' ? 612 : 595.92;
    expect(pdfInfo(join(out, 'Packet 2026-Q4 RES-2026-SPR Ben Ode and Ana Ruiz.pdf')).width).toBe(
      width,
    );
  });

  it('exits non-zero with one line for bad input, printing nothing', async () => {
    const { db, pairingId } = facilityFile();
    const dir = tempDir();
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'x');
    const out = join(dir, 'out');
    const cases: [string[], RegExp][] = [
      [
        ['--cohort', 'NOPE', '--quarter', '2026-Q3', '--out', out],
        /^--cohort: there is no cohort with the code "NOPE"\.$/,
      ],
      [
        ['--cohort', 'RES-2026-SPR', '--quarter', '2026-Q5', '--out', out],
        /^--quarter: expected a quarter like 2026-Q3, found "2026-Q5"\.$/,
      ],
      [['--cohort', 'RES-2026-SPR', '--quarter', 'Q3-2026', '--out', out], /^--quarter: /],
      [
        ['--pairing', '999', '--quarter', '2026-Q3', '--out', out],
        /^--pairing: there is no pairing with the id "999"\.$/,
      ],
      [
        ['--pairing', String(pairingId), '--quarter', '2026-Q3', '--out', join(blocker, 'sub')],
        /^--out: cannot write PDFs to .*file\/sub/,
      ],
      [
        ['--pairing', String(pairingId), '--quarter', '2026-Q3', '--out', out, '--paper', 'a3'],
        /^--paper: expected a4 or letter, found "a3"\.$/,
      ],
      [
        ['--cohort', 'RES-2026-SPR', '--quarter', '2025-Q4', '--out', out],
        /^cohortId: cohort RES-2026-SPR \(id \d+\) has no pairings that ran in 2025-Q4/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['packet', '--db', db, ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr?.split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const missing = await runCli([
      'packet',
      '--db',
      join(dir, 'none.sqlite'),
      '--pairing',
      '1',
      '--quarter',
      '2026-Q3',
      '--out',
      out,
    ]);
    expect(missing).toMatchObject({
      code: 1,
      stderr: `--db: no facility database at ${join(dir, 'none.sqlite')}.`,
    });
    const usage = await runCli([
      'packet',
      '--db',
      db,
      '--cohort',
      'X',
      '--pairing',
      '1',
      '--quarter',
      '2026-Q3',
      '--out',
      out,
    ]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--cohort CODE | --pairing ID');
  });
});
