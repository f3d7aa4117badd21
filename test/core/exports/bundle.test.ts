import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportManifest } from '../../../shared/domain/exports';
import { exportBundle } from '../../../electron/core/exports/service';
import { verifyBundle } from '../../../electron/core/exports/verify';
import { write } from '../../../electron/core/db/write';
import { runAsJob } from '../../../electron/core/jobs/progress';
import { tempDir } from '../../helpers/db';
import { recordDemographicsInTransaction } from '../../../electron/core/outcomes/demographics';
import { smallFacility, TRICKY } from './fixture';

const NOW = new Date('2026-12-01T10:00:00Z');
const whole = { deidentified: false, xlsx: false };

function manifestOf(dir: string): ExportManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ExportManifest;
}

describe('the audit export bundle', () => {
  it('writes every table as CSV and JSON with a manifest whose sums and counts hold', async () => {
    const f = smallFacility();
    const result = await exportBundle(f.db, f.out, whole, NOW);
    const manifest = manifestOf(f.out);
    const tables = f.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    expect(Object.keys(manifest.scope.tables).sort()).toEqual([...tables].sort());
    expect(manifest).toMatchObject({
      appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      facility: 'St Test',
      exportedAt: NOW.toISOString(),
    });
    expect(manifest.schemaVersion).toBeGreaterThanOrEqual(8);
    expect(result.files).toBe(manifest.files.length + 1);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(f.out, file.path));
      expect(bytes.length).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      const count = f.db
        .prepare(`SELECT count(*) FROM "${file.table ?? ''}"`)
        .pluck()
        .get();
      expect(file.rows).toBe(count);
    }
    const head = f.db
      .prepare('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1')
      .pluck()
      .get();
    expect(manifest.auditChain.headHash).toBe(head);
    expect(readdirSync(join(f.out, '..')).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('keeps awkward names intact in the CSV, BOM first and formulas defused', async () => {
    const f = smallFacility();
    await exportBundle(f.db, f.out, whole, NOW);
    const text = readFileSync(join(f.out, 'tables/staff.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const names = rows.map((r) => [r.first_name, r.last_name]);
    expect(names).toEqual([
      ['Ana, María', 'O"Brien'],
      ['\'=HYPERLINK("http://x")', 'Line\nBreak'],
      ['秀英', 'Иванова'],
      ["'@Zoë", "'-Ångström"],
    ]);
    const json = JSON.parse(readFileSync(join(f.out, 'tables/staff.json'), 'utf8')) as {
      first_name: string;
    }[];
    expect(json.map((r) => r.first_name)).toEqual(TRICKY.map((t) => t.firstName));
  });

  it('passes its own verification, and names a changed byte, a missing file and an edited audit row', async () => {
    const f = smallFacility();
    await exportBundle(f.db, f.out, whole, NOW);
    expect(await verifyBundle(f.out)).toMatchObject({ intact: true, problems: [] });

    const staff = join(f.out, 'tables/staff.json');
    const original = readFileSync(staff);
    const changed = Buffer.from(original);
    changed[10] = changed[10] === 0x41 ? 0x42 : 0x41;
    writeFileSync(staff, changed);
    const byte = await verifyBundle(f.out);
    expect(byte.intact).toBe(false);
    expect(byte.problems).toContainEqual({
      file: 'tables/staff.json',
      message: expect.stringContaining('SHA-256'),
    });
    writeFileSync(staff, original);

    rmSync(join(f.out, 'tables/goals.csv'));
    expect((await verifyBundle(f.out)).problems).toEqual([
      { file: 'tables/goals.csv', message: 'is missing' },
    ]);
  });

  it('finds an edited audit event even when the manifest was rewritten to match the file', async () => {
    const f = smallFacility();
    await exportBundle(f.db, f.out, whole, NOW);
    const path = join(f.out, 'tables/audit_events.json');
    const events = JSON.parse(readFileSync(path, 'utf8')) as { id: number; actor: string }[];
    const third = events[2];
    if (!third) throw new Error('the fixture records at least three events');
    third.actor = 'someone-else';
    const text = `${JSON.stringify(events)}\n`;
    writeFileSync(path, text);
    const manifest = manifestOf(f.out);
    const entry = manifest.files.find((x) => x.path === 'tables/audit_events.json');
    if (!entry) throw new Error('audit file listed');
    entry.bytes = Buffer.byteLength(text);
    entry.sha256 = createHash('sha256').update(text).digest('hex');
    writeFileSync(join(f.out, 'manifest.json'), JSON.stringify(manifest));
    const verdict = await verifyBundle(f.out);
    expect(verdict.problems).toEqual([
      {
        file: 'tables/audit_events.json',
        message: `event ${third.id} was altered: its content no longer matches its hash`,
      },
    ]);
  });

  it('refuses a folder that exists and is not empty, writing nothing', async () => {
    const f = smallFacility();
    mkdirSync(f.out);
    writeFileSync(join(f.out, 'keep.txt'), 'mine');
    await expect(exportBundle(f.db, f.out, whole, NOW)).rejects.toThrow(
      /out: .*not an empty folder/,
    );
    expect(readdirSync(f.out)).toEqual(['keep.txt']);
  });

  it('refuses a malformed or reversed date range and an unknown program, naming the field', async () => {
    const f = smallFacility();
    await expect(exportBundle(f.db, f.out, { ...whole, from: '2026-13-01' }, NOW)).rejects.toThrow(
      /from expected a day/,
    );
    await expect(
      exportBundle(f.db, f.out, { ...whole, from: '2026-05-01', to: '2026-04-01' }, NOW),
    ).rejects.toThrow(/to is before from/);
    await expect(exportBundle(f.db, f.out, { ...whole, programId: 999 }, NOW)).rejects.toThrow(
      /program no such program/,
    );
  });

  it('scopes by date and program, says how in the manifest, and the trail still verifies', async () => {
    const f = smallFacility();
    f.clock.now = () => new Date('2027-02-01T09:00:00Z');
    const { addStaff } = await import('../../helpers/cohort');
    addStaff(f, 'LATE-1', { hireDate: '2027-01-15' });
    await exportBundle(
      f.db,
      f.out,
      { ...whole, from: '2027-01-01', to: '2027-12-31', programId: f.programId },
      NOW,
    );
    const manifest = manifestOf(f.out);
    expect(manifest.scope).toMatchObject({
      from: '2027-01-01',
      to: '2027-12-31',
      programId: f.programId,
    });
    expect(manifest.scope.tables.meetings).toContain('meetings on days in the range');
    expect(manifest.auditChain.exported).toEqual({
      events: 1,
      firstId: expect.any(Number),
      lastId: expect.any(Number),
    });
    // Only the program's two enrolled staff, employed in the range; not the late hire.
    const staff = readFileSync(join(f.out, 'tables/staff.json'), 'utf8');
    expect(manifest.files.find((x) => x.path === 'tables/staff.csv')?.rows).toBe(2);
    expect(staff).not.toContain('LATE-1');
    expect(await verifyBundle(f.out)).toMatchObject({ intact: true, auditEvents: 1 });
  });
  it('carries consent records but never the self-identified answers of a person', async () => {
    const f = smallFacility();
    const staffId = f.db.prepare('SELECT min(id) FROM staff').pluck().get() as number;
    write(f, (tx) =>
      recordDemographicsInTransaction(tx, 'tester', '2026-12-01', {
        staffId,
        gender: 'Non-binary',
        raceEthnicity: 'Hispanic or Latino',
        ageBand: '25–34',
        firstGeneration: true,
        internationallyEducated: null,
        consentRecordedOn: '2026-11-30',
      }),
    );
    await exportBundle(f.db, f.out, whole, NOW);
    const csv = readFileSync(join(f.out, 'tables/staff_demographics.csv'), 'utf8');
    const json = readFileSync(join(f.out, 'tables/staff_demographics.json'), 'utf8');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({ staff_id: String(staffId), consent_recorded_on: '2026-11-30' }),
    ]);
    for (const text of [csv, json]) {
      expect(text).not.toMatch(/Non-binary|Hispanic|25–34|gender|race_ethnicity/);
    }
    expect(manifestOf(f.out).scope.tables.staff_demographics).toMatch(/consent records only/);
  });
  it('reports its progress table by table, and a cancel leaves no folder behind', async () => {
    const f = smallFacility();
    const seen: [number, number][] = [];
    await runAsJob(
      { progress: (done, total) => seen.push([done, total]), cancelRequested: () => false },
      () => exportBundle(f.db, f.out, whole, NOW),
    );
    const tables = seen[0]?.[1] ?? 0;
    expect(tables).toBeGreaterThan(10);
    expect(seen.map(([done]) => done)).toEqual([...Array(tables).keys()]);

    const out = join(tempDir(), 'cancelled');
    let asked = 0;
    const cancelled = runAsJob(
      { progress: () => undefined, cancelRequested: () => ++asked > 3 },
      () => exportBundle(f.db, out, whole, NOW),
    );
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});
