import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { restoreDatabase } from '../../core/backup/restore';
import { requireDb } from '../../core/context';
import { systemClock } from '../../core/db/write';
import { openFacility } from '../../core/facility/service';
import { cliContext, cliUserDataDir, formatError, UsageError, type CommandOutput } from '../io';
import { RESTORE_USAGE } from '../usage';

/**
 * Replaces a facility database with a backup after checking the backup (integrity, schema,
 * audit chain); the database as it was is kept beside it first. Close the app before.
 */
export async function restoreCommand(args: string[]): Promise<CommandOutput> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, from: { type: 'string' } },
  });
  if (!values.db || !values.from) throw new UsageError(`usage: ${RESTORE_USAGE}`);
  try {
    signInToCurrent(values.db);
    const outcome = await restoreDatabase({
      dbPath: values.db,
      from: values.from,
      now: systemClock.now(),
      userDataDir: cliUserDataDir(),
      current: null,
      closeCurrent: () => undefined,
    });
    return {
      code: 0,
      stdout: [
        `Restored ${values.db} from ${outcome.restoredFrom}: "${outcome.facility}", schema ${outcome.schemaVersion}, ${outcome.auditEvents} audit events in an unbroken chain.`,
        outcome.safetyCopy
          ? `The database as it was is kept at ${outcome.safetyCopy}.`
          : 'There was no database there before.',
      ].join('\n'),
    };
  } catch (error) {
    return { code: 1, stderr: formatError(error) };
  }
}

/**
 * Restoring replaces every record, so on a database with accounts only an administrator may
 * (the `--user` sign-in runs when the database is first used). A file that does not open is
 * what restore is for: it is left to the file's permissions, as a plain copy over it would be.
 */
function signInToCurrent(dbPath: string): void {
  if (!existsSync(dbPath)) return;
  const ctx = cliContext();
  try {
    openFacility(ctx, dbPath);
  } catch {
    return;
  }
  try {
    requireDb(ctx);
  } finally {
    ctx.db?.close();
  }
}
