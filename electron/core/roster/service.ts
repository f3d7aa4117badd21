import type {
  CodedColumn,
  RosterMapping,
  RosterPreview,
  RosterSummary,
  SavedRosterMapping,
} from '../../../shared/domain/roster';
import { rosterMapping } from '../../../shared/domain/roster';
import { TandemError, type Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { todayOf, write, type WriteContext } from '../db/write';
import { dayOf } from '../../../shared/dates';
import { writeRosterPlanInTransaction } from './commit';
import { planRoster, summarise, type RosterPlan } from './plan';
import {
  checkMapping,
  codedColumns,
  mappedColumnIndexes,
  suggestColumns,
  suggestMapping,
} from './mapping';
import { readRosterTable, type RosterRow, type RosterTable, type RowSink } from './read';
import {
  recordCollector,
  toRosterRecords,
  type RecordCollector,
  type RosterRecords,
} from './records';

const PREVIEW_ROWS = 20;
const LISTED_PROBLEMS = 500;

export interface RosterFile {
  fileName: string;
  bytes: Uint8Array;
}

interface Analysis {
  table: RosterTable;
  mapping: RosterMapping;
  codedColumns: CodedColumn[];
  plan: RosterPlan | null;
  records: ReturnType<typeof toRosterRecords>['records'];
  problems: Problem[];
  rejected: number;
}

/** Reads, maps, checks and plans a roster file without writing anything. */
async function analyse(
  db: Db,
  file: RosterFile,
  mapping: RosterMapping | undefined,
  purpose: 'preview' | 'commit',
  today: string,
): Promise<Analysis> {
  // Only the columns the mapping stores are kept from a big CSV file (and all of the first rows).
  // An import with its mapping known turns rows into records as they are read, keeping none.
  const streamed = purpose === 'commit' && mapping ? new StreamedRecords(mapping) : undefined;
  const table = await readRosterTable(
    file.fileName,
    file.bytes,
    (headers) => mappedColumnIndexes(headers, mapping ?? { columns: suggestColumns(headers) }),
    streamed,
  );
  const effective = mapping ?? suggestMapping(table);
  const mappingProblems = checkMapping(effective, table.headers);
  if (mappingProblems.length > 0) {
    return {
      table,
      mapping: effective,
      codedColumns: [],
      plan: null,
      records: [],
      problems: mappingProblems,
      rejected: 0,
    };
  }
  const { records, problems, rejectedRows } =
    streamed?.result() ?? toRosterRecords(table, effective);
  const supervisorColumn =
    Object.entries(effective.columns).find(([, f]) => f === 'supervisorEmployeeNumber')?.[0] ??
    null;
  const consentColumn =
    Object.entries(effective.columns).find(([, f]) => f === 'demographicsConsent')?.[0] ?? null;
  const plan = planRoster(
    db,
    records,
    supervisorColumn,
    consentColumn === null ? null : { column: consentColumn, today },
  );
  const allProblems = [...problems, ...plan.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const rejected = rejectedRows + new Set(plan.problems.map((p) => p.row)).size;
  return {
    table,
    mapping: effective,
    // Only the preview shows the coded values; an import has no use for counting them again.
    codedColumns: purpose === 'preview' ? codedColumns(table, effective) : [],
    plan,
    records,
    problems: allProblems,
    rejected,
  };
}

/** Rows into records as the file is read (the mapping checked on the headers first). */
class StreamedRecords implements RowSink {
  private collector: RecordCollector | null = null;

  constructor(private readonly mapping: RosterMapping) {}

  row(row: RosterRow, headers: readonly string[]): void {
    this.collector ??= recordCollector(headers, this.mapping);
    this.collector.add(row);
  }

  restart(): void {
    this.collector = null;
  }

  /** Null when no row came (the caller then reports the mapping's or the file's problems). */
  result(): RosterRecords | null {
    return this.collector?.result ?? null;
  }
}

export async function previewRoster(
  db: Db,
  file: RosterFile,
  mapping?: RosterMapping,
  today: string = dayOf(new Date()),
): Promise<RosterPreview> {
  const a = await analyse(db, file, mapping, 'preview', today);
  return {
    file: a.table.info,
    columns: a.table.headers.map((header, index) => ({
      header,
      samples: a.table.rows.slice(0, 3).map((r) => r.cells[index] ?? ''),
      field: a.mapping.columns[header] ?? null,
    })),
    mapping: a.mapping,
    codedColumns: a.codedColumns,
    // Only the staff values: self-identified data is never shown per person.
    rows: a.records.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, values: r.values })),
    problems: a.problems.slice(0, LISTED_PROBLEMS),
    problemCount: a.problems.length,
    warnings: a.plan ? warningsOf(a.mapping, a.plan) : [],
    summary: a.plan ? summarise(a.plan, a.rejected) : emptySummary(),
  };
}

const NAME_FIELDS = new Set(['fullName', 'firstName', 'lastName', 'preferredName']);

