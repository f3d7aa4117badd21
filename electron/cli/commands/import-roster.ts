import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { rosterMapping, type RosterSummary } from '../../../shared/domain/roster';
import { TandemError } from '../../../shared/result';
import { requireDb } from '../../core/context';
import { suggestMapping } from '../../core/roster/mapping';
import { readRosterTable } from '../../core/roster/read';
import { commitRoster } from '../../core/roster/service';
import { cliContext, formatError, openOrCreate, UsageError, type CommandOutput } from '../io';
import { IMPORT_ROSTER_USAGE } from '../usage';

/** Imports an HR roster all-or-nothing; creates the database when it does not exist. */
export async function importRosterCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      mapping: { type: 'string' },
      facility: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const file = positionals[0];
  if (!file || !values.db) throw new UsageError(`usage: ${IMPORT_ROSTER_USAGE}`);
  const ctx = cliContext();
  try {
    const bytes = new Uint8Array(readFileSync(file));
    const fileName = basename(file);
    const mapping = values.mapping
      ? readMapping(values.mapping)
      : suggestMapping(await readRosterTable(fileName, bytes));
    await openOrCreate(ctx, values.db, true, values.facility);
    const summary = await commitRoster(requireDb(ctx), { fileName, bytes }, mapping);
    return {
      code: 0,
      stdout: values.json ? JSON.stringify(summary, null, 2) : describe(fileName, summary),
    };
  } catch (error) {
    if (values.json && error instanceof TandemError) {
      return { code: 1, stdout: JSON.stringify({ ok: false, error: error.toApiError() }, null, 2) };
    }
    return { code: 1, stderr: formatError(error) };
  } finally {
    ctx.db?.close();
  }
}

function readMapping(path: string) {
  const parsed = rosterMapping.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TandemError(
      'invalid_input',
      `${path} is not a roster mapping: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  return parsed.data;
}

function describe(fileName: string, s: RosterSummary): string {
  const fields = Object.entries(s.changedFieldCounts).map(([field, n]) => `${field} ${n}`);
  return [
    `Imported ${fileName}: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected.`,
    ...(fields.length > 0 ? [`Fields changed: ${fields.join(', ')}.`] : []),
  ].join('\n');
}
