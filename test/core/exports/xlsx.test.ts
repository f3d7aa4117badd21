import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/exports/service';
import { verifyBundle } from '../../../electron/core/exports/verify';
import { smallFacility, TRICKY } from './fixture';

describe('the Excel workbook of a bundle', () => {
  it('has a sheet per table with the same rows, formulas kept as plain text, and is in the manifest', async () => {
    const f = smallFacility();
    const result = await exportBundle(
      f.db,
      f.out,
      { deidentified: false, xlsx: true },
      new Date('2026-12-01T10:00:00Z'),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(f.out, 'tables.xlsx'));
    expect(workbook.worksheets).toHaveLength(result.tables);
    const staff = workbook.getWorksheet('staff');
    if (!staff) throw new Error('a staff sheet');
    const header = (staff.getRow(1).values as unknown[]).slice(1);
    const first = header.indexOf('first_name') + 1;
    const names = [2, 3, 4, 5].map((r) => staff.getRow(r).getCell(first));
    expect(names.map((c) => c.value)).toEqual(TRICKY.map((t) => t.firstName));
    expect(names.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(await verifyBundle(f.out)).toMatchObject({ intact: true });
  });
});
