import { join } from 'node:path';
import type { BackupMade, BackupOverview, RestoreMade } from '../../../shared/domain/backup';
import { TandemError } from '../../../shared/result';
import { requireDb, type AppContext } from '../context';
import { openFacility } from '../facility/service';
import { backupTo } from './copy';
import { backupFileName, listBackups } from './daily';
import { restoreDatabase } from './restore';
import { backupSettings } from './settings';

function openPath(ctx: AppContext): string {
  requireDb(ctx);
  if (!ctx.dbPath) throw new TandemError('no_database', 'No facility database is open.');
  return ctx.dbPath;
}

/** A backup of the open database, to a named file or a new one in the backup folder. */
export async function createBackup(
  ctx: AppContext,
  input: { path?: string | undefined; overwrite: boolean },
): Promise<BackupMade> {
  const dbPath = openPath(ctx);
  const { db } = requireDb(ctx);
  const path =
    input.path ?? join(backupSettings(ctx).folder, backupFileName(dbPath, ctx.clock.now(), false));
  return backupTo(db, dbPath, path, { overwrite: input.overwrite, field: 'path' });
}

export function backupOverview(ctx: AppContext): BackupOverview {
  const settings = backupSettings(ctx);
  return {
    folder: settings.folder,
    keep: settings.keep,
    automatic: settings.automatic,
    backups: ctx.dbPath ? listBackups(settings.folder, ctx.dbPath) : [],
  };
}

/** Replaces the open database with a checked backup, keeping the current one, and reopens it. */
export async function restoreBackup(
  ctx: AppContext,
  input: { path: string },
): Promise<RestoreMade> {
  const dbPath = openPath(ctx);
  const outcome = await restoreDatabase({
    dbPath,
    from: input.path,
    now: ctx.clock.now(),
    userDataDir: ctx.userDataDir,
    current: ctx.db,
    closeCurrent: () => {
      ctx.db?.close();
      ctx.db = null;
    },
    ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
  });
  openFacility(ctx, dbPath);
  return outcome;
}
