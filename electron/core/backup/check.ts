import { TandemError, type Problem } from '../../../shared/result';
import { firstEventHash } from '../audit/anchors';
import { GENESIS_HASH } from '../audit/chain';
import { verifyAuditTrail } from '../audit/verify';
import { MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/open';
import { openReadOnly } from './copy';

export interface CopyCheck {
  schemaVersion: number;
  facility: string;
  auditEvents: number;
  /** The chain's head and its first event's hash (what names the trail in the anchor log). */
  headHash: string;
  trail: string | null;
}

/**
 * What a file must pass before it may replace the facility database: SQLite's integrity
 * check, a schema this Tandem knows (an older one is brought up to date when opened), a
 * facility, and an unbroken audit trail. Throws naming every failure; reads only.
 */
export function checkCopy(path: string, label = path, nativeBinding?: string): CopyCheck {
  let db: Db;
  try {
    db = openReadOnly(path, nativeBinding);
  } catch (error) {
    throw refuse(label, [{ field: 'from', value: label, message: errorText(error) }]);
  }
  try {
    const problems: Problem[] = [];
    const fail = (message: string): void => {
      problems.push({ field: 'from', value: label, message });
    };
    let integrity: string[];
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
        (r) => r.integrity_check,
      );
    } catch (error) {
      fail(`it is not a readable SQLite database (${errorText(error)})`);
      throw refuse(label, problems);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      fail(`SQLite's integrity check fails: ${integrity.slice(0, 3).join('; ')}`);
      throw refuse(label, problems);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    if (version < 1) fail('it is not a Tandem facility database (no schema version)');
    else if (version > known) {
      fail(
        `it was written by a newer Tandem (schema ${version}; this version knows up to ${known})`,
      );
    }
    let facility: string | null = null;
    try {
      facility = db.prepare('SELECT name FROM facility WHERE id = 1').pluck().get() as
        string | null;
    } catch {
      // A file without Tandem's tables: reported just below.
    }
    if (version >= 1 && facility === null) fail('it has no facility');
    let events = 0;
    let headHash = GENESIS_HASH;
    if (problems.length === 0) {
      const trail = verifyAuditTrail(db);
      events = trail.events;
      if (!trail.intact) fail(`its audit trail is broken: ${trail.reason}`);
      else headHash = trail.headHash;
    }
    if (problems.length > 0) throw refuse(label, problems);
    return {
      schemaVersion: version,
      facility: facility ?? '',
      auditEvents: events,
      headHash,
      trail: firstEventHash(db),
    };
  } finally {
    db.close();
  }
}

function refuse(path: string, problems: Problem[]): TandemError {
  return new TandemError(
    'invalid_input',
    `${path} cannot be restored: ${problems.map((p) => p.message).join('; ')}. Nothing was changed.`,
    { problems },
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
