import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import type {
  ExportManifest,
  ExportResult,
  ExportScope,
  ManifestFile,
} from '../../../shared/domain/exports';
import { GENESIS_HASH } from '../audit/chain';
import { schemaVersion, type Db } from '../db/open';
import { facilityName } from '../facility/service';
import { csvRecord, CSV_BOM, type CsvCell } from './csv';
import { DEIDENTIFICATION, planTable, pseudonymiser, type TablePlan } from './deidentify';
import { writeFolderAtomically } from './folder';
import { FileSink } from './sink';
import { listTables, scopeOf } from './scope';

export const MANIFEST_FILE = 'manifest.json';
export const AUDIT_FILE = 'tables/audit_events.json';

export interface BundleOptions {
  out: string;
  scope: ExportScope;
  now: Date;
  /** Called before each table, for a progress line. */
  onTable?: (table: string, index: number, count: number) => void;
}

/** What one table gave: its rows, for the manifest and the workbook. */
interface TableDump {
  table: string;
  columns: string[];
  rows: unknown[][];
}

/**
 * Writes an audit export bundle: every table as CSV and as JSON, the audit trail among them,
 * and a manifest with per-file row counts, sizes and SHA-256 sums. Read in one transaction, so
 * every file describes the same moment even while the app keeps writing.
 */
export async function writeBundle(db: Db, options: BundleOptions): Promise<ExportResult> {
  const { scope } = options;
  return writeFolderAtomically(options.out, 'out', async (temp) => {
    mkdirSync(join(temp, 'tables'));
    const pseudo = pseudonymiser();
    const read = db.transaction(() => {
      const tables = listTables(db);
      const files: ManifestFile[] = [];
      const dumps: TableDump[] = [];
      const scopeWords: Record<string, string> = {};
      const deid: NonNullable<ExportManifest['deidentification']> = {
        method:
          'Row ids and foreign keys replaced by HMAC-SHA256 pseudonyms keyed at random for this export (consistent within it, not across exports); names, e-mails and free text dropped; account names pseudonymised.',
        tables: {},
        omittedTables: [],
      };
      tables.forEach((table, index) => {
        options.onTable?.(table, index, tables.length);
        const query = scopeOf(table, scope);
        const statement = db.prepare(`SELECT ${query.select} FROM "${table}" WHERE ${query.where}`);
        const allColumns = statement.columns().map((c) => c.name);
        let plan: TablePlan | null = null;
        if (scope.deidentified) {
          plan = planTable(db, table, allColumns, pseudo, tables);
          if (!plan) {
            deid.omittedTables.push(table);
            return;
          }
          deid.tables[table] = { dropped: plan.dropped, pseudonymised: plan.pseudonymised };
        }
        scopeWords[table] = query.words;
        const columns = plan?.columns ?? allColumns;
        const rows = statement.raw().iterate(query.params) as IterableIterator<unknown[]>;
        const dump = dumpTable(temp, table, columns, rows, plan, scope.xlsx);
        files.push(...dump.files);
        if (dump.kept) dumps.push(dump.kept);
      });
      const head = db
        .prepare('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1')
        .get() as { id: number; hash: string } | undefined;
      const exported = db
        .prepare(
          `SELECT count(*) AS events, min(id) AS firstId, max(id) AS lastId FROM audit_events WHERE ${scopeOf('audit_events', scope).where}`,
        )
        .get(scopeOf('audit_events', scope).params) as ExportManifest['auditChain']['exported'];
      const manifest: ExportManifest = {
        format: 'tandem-audit-export',
        formatVersion: 1,
        appVersion: packageJson.version,
        schemaVersion: schemaVersion(db),
        exportedAt: options.now.toISOString(),
        facility: facilityName(db),
        auditChain: {
          headHash: head?.hash ?? GENESIS_HASH,
          events: head?.id ?? 0,
          exported,
          contentIncluded: !scope.deidentified,
        },
        scope: {
          from: scope.from ?? null,
          to: scope.to ?? null,
          programId: scope.programId ?? null,
          deidentified: scope.deidentified,
          tables: scopeWords,
        },
        deidentification: scope.deidentified ? deid : null,
        files,
      };
      return { manifest, dumps };
    });
    const { manifest, dumps } = read.deferred();
    if (scope.xlsx) {
      const { writeWorkbook } = await import('./xlsx');
      manifest.files.push(await writeWorkbook(temp, dumps));
    }
    writeFileSync(join(temp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
      flush: true,
    });
    return {
      folder: options.out,
      files: manifest.files.length + 1,
      bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0),
      tables: Object.keys(manifest.scope.tables).length,
      rows: manifest.files.filter((f) => f.format === 'json').reduce((sum, f) => sum + f.rows, 0),
    };
  });
}

/** Writes one table as CSV and JSON side by side in a single pass over its rows. */
function dumpTable(
  folder: string,
  table: string,
  columns: string[],
  rows: Iterable<unknown[]>,
  plan: TablePlan | null,
  keepRows: boolean,
): { files: ManifestFile[]; kept: TableDump | null } {
  const csv = new FileSink(join(folder, 'tables', `${table}.csv`));
  const json = new FileSink(join(folder, 'tables', `${table}.json`));
  csv.write(CSV_BOM + csvRecord(columns));
  json.write('[');
  const keys = columns.map((c) => JSON.stringify(c));
  const kept: unknown[][] = [];
  let count = 0;
  for (const raw of rows) {
    const row = plan ? plan.transform(raw) : raw;
    csv.write(csvRecord(row as CsvCell[]));
    let object = count === 0 ? '\n{' : ',\n{';
    for (let i = 0; i < keys.length; i += 1) {
      object += `${i === 0 ? '' : ','}${keys[i]}:${JSON.stringify(row[i] ?? null)}`;
    }
    json.write(`${object}}`);
    if (keepRows) kept.push(row);
    count += 1;
  }
  json.write('\n]\n');
  const base = { table, rows: count };
  return {
    files: [
      { path: `tables/${table}.csv`, format: 'csv', ...base, ...csv.close() },
      { path: `tables/${table}.json`, format: 'json', ...base, ...json.close() },
    ],
    kept: keepRows ? { table, columns, rows: kept } : null,
  };
}

export { DEIDENTIFICATION };
