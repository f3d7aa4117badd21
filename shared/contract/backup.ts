import { z } from 'zod';
import type { BackupMade, BackupOverview, RestoreMade } from '../domain/backup';
import { method } from './define';

const path = z.string().trim().min(1, 'a file path is required').max(1024);

// Backups of the open facility database, for the app and the browser host alike.
export const backupMethods = {
  'backup.list': method(z.object({})).returns<BackupOverview>(),
  /** A new backup, in the backup folder unless a path is given; an existing file only replaced by choice. */
  'backup.create': method(
    z.object({ path: path.optional(), overwrite: z.boolean().default(false) }),
  ).returns<BackupMade>(),
  /** Replaces the open database with a checked backup, keeping the current one beside it. */
  'backup.restore': method(z.object({ path })).returns<RestoreMade>(),
};
