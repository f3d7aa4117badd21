import { existsSync } from 'node:fs';
import { TandemError } from '../../shared/result';
import {
  createContext,
  defaultUserDataDir,
  workstationActor,
  type AppContext,
} from '../core/context';
import { createFacility, openFacility } from '../core/facility/service';
import { memorySettings } from '../core/settings';

/** What a command prints and its exit code; main() does the printing. */
export interface CommandOutput {
  code: number;
  stdout?: string;
  stderr?: string;
}

export class UsageError extends Error {}

/**
 * The workstation's settings folder, where the audit anchor log lives: the app's own folder
 * (so the CLI and the app anchor into one log), or TANDEM_USER_DATA when set (scripts, tests).
 */
export function cliUserDataDir(): string {
  const override = process.env.TANDEM_USER_DATA;
  return override !== undefined && override !== '' ? override : defaultUserDataDir();
}

/** A context for one command: no window, settings in memory, the workstation user as actor. */
export function cliContext(): AppContext {
  return createContext({
    settings: memorySettings(),
    userDataDir: cliUserDataDir(),
    actor: workstationActor(),
  });
}

/** Opens the database, or creates an empty facility named after the file when asked to. */
export async function openOrCreate(
  ctx: AppContext,
  path: string,
  create: boolean,
  name?: string,
): Promise<void> {
  if (existsSync(path)) openFacility(ctx, path);
  else if (create) await createFacility(ctx, { path, name: name ?? 'Facility', demo: false });
  else throw new TandemError('not_found', `No facility database at ${path}.`);
}

export function formatError(error: unknown): string {
  if (error instanceof TandemError) {
    const problems = error.details?.problems ?? [];
    const lines = problems.map((p) => {
      const where = [
        p.row !== undefined ? `row ${p.row}` : null,
        p.field ? `column "${p.field}"` : null,
      ]
        .filter(Boolean)
        .join(', ');
      const value = p.value !== undefined ? ` (found "${p.value}")` : '';
      return `  ${where ? `${where}: ` : ''}${p.message}${p.message.includes('found') ? '' : value}`;
    });
    const count =
      typeof error.details?.problemCount === 'number'
        ? error.details.problemCount
        : problems.length;
    const more = count > problems.length ? [`  … and ${count - problems.length} more`] : [];
    return [error.message, ...lines, ...more].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}
