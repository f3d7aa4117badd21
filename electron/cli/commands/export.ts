import { parseArgs } from 'node:util';
import type { ExportScope } from '../../../shared/domain/exports';
import { requireDb } from '../../core/context';
import { exportBundle } from '../../core/exports/service';
import { verifyBundle } from '../../core/exports/verify';
import { cliContext, formatError, openOrCreate, UsageError, type CommandOutput } from '../io';
import { EXPORT_USAGE } from '../usage';

/** An audit export bundle, or the offline check of one. */
export async function exportCommand(args: string[]): Promise<CommandOutput> {
  if (args[0] === 'verify') return verifyCommand(args.slice(1));
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      program: { type: 'string' },
      deidentified: { type: 'boolean', default: false },
      xlsx: { type: 'boolean', default: false },
    },
  });
  if (!values.db || !values.out) throw new UsageError(`usage: ${EXPORT_USAGE}`);
  let programId: number | undefined;
  if (values.program !== undefined) {
    programId = Number(values.program);
    if (!Number.isSafeInteger(programId) || programId < 1) {
      throw new UsageError(
        `--program: expected a program id (a whole number), found "${values.program}"`,
      );
    }
  }
  const scope: ExportScope = {
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    ...(programId !== undefined ? { programId } : {}),
    deidentified: values.deidentified,
    xlsx: values.xlsx,
  };
  const ctx = cliContext();
  try {
    await openOrCreate(ctx, values.db, false);
    const started = performance.now();
    const result = await exportBundle(requireDb(ctx).db, values.out, scope, ctx.clock.now());
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return {
      code: 0,
      stdout:
        `Exported ${result.tables} tables (${result.rows} rows, ${result.files} files, ${result.bytes} bytes) ` +
        `to ${result.folder} in ${seconds} s.${scope.deidentified ? ' De-identified.' : ''}`,
    };
  } catch (error) {
    return { code: 1, stderr: formatError(error) };
  } finally {
    ctx.db?.close();
  }
}

async function verifyCommand(args: string[]): Promise<CommandOutput> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new UsageError(`usage: ${EXPORT_USAGE}`);
  const verdict = await verifyBundle(dir);
  // The head to compare with `audit verify` on the database and with the printed packets.
  const head =
    verdict.headHash === null
      ? []
      : [
          `Audit chain head when exported: ${verdict.headHash} (event ${verdict.chainEvents ?? '?'}).`,
        ];
  if (verdict.intact) {
    return {
      code: 0,
      stdout: [
        `Intact: ${verdict.files} files match the manifest and ${verdict.auditEvents} audit events form an unbroken chain.`,
        ...head,
      ].join('\n'),
    };
  }
  return {
    code: 1,
    stderr: [
      `NOT intact: ${verdict.problems.length} problem${verdict.problems.length === 1 ? '' : 's'} in ${dir}`,
      ...verdict.problems.map((p) => `  ${p.file}: ${p.message}`),
      ...head,
    ].join('\n'),
  };
}
