import { parseArgs } from 'node:util';
import { requireDb } from '../../core/context';
import { DEMO_FACILITY_NAME } from '../../core/demo/build';
import { createFacility } from '../../core/facility/service';
import { cliContext, formatError, UsageError, type CommandOutput } from '../io';
import { DEMO_USAGE } from '../usage';

/** Builds the demo facility into a new database file. */
export async function demoCommand(args: string[]): Promise<CommandOutput> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.db) throw new UsageError(`usage: ${DEMO_USAGE}`);
  const ctx = cliContext();
  try {
    const status = await createFacility(ctx, {
      path: values.db,
      name: values.name ?? DEMO_FACILITY_NAME,
      demo: true,
    });
    const staff = (
      requireDb(ctx).db.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }
    ).n;
    return {
      code: 0,
      stdout: `Created the demo facility "${status.name ?? ''}" at ${status.path ?? ''} with ${staff} staff.`,
    };
  } catch (error) {
    return { code: 1, stderr: formatError(error) };
  } finally {
    ctx.db?.close();
  }
}
