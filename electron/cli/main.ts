import { AUDIT_USAGE, auditCommand } from './commands/audit';
import { BACKUP_USAGE, backupCommand } from './commands/backup';
import { DEMO_USAGE, demoCommand } from './commands/demo';
import { EXPORT_USAGE, exportCommand } from './commands/export';
import { GENERATE_USAGE, generateCommand } from './commands/generate';
import { IMPORT_ROSTER_USAGE, importRosterCommand } from './commands/import-roster';
import { MATCH_FILE_USAGE, matchFileCommand } from './commands/match-file';
import { PACKET_USAGE, packetCommand } from './commands/packet';
import { RESTORE_USAGE, restoreCommand } from './commands/restore';
import { UsageError, type CommandOutput } from './io';

/** `npm run tandem -- <command>`: the same services as the app, for scripts and auditors. */
const COMMANDS: Record<
  string,
  { usage: string; run: (args: string[]) => CommandOutput | Promise<CommandOutput> }
> = {
  'import-roster': { usage: IMPORT_ROSTER_USAGE, run: importRosterCommand },
  audit: { usage: AUDIT_USAGE, run: auditCommand },
  demo: { usage: DEMO_USAGE, run: demoCommand },
  backup: { usage: BACKUP_USAGE, run: backupCommand },
  restore: { usage: RESTORE_USAGE, run: restoreCommand },
  export: { usage: EXPORT_USAGE, run: exportCommand },
  generate: { usage: GENERATE_USAGE, run: generateCommand },
  'match-file': { usage: MATCH_FILE_USAGE, run: matchFileCommand },
  packet: { usage: PACKET_USAGE, run: packetCommand },
};

export async function runCli(argv: string[]): Promise<CommandOutput> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = Object.values(COMMANDS).map((c) => `  ${c.usage}`);
    return { code: 2, stderr: [`Tandem command line. Commands:`, ...usage].join('\n') };
  }
  try {
    return await command.run(args);
  } catch (error) {
    return {
      code: 2,
      stderr:
        error instanceof UsageError || error instanceof TypeError ? error.message : String(error),
    };
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
