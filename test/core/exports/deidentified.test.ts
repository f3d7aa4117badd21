import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportManifest } from '../../../shared/domain/exports';
import { DEIDENTIFICATION } from '../../../electron/core/exports/deidentify';
import { exportBundle } from '../../../electron/core/exports/service';
import { verifyBundle } from '../../../electron/core/exports/verify';
import { smallFacility } from './fixture';

const NOW = new Date('2026-12-01T10:00:00Z');

describe('the de-identified bundle', () => {
  it('holds no name, e-mail, employee number or free text anywhere, and still verifies', async () => {
    const f = smallFacility();
    await exportBundle(f.db, f.out, { deidentified: true, xlsx: false }, NOW);
    const texts = readdirSync(join(f.out, 'tables')).map((n) =>
      readFileSync(join(f.out, 'tables', n), 'utf8'),
    );
    const all = texts.join('\n') + readFileSync(join(f.out, 'manifest.json'), 'utf8');
    for (const secret of [
      'María',
      'Brien',
      'HYPERLINK',
      '秀英',
      'Иванова',
      'Zoë',
      'hospital.example',
      'private note',
      'secret goal',
      'educator@test-workstation',
      '"E1"',
    ]) {
      expect(all).not.toContain(secret);
    }
    const manifest = JSON.parse(
      readFileSync(join(f.out, 'manifest.json'), 'utf8'),
    ) as ExportManifest;
    expect(manifest.deidentification?.tables.staff?.dropped).toEqual(
      expect.arrayContaining(['first_name', 'last_name', 'email', 'notes', 'employee_number']),
    );
    expect(manifest.auditChain.contentIncluded).toBe(false);
    expect(await verifyBundle(f.out)).toMatchObject({ intact: true });
  });

  it('gives the same person the same pseudonym in every table of one export', async () => {
    const f = smallFacility();
    await exportBundle(f.db, f.out, { deidentified: true, xlsx: false }, NOW);
    const read = <T>(table: string): T[] =>
      JSON.parse(readFileSync(join(f.out, 'tables', `${table}.json`), 'utf8')) as T[];
    const staff = read<{ id: string }>('staff').map((s) => s.id);
    const enrolled = read<{ staff_id: string }>('enrolments').map((e) => e.staff_id);
    expect(enrolled).toHaveLength(2);
    for (const id of enrolled) expect(staff).toContain(id);
    expect(staff.every((id) => /^[0-9a-f]{16}$/.test(id))).toBe(true);
  });

  it('has reviewed every column of every table it exports (an unreviewed one would be dropped)', () => {
    const f = smallFacility();
    for (const [table, policy] of Object.entries(DEIDENTIFICATION)) {
      const reviewed = new Set(
        [policy.keep, policy.drop, policy.pseudonymise ?? ''].join(' ').split(' ').filter(Boolean),
      );
      const keys = new Set(
        f.db
          .prepare('SELECT "from" FROM pragma_foreign_key_list(?)')
          .pluck()
          .all(table) as string[],
      );
      const columns = f.db
        .prepare('SELECT name FROM pragma_table_info(?)')
        .pluck()
        .all(table) as string[];
      expect(columns.length, table).toBeGreaterThan(0);
      const unreviewed = columns.filter((c) => !reviewed.has(c) && c !== 'id' && !keys.has(c));
      expect(unreviewed, table).toEqual([]);
    }
  });
});
