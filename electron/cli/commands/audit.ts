import { parseArgs } from 'node:util';
import { anchorLogPath, type Anchor } from '../../core/audit/anchors';
import { verifyAgainstAnchors, type AnchoredVerdict } from '../../core/audit/verify';
import { inspectSchema, openForReading } from '../../core/db/diagnose';
import { MIGRATIONS } from '../../core/db/migrations';
import type { Db } from '../../core/db/open';
import { cliUserDataDir, formatError, UsageError, type CommandOutput } from '../io';
import { AUDIT_USAGE } from '../usage';

/** One exit code per verdict, so scripts can tell them apart. */
export const AUDIT_EXIT = {
  intact: 0,
  broken: 1,
  unreadable: 2,
  missing: 3,
  rewritten: 4,
  unanchored: 5,
} as const;

const EXIT_CODES = [
  'Exit codes: 0 intact up to the last anchor; 1 an event altered, removed or inserted;',
  '2 the file cannot be checked (not a facility database, damaged, unreadable);',
  '3 events missing after an anchor; 4 chain rewritten since an anchor;',
  '5 chain whole but no anchors for it on this workstation (truncation or rewriting cannot be told).',
].join('\n');

/**
 * Recomputes the hash chain and holds it to the anchors this workstation recorded (the anchor
 * log in the settings folder, or --anchors FILE). Opens the database read-only: it never
 * migrates, checkpoints or otherwise changes the file or its WAL, whatever the file is.
 */
export function auditCommand(args: string[]): CommandOutput {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, anchors: { type: 'string' } },
  });
  if (positionals[0] !== 'verify' || !values.db) {
    throw new UsageError(`usage: ${AUDIT_USAGE} [--anchors FILE]\n${EXIT_CODES}`);
  }
  const anchorFile = values.anchors ?? anchorLogPath(cliUserDataDir());
  let db: Db;
  try {
    db = openForReading(values.db);
  } catch (error) {
    return { code: AUDIT_EXIT.unreadable, stderr: formatError(error) };
  }
  try {
    // A foreign or newer file is named for what it is, not reported as a broken trail.
    inspectSchema(db, values.db, MIGRATIONS);
    const damage = quickCheck(db);
    if (damage !== null) {
      return {
        code: AUDIT_EXIT.unreadable,
        stderr: `${values.db} is damaged: SQLite's check reports "${damage}". Restore it from a backup. It has not been changed.`,
      };
    }
    const verdict = verifyAgainstAnchors(db, anchorFile, values.db);
    return describe(verdict, anchorFile, values.db);
  } catch (error) {
    return { code: AUDIT_EXIT.unreadable, stderr: formatError(error) };
  } finally {
    db.close();
  }
}

/** SQLite's own page-level check first: a damaged file's chain cannot be read truthfully. */
function quickCheck(db: Db): string | null {
  const rows = db.pragma('quick_check(3)', { simple: false }) as { quick_check: string }[];
  const first = rows[0]?.quick_check ?? 'no answer';
  return rows.length === 1 && first === 'ok' ? null : rows.map((r) => r.quick_check).join('; ');
}

const short = (hash: string) => `${hash.slice(0, 16)}…`;
const when = (a: Anchor) => (a.at ? ` (${a.at})` : '');

function describe(v: AnchoredVerdict, anchorFile: string, path: string): CommandOutput {
  switch (v.kind) {
    case 'intact': {
      // The first line as it always was, for scripts that read it.
      const lines = [
        `Audit trail intact: ${v.events} events, head ${short(v.headHash)}`,
        `Intact up to the last anchor: the file holds all ${v.anchors} anchors this workstation recorded for it; the last is event ${v.lastAnchor.seq}${when(v.lastAnchor)}.`,
      ];
      if (v.unanchored > 0) {
        lines.push(
          `The ${v.unanchored} events after event ${v.lastAnchor.seq} have no anchor here (written on another workstation, or the program stopped between a commit and its anchor): they chain correctly, but had some of them been removed from the end, that could not be told.`,
        );
      }
      return { code: AUDIT_EXIT.intact, stdout: lines.join('\n') };
    }
    case 'broken':
      return {
        code: AUDIT_EXIT.broken,
        stderr: `Audit trail broken at event ${v.firstBadId}: ${v.reason}.`,
      };
    case 'missing':
      return {
        code: AUDIT_EXIT.missing,
        stderr: [
          v.events === 0
            ? `Audit events missing: the file has no audit events at all, but this workstation anchored event ${v.lastAnchor.seq}${when(v.lastAnchor)} for the database at ${v.lastAnchor.path}.`
            : `Audit events missing: this workstation anchored event ${v.lastAnchor.seq}${when(v.lastAnchor)}, but the trail ends at event ${v.events} (head ${short(v.headHash)}).`,
          'Events were removed from the end of the trail, or the file was replaced by an older copy. The events before are intact.',
        ].join('\n'),
      };
    case 'rewritten':
      return {
        code: AUDIT_EXIT.rewritten,
        stderr:
          v.anchor === null
            ? `Audit trail rewritten or replaced: the anchors this workstation recorded for ${path} belong to another trail (another first event). The file was replaced by another database, or its whole chain was recomputed.`
            : `Audit trail rewritten: this workstation anchored event ${v.anchor.seq}${when(v.anchor)} with hash ${short(v.anchor.head)}, but the file's event ${v.anchor.seq} has hash ${short(v.foundHash ?? '')}. The chain was recomputed after an edit at or before that event; the events it covers cannot be trusted.`,
      };
    case 'unanchored':
      return {
        code: AUDIT_EXIT.unanchored,
        stderr: [
          `The audit chain is whole: ${v.events} events, head ${short(v.headHash)}. But this workstation has no anchors for it (${v.logExists ? 'none in' : 'no anchor log at'} ${anchorFile}).`,
          'It may be a copy from another workstation, or written before anchors existed. Without anchors, events removed from the end, or a chain recomputed after an edit, cannot be told.',
        ].join('\n'),
      };
  }
}
