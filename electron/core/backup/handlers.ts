import type { DomainHandlers } from '../api/router';
import { backupOverview, createBackup, restoreBackup } from './service';

export const backupHandlers: DomainHandlers<'backup'> = {
  'backup.list': (_input, ctx) => backupOverview(ctx),
  'backup.create': (input, ctx) => createBackup(ctx, input),
  'backup.restore': (input, ctx) => restoreBackup(ctx, input),
};
