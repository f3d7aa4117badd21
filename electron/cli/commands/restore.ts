import { parseArgs } from 'node:util';
import { restoreDatabase } from '../../core/backup/restore';
import { systemClock } from '../../core/db/write';
import { cliUserDataDir, formatError, UsageError, type CommandOutput } from '../io';
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