/** What would import but is probably not what the educator wants; it does not stop the import. */
function warningsOf(mapping: RosterMapping, plan: RosterPlan): string[] {
  const named = Object.values(mapping.columns).some((f) => f !== null && NAME_FIELDS.has(f));
  const added = plan.creates.length;
  if (named || added === 0) return [];
  const who =
    added === 1 ? 'the new staff member' : `the ${added.toLocaleString('en-US')} new staff`;
  return [
    `No column is mapped to a name, so ${who} will have no name and show as “Employee” and their number. If the file has names, map them: a “Full name” column, or “First name” and “Last name”.`,
  ];
}

/**
 * Imports a roster all-or-nothing: one problem in one row refuses the whole file and changes
 * nothing. Importing the same file twice changes nothing the second time (no write at all).
 * Without a mapping, the one suggested from the headers is used (the file is read once).
 */
export async function commitRoster(
  ctx: WriteContext,
  file: RosterFile,
  mapping?: RosterMapping,
): Promise<RosterSummary> {
  const today = todayOf(ctx);
  const a = await analyse(ctx.db, file, mapping, 'commit', today);
  if (a.problems.length > 0 || !a.plan) {
    const rows =
      a.rejected > 0
        ? `${a.rejected} row${a.rejected === 1 ? ' has' : 's have'} problems`
        : 'the mapping has problems';
    throw new TandemError(
      'import_rejected',
      `Nothing was imported from ${file.fileName}: ${rows}.`,
      {
        problems: a.problems.slice(0, LISTED_PROBLEMS),
        problemCount: a.problems.length,
      },
    );
  }
  const plan = a.plan;
  const summary = summarise(plan, 0);
  const self = plan.selfIdentified;
  const selfChanges = self ? self.record.length + self.remove.length : 0;
  if (plan.creates.length === 0 && plan.updates.length === 0 && selfChanges === 0) return summary;
  withImportCache(ctx.db, () =>
    write(ctx, (tx) => {
      writeRosterPlanInTransaction(tx, plan, { actor: ctx.actor.name, today });
      tx.audit({
        entity: 'roster_import',
        entityId: file.fileName,
        action: 'import',
        before: null,
        after: {
          file: a.table.info,
          new: summary.new,
          updated: summary.updated,
          unchanged: summary.unchanged,
          ...(summary.selfIdentified ? { selfIdentified: summary.selfIdentified } : {}),
        },
      });
    }),
  );
  return summary;
}

/** Page cache for an import's transaction, in KiB (SQLite's negative cache_size). */
export const IMPORT_CACHE_KIB = 16_384;

/**
 * Runs an import with a 16 MB page cache instead of the connection's 64 MB. The rows and the
 * audit trail grow at their ends and the hash index fits in 16 MB, so a 100,000-row import
 * takes the same CPU time and keeps about 50 MB less in memory; the cache is given back after.
 */
function withImportCache<T>(db: Db, run: () => T): T {
  const previous = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`);
  try {
    return run();
  } finally {
    db.pragma(`cache_size = ${previous}`);
  }
}

function emptySummary(): RosterSummary {
  return {
    new: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    changes: [],
    changedFieldCounts: {},
    selfIdentified: null,
  };
}

export function decodeBase64(contentBase64: string): Uint8Array {
  return new Uint8Array(Buffer.from(contentBase64, 'base64'));
}

interface MappingRow {
  id: number;
  name: string;
  mapping_json: string;
  updated_at: string;
}

export function listRosterMappings(db: Db): SavedRosterMapping[] {
  const rows = db.prepare('SELECT * FROM roster_mappings ORDER BY name').all() as MappingRow[];
  return rows.map(toSavedMapping);
}

/** Saves a mapping under a name for next month's file; saving an existing name replaces it. */
export function saveRosterMapping(
  ctx: WriteContext,
  name: string,
  mapping: RosterMapping,
): SavedRosterMapping {
  return write(ctx, (tx) => {
    const before = tx.db.prepare('SELECT * FROM roster_mappings WHERE name = ?').get(name) as
      MappingRow | undefined;
    const json = JSON.stringify(mapping);
    if (before) {
      statement(
        tx.db,
        'UPDATE roster_mappings SET mapping_json = ?, updated_at = ? WHERE id = ?',
      ).run(json, tx.at, before.id);
    } else {
      statement(
        tx.db,
        'INSERT INTO roster_mappings (name, mapping_json, created_at, updated_at) VALUES (?, ?, ?, ?)',
      ).run(name, json, tx.at, tx.at);
    }
    const after = tx.db
      .prepare('SELECT * FROM roster_mappings WHERE name = ?')
      .get(name) as MappingRow;
    tx.audit({
      entity: 'roster_mapping',
      entityId: after.id,
      action: before ? 'update' : 'create',
      before: before ? JSON.parse(before.mapping_json) : null,
      after: mapping,
    });
    return toSavedMapping(after);
  });
}

function toSavedMapping(row: MappingRow): SavedRosterMapping {
  return {
    id: row.id,
    name: row.name,
    mapping: rosterMapping.parse(JSON.parse(row.mapping_json)),
    updatedAt: row.updated_at,
  };
}
