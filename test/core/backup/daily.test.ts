import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyBackupIfDue, listBackups } from '../../../electron/core/backup/daily';
import { backupOverview, createBackup, restoreBackup } from '../../../electron/core/backup/service';
import { requireDb } from '../../../electron/core/context';
import { createFacility } from '../../../electron/core/facility/service';
import { tempDir, testClock, testContext } from '../../helpers/db';
import { addPeople, staffAndEvents } from './fixture';

async function openedFacility() {
  const ctx = testContext();
  const clock = testClock('2026-12-01T08:00:00Z');
  ctx.clock = clock;
  await createFacility(ctx, {
    path: join(tempDir(), 'facility.sqlite'),
    name: 'St Daily',
    demo: false,
  });
  ctx.settings.set('backup', { keep: 2, folder: join(tempDir(), 'Backups') });
  return { ctx, clock };
}

describe('the daily backup', () => {
  it('is taken when none is a day old, and keeps only the newest `keep` automatic ones', async () => {
    const { ctx, clock } = await openedFacility();
    expect(await dailyBackupIfDue(ctx)).not.toBeNull();
    clock.set('2026-12-01T20:00:00Z');
    expect(await dailyBackupIfDue(ctx)).toBeNull();
    await createBackup(ctx, { overwrite: false });
    for (const day of ['2026-12-02T08:00:00Z', '2026-12-03T09:00:00Z', '2026-12-04T10:00:00Z']) {
      clock.set(day);
      expect(await dailyBackupIfDue(ctx)).not.toBeNull();
    }
    const { backups, folder } = backupOverview(ctx);
    expect(backups.map((b) => [b.name, b.automatic])).toEqual([
      ['facility daily 2026-12-04 100000.sqlite', true],
      ['facility daily 2026-12-03 090000.sqlite', true],
      ['facility 2026-12-01 200000.sqlite', false],
    ]);
    expect(listBackups(folder, ctx.dbPath ?? '')).toHaveLength(3);
  });

  it('is not taken when turned off', async () => {
    const { ctx } = await openedFacility();
    ctx.settings.set('backup', { automatic: false, folder: join(tempDir(), 'B') });
    expect(await dailyBackupIfDue(ctx)).toBeNull();
    expect(backupOverview(ctx).backups).toEqual([]);
  });
});

describe('backup and restore from the app', () => {
  it('refuses to replace a backup without the explicit choice, and restores one, reopening the database', async () => {
    const { ctx } = await openedFacility();
    addPeople(requireDb(ctx), 4);
    const path = join(tempDir(), 'mine.sqlite');
    await createBackup(ctx, { path, overwrite: false });
    await expect(createBackup(ctx, { path, overwrite: false })).rejects.toThrow(
      /path: .* already exists/,
    );
    addPeople(requireDb(ctx), 3, 'Later');
    const outcome = await restoreBackup(ctx, { path });
    expect(outcome).toMatchObject({ facility: 'St Daily', restoredFrom: path });
    expect(staffAndEvents(requireDb(ctx).db)).toEqual([4, 4]);
    expect(outcome.safetyCopy).toMatch(/facility before restore .*\.sqlite$/);
  });
});
