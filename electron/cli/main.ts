import {
  AUDIT_USAGE,
  BACKUP_USAGE,
  DEMO_USAGE,
  EXPORT_USAGE,
  GENERATE_USAGE,
  IMPORT_ROSTER_USAGE,
  MATCH_FILE_USAGE,
  PACKET_USAGE,
  RESTORE_USAGE,
  USER_USAGE,
} from './usage';
import { UsageError, type CommandOutput } from './io';
import { COMMAND_ROLES, passwordFor, takeUserOption } from './sign-in';
import { signInForCommand } from '../core/accounts/service';
import { setProcessSignIn } from '../core/context';

type Run = (args: string[]) => CommandOutput | Promise<CommandOutput>;

/**
 * `npm run tandem -- <command>`: the same services as the app, for scripts and auditors. Each
 * command is loaded when it runs, so a quick command never pays for printing or spreadsheets.
 */
const COMMANDS: Record<string, { usage: string; load: () => Promise<Run> }> = {
  'import-roster': {
    usage: IMPORT_ROSTER_USAGE,
    load: async () => (await import('./commands/import-roster')).importRosterCommand,
  },
  audit: { usage: AUDIT_USAGE, load: async () => (await import('./commands/audit')).auditCommand },
  demo: { usage: DEMO_USAGE, load: async () => (await import('./commands/demo')).demoCommand },
  backup: {
    usage: BACKUP_USAGE,
    load: async () => (await import('./commands/backup')).backupCommand,
  },
  restore: {
    usage: RESTORE_USAGE,
    load: async () => (await import('./commands/restore')).restoreCommand,
  },
  export: {
    usage: EXPORT_USAGE,
    load: async () => (await import('./commands/export')).exportCommand,
  },
  generate: {
    usage: GENERATE_USAGE,
    load: async () => (await import('./commands/generate')).generateCommand,
  },
  'match-file': {
    usage: MATCH_FILE_USAGE,
    load: async () => (await import('./commands/match-file')).matchFileCommand,
  },
  packet: {
    usage: PACKET_USAGE,
    load: async () => (await import('./commands/packet')).packetCommand,
  },
};

export async function runCli(argv: string[]): Promise<CommandOutput> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = Object.values(COMMANDS).map((c) => `  ${c.usage}`);
    const text = [`Tandem command line. Commands:`, ...usage, '', USER_USAGE].join('\n');
    // Asked for, the usage is the answer; otherwise it explains a mistake.
    const asked = name !== undefined && ['help', '--help', '-h'].includes(name);
    return asked && argv.length <= 1 ? { code: 0, stdout: text } : { code: 2, stderr: text };
  }
  try {
    const { args: rest, user } = takeUserOption(args);
    const credentials =
      user === undefined ? null : { username: user, password: await passwordFor(user) };
    // Every context the command makes signs in before it first uses a database with accounts;
    // a database without accounts (a fresh import-roster, generate or demo) keeps the workstation user.
    setProcessSignIn((ctx) =>
      signInForCommand(ctx, credentials, COMMAND_ROLES[name ?? ''] ?? 'admin'),
    );
    const run = await command.load();
    return await run(rest);
  } catch (error) {
    return {
      code: 2,
      stderr:
        error instanceof UsageError || error instanceof TypeError ? error.message : String(error),
    };
  } finally {
    setProcessSignIn(null);
  }
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const output = await runCli(process.argv.slice(2));
  if (output.stdout) process.stdout.write(`${output.stdout}\n`);
  if (output.stderr) process.stderr.write(`${output.stderr}\n`);
  process.exitCode = output.code;
}
