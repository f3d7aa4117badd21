import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { BackupEntry } from '../../../shared/domain/backup';
import type { AppContext } from '../context';
import { backupTo, type BackupFile } from './copy';
import { backupSettings } from './settings';

const DAY_MS = 24 * 60 * 60 * 1000;
const AUTO = ' daily ';
const STAMP = /(\d{4}-\d{2}-\d{2}) (\d{2})(\d{2})(\d{2})?\.sqlite$/;

function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace('T', ' ').replaceAll(':', '');
}

function baseName(dbPath: string): string {
  return basename(dbPath, extname(dbPath) || undefined);
}

/** "facility daily 2026-12-03 235900.sqlite" (automatic) or "facility 2026-12-03 235900.sqlite". */
export function backupFileName(dbPath: string, now: Date, automatic: boolean): string {
  return `${baseName(dbPath)}${automatic ? AUTO : ' '}${stamp(now)}.sqlite`;
}

/** The backups of this database in the backup folder, newest first. */
export function listBackups(folder: string, dbPath: string): BackupEntry[] {
  if (!existsSync(folder)) return [];
  const base = baseName(dbPath);
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${base} `) && STAMP.test(name))
    .map((name) => {
      const path = join(folder, name);
      const [, day, hh, mm, ss] = STAMP.exec(name) ?? [];
      const stats = statSync(path);
      const takenAt = day ? `${day}T${hh}:${mm}:${ss ?? '00'}.000Z` : stats.mtime.toISOString();
      return {
        path,
        name,
        bytes: stats.size,
        takenAt,
        automatic: name.startsWith(`${base}${AUTO}`),
      };
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * The daily backup: taken when the open database's last automatic backup is a day old or more
 * (or there is none), then only the newest `keep` automatic ones are kept. Backups made by hand
 * are never removed. Returns the new backup, or null when none was due.
 */
export async function dailyBackupIfDue(ctx: AppContext): Promise<BackupFile | null> {
  const settings = backupSettings(ctx);
  if (!ctx.db || !ctx.dbPath || !settings.automatic) return null;
  const now = ctx.clock.now();
  const automatic = listBackups(settings.folder, ctx.dbPath).filter((b) => b.automatic);
  const last = automatic[0];
  if (last && now.getTime() - Date.parse(last.takenAt) < DAY_MS) return null;
  const made = await backupTo(
    ctx.db,
    ctx.dbPath,
    join(settings.folder, backupFileName(ctx.dbPath, now, true)),
    { field: 'folder' },
  );
  const keep = Math.max(1, settings.keep);
  for (const old of listBackups(settings.folder, ctx.dbPath)
    .filter((b) => b.automatic)
    .slice(keep)) {
    rmSync(old.path, { force: true });
  }
  return made;
}

/**
 * For the app and the local host at start: the daily backup in the background, never in the
 * way of opening (a failure is only logged; the next start tries again).
 */
export function startDailyBackup(
  ctx: AppContext,
  log: (message: string) => void = console.warn,
): void {
  dailyBackupIfDue(ctx).catch((error: unknown) => {
    log(
      `Tandem: the daily backup failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}
