import { parseArgs } from 'node:util';
import { backupTo, mustCopyFiles, openReadOnly } from '../../core/backup/copy';
import { inspectSchema } from '../../core/db/diagnose';
import { MIGRATIONS } from '../../core/db/migrations';
import { formatError, UsageError, type CommandOutput } from '../io';
import { BACKUP_USAGE } from '../usage';

/**
 * A consistent copy of a facility database, safe to take while the app has it open. The source
 * is opened read-only (nothing is migrated or changed, a read-only file will do); an existing
 * copy is replaced only with --force.
 */
export async function backupCommand(args: string[]): Promise<CommandOutput> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      to: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.db || !values.to) throw new UsageError(`usage: ${BACKUP_USAGE}`);
  try {
    const db = openReadOnly(values.db);
    try {
      // Any Tandem file, even a newer one, may be copied; another program's file is refused.
      // (One SQLite cannot read in place, in a read-only folder, is looked at as copied.)
      if (!mustCopyFiles(values.db)) {
        inspectSchema(db, values.db, MIGRATIONS, { allowNewer: true });
      }
      const { path, bytes } = await backupTo(db, values.db, values.to, {
        overwrite: values.force,
        field: '--to',
      });
      return { code: 0, stdout: `Backed up ${values.db} to ${path} (${bytes} bytes).` };
    } finally {
      db.close();
    }
  } catch (error) {
    const message = formatError(error);
    return {
      code: 1,
      stderr: message.includes('already exists')
        ? `${message}\nAdd --force to replace it.`
        : message,
    };
  }
}
