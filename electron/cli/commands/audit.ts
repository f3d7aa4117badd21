import { parseArgs } from 'node:util';
import { verifyAuditTrail } from '../../core/audit/verify';
import { openDatabase } from '../../core/db/open';
import { formatError, UsageError, type CommandOutput } from '../io';
import { AUDIT_USAGE } from '../usage';

/** Recomputes the hash chain: exit 0 when intact, 1 naming the first bad event. */
export function auditCommand(args: string[]): CommandOutput {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' } },
  });
  if (positionals[0] !== 'verify' || !values.db) throw new UsageError(`usage: ${AUDIT_USAGE}`);
  let db;
  try {
    db = openDatabase(values.db);
  } catch (error) {
    return { code: 2, stderr: formatError(error) };
  }
  try {
    const result = verifyAuditTrail(db);
    if (result.intact) {
      return {
        code: 0,
        stdout: `Audit trail intact: ${result.events} events, head ${result.headHash.slice(0, 16)}…`,
      };
    }
    return {
      code: 1,
      stderr: `Audit trail broken at event ${result.firstBadId}: ${result.reason}.`,
    };
  } finally {
    db.close();
  }
}
