import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BundleProblem, ExportManifest, ManifestFile } from '../../../shared/domain/exports';
import { GENESIS_HASH, canonicalContent, eventHash, hashOf } from '../audit/chain';
import { rowToContent, type AuditRow } from '../audit/trail';
import { AUDIT_FILE, MANIFEST_FILE } from './bundle';
import { sha256File } from './xlsx';

export interface BundleVerdict {
  intact: boolean;
  files: number;
  auditEvents: number;
  /** The database's chain head when exported, as its manifest records it (null: no manifest). */
  headHash: string | null;
  /** How many events the database's chain had then. */
  chainEvents: number | null;
  problems: BundleProblem[];
}

/**
 * Checks a bundle offline, trusting nothing but its manifest: every listed file is there with
 * its size, SHA-256 and row count, no file was added, and the exported audit trail still forms
 * an unbroken hash chain (the same canonical hashing as the database's own check).
 */
export async function verifyBundle(folder: string): Promise<BundleVerdict> {
  const problems: BundleProblem[] = [];
  const manifest = readManifest(folder, problems);
  if (!manifest) {
    return { intact: false, files: 0, auditEvents: 0, headHash: null, chainEvents: null, problems };
  }
  for (const file of manifest.files) await checkFile(folder, file, problems);
  const listed = new Set([MANIFEST_FILE, ...manifest.files.map((f) => f.path)]);
  for (const path of filesUnder(folder)) {
    if (!listed.has(path)) problems.push({ file: path, message: 'is not listed in the manifest' });
  }
  const audit = manifest.files.find((f) => f.path === AUDIT_FILE);
  let auditEvents = 0;
  if (!audit) problems.push({ file: AUDIT_FILE, message: 'the audit trail is not in the bundle' });
  else if (existsSync(join(folder, AUDIT_FILE))) {
    auditEvents = checkChain(folder, manifest, problems);
  }
  const head = manifest.auditChain as Partial<ExportManifest['auditChain']> | undefined;
  return {
    intact: problems.length === 0,
    files: manifest.files.length,
    auditEvents,
    headHash: typeof head?.headHash === 'string' ? head.headHash : null,
    chainEvents: typeof head?.events === 'number' ? head.events : null,
    problems,
  };
}

function readManifest(folder: string, problems: BundleProblem[]): ExportManifest | null {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path)) {
    problems.push({ file: MANIFEST_FILE, message: 'is missing: this is not an export bundle' });
    return null;
  }
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as ExportManifest;
    if (manifest.format !== 'tandem-audit-export' || !Array.isArray(manifest.files)) {
      throw new Error('not a Tandem audit export manifest');
    }
    return manifest;
  } catch (error) {
    problems.push({ file: MANIFEST_FILE, message: `cannot be read: ${String(error)}` });
    return null;
  }
}

async function checkFile(
  folder: string,
  file: ManifestFile,
  problems: BundleProblem[],
): Promise<void> {
  const path = join(folder, file.path);
  if (!existsSync(path)) {
    problems.push({ file: file.path, message: 'is missing' });
    return;
  }
  const bytes = statSync(path).size;
  if (bytes !== file.bytes) {
    problems.push({
      file: file.path,
      message: `has ${bytes} bytes, the manifest says ${file.bytes}`,
    });
  }
  const sha256 = await sha256File(path);
  if (sha256 !== file.sha256) {
    problems.push({
      file: file.path,
      message: `its SHA-256 ${sha256} differs from the manifest's ${file.sha256}`,
    });
  }
  if (file.format === 'xlsx') return;
  let rows: number;
  try {
    rows = countRows(path, file.format);
  } catch (error) {
    problems.push({
      file: file.path,
      message: `cannot be read as ${file.format.toUpperCase()}: ${String(error)}`,
    });
    return;
  }
  if (rows !== file.rows) {
    problems.push({ file: file.path, message: `has ${rows} rows, the manifest says ${file.rows}` });
  }
}

function countRows(path: string, format: 'csv' | 'json'): number {
  const text = readFileSync(path, 'utf8');
  if (format === 'json') {
    const rows = JSON.parse(text) as unknown;
    if (!Array.isArray(rows)) throw new Error('not a list of rows');
    return rows.length;
  }
  return (parse(text, { bom: true }) as unknown[]).length - 1;
}

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return found;
}

/**
 * The exported events are a run of consecutive ids: each links to the one before; the first
 * links to the genesis hash when the run starts at event 1; each hashes to its stored hash
 * (unless de-identified, where the content is withheld and only the links can be checked);
 * a run reaching the database's last event ends at the head hash the manifest records.
 */
function checkChain(folder: string, manifest: ExportManifest, problems: BundleProblem[]): number {
  let rows: AuditRow[];
  try {
    rows = JSON.parse(readFileSync(join(folder, AUDIT_FILE), 'utf8')) as AuditRow[];
  } catch {
    return 0; // Already reported by the file checks.
  }
  const fail = (message: string): number => {
    problems.push({ file: AUDIT_FILE, message });
    return rows.length;
  };
  let prev: string | null = null;
  let expectedId: number | null = null;
  for (const row of rows) {
    if (expectedId !== null && row.id !== expectedId) {
      return fail(
        `event ${row.id} follows event ${expectedId - 1}: event ${expectedId} is missing`,
      );
    }
    if (prev === null && row.id === 1 && row.prev_hash !== GENESIS_HASH) {
      return fail('event 1 does not start the chain');
    }
    if (prev !== null && row.prev_hash !== prev) {
      return fail(`event ${row.id} does not link to the event before it`);
    }
    if (manifest.auditChain.contentIncluded && !matchesHash(row)) {
      return fail(`event ${row.id} was altered: its content no longer matches its hash`);
    }
    prev = row.hash;
    expectedId = row.id + 1;
  }
  const last = rows.at(-1);
  if (
    last &&
    last.id === manifest.auditChain.events &&
    last.hash !== manifest.auditChain.headHash
  ) {
    return fail(`the last event's hash differs from the chain head the manifest records`);
  }
  if (rows.length !== manifest.auditChain.exported.events) {
    return fail(
      `has ${rows.length} events, the manifest says ${manifest.auditChain.exported.events}`,
    );
  }
  return rows.length;
}

/** As the database's own verify: the stored canonical text first, then the parsed content. */
function matchesHash(row: AuditRow): boolean {
  const text = canonicalContent(
    {
      id: row.id,
      at: row.at,
      actor: row.actor,
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
    },
    row.before_json ?? 'null',
    row.after_json ?? 'null',
  );
  if (hashOf(row.prev_hash, text) === row.hash) return true;
  try {
    return eventHash(row.prev_hash, rowToContent(row)) === row.hash;
  } catch {
    return false;
  }
}
