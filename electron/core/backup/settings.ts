import { join } from 'node:path';
import type { AppContext } from '../context';

/** Backup settings of this workstation, kept with the other settings (see core/settings). */
export interface BackupSettings {
  /** Folder of the automatic and UI backups; the user-data folder's Backups by default. */
  folder?: string;
  /** How many automatic daily backups to keep; 7 by default. */
  keep?: number;
  /** False turns the daily backup off. */
  automatic?: boolean;
}

declare module '../settings' {
  interface SettingsShape {
    backup?: BackupSettings;
  }
}

export const DEFAULT_KEEP = 7;

export function backupSettings(ctx: AppContext): Required<BackupSettings> {
  const saved = ctx.settings.get('backup') ?? {};
  return {
    folder: saved.folder ?? join(ctx.userDataDir, 'Backups'),
    keep: saved.keep ?? DEFAULT_KEEP,
    automatic: saved.automatic ?? true,
  };
}
