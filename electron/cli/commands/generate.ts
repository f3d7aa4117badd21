import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { requireDb } from '../../core/context';
import { createFacility } from '../../core/facility/service';
import { generateHistory } from '../../core/generate/history';
import { cliContext, formatError, UsageError, type CommandOutput } from '../io';
import { GENERATE_USAGE } from '../usage';

function whole(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new UsageError(`--${name}: expected a whole number from 1 to ${max}, found "${text}"`);
  }
  return value;
}

/** A new database with a large facility's generated history, for benchmarks and demos. */
export async function generateCommand(args: string[]): Promise<CommandOutput> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      staff: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.db) throw new UsageError(`usage: ${GENERATE_USAGE}`);
  const staff = whole('staff', values.staff, 5000, 200_000);
  const years = whole('years', values.years, 10, 50);
  const seed = whole('seed', values.seed, 11, 2 ** 31);
  if (existsSync(values.db)) {
    return { code: 1, stderr: `--db: ${values.db} already exists; generate into a new file.` };
  }
  const ctx = cliContext();
  try {
    const started = performance.now();
    await createFacility(ctx, {
      path: values.db,
      name: 'Generated Regional Hospital',
      demo: false,
    });
    const counts = generateHistory(requireDb(ctx), { staff, years, seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const events = requireDb(ctx)
      .db.prepare('SELECT count(*) FROM audit_events')
      .pluck()
      .get() as number;
    const summary = Object.entries(counts)
      .map(([what, n]) => `${n} ${what}`)
      .join(', ');
    return {
      code: 0,
      stdout: `Generated ${values.db} in ${seconds} s: ${summary}; ${events} audit events.`,
    };
  } catch (error) {
    return { code: 1, stderr: formatError(error) };
  } finally {
    ctx.db?.close();
  }
}
