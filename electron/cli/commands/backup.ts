import { parseArgs } from 'node:util';
import { backupFacility } from '../../core/facility/service';
import { cliContext, formatError, openOrCreate, UsageError, type CommandOutput } from '../io';

export const BACKUP_USAGE = 'npm run tandem -- backup --db DB --to FILE';

/** A consistent copy of a facility database, safe to take while the app has it open. */
export async function backupCommand(args: string[]): Promise<CommandOutput> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, to: { type: 'string' } },
  });
  if (!values.db || !values.to) throw new UsageError(`usage: ${BACKUP_USAGE}`);
  const ctx = cliContext();
  try {
    await openOrCreate(ctx, values.db, false);
    const { path, bytes } = await backupFacility(ctx, values.to);
    return { code: 0, stdout: `Backed up ${values.db} to ${path} (${bytes} bytes).` };
  } catch (error) {
    return { code: 1, stderr: formatError(error) };
  } finally {
    ctx.db?.close();
  }
}
