import type { Role } from '../../shared/domain/accounts';
import { UsageError } from './io';

/**
 * `--user NAME` (or `--user=NAME`) anywhere in a command's arguments, taken out so each command
 * parses only its own options.
 */
export function takeUserOption(args: string[]): { args: string[]; user: string | undefined } {
  const rest: string[] = [];
  let user: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--user') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError('--user needs the username, e.g. --user aruiz');
      }
      user = next;
      i += 1;
    } else if (arg.startsWith('--user=')) {
      user = arg.slice('--user='.length);
      if (!user) throw new UsageError('--user needs the username, e.g. --user=aruiz');
    } else {
      rest.push(arg);
    }
  }
  return { args: rest, user };
}

/** The password from TANDEM_PASSWORD (for scripts), else asked for on the terminal without echo. */
export async function passwordFor(user: string): Promise<string> {
  const fromEnv = process.env.TANDEM_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) {
    throw new UsageError(
      `No password for ${user}: run the command in a terminal to be asked for it, or set TANDEM_PASSWORD for scripts.`,
    );
  }
  return promptHidden(`Password for ${user}: `);
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let typed = '';
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new UsageError('Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The least role each command needs when its database has accounts (as in the API). */
export const COMMAND_ROLES: Record<string, Role> = {
  'import-roster': 'educator',
  demo: 'educator',
  generate: 'educator',
  export: 'educator',
  packet: 'educator',
  backup: 'educator',
  restore: 'admin',
  audit: 'viewer',
  'match-file': 'viewer',
};
