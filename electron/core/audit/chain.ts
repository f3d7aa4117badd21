import { createHash } from 'node:crypto';

/** The hash the first event of a trail chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What one audit event says; the hash covers all of it, the row id included. */
export interface AuditContent {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * JSON with object keys sorted at every level, so the same content always hashes the same
 * whatever order its properties were built in. Written out rather than sorting a copy of the
 * value and stringifying it: a 100,000-row import spends its time here otherwise. Follows
 * JSON.stringify for everything else (toJSON, undefined properties left out, undefined array
 * items and non-finite numbers as null).
 */
export function canonicalJson(value: unknown): string {
  // Values built with their keys in order (as the staff snapshot of an import is) are already
  // canonical: the engine's own JSON.stringify writes them several times faster.
  if (inCanonicalOrder(value)) return JSON.stringify(value) ?? 'null';
  return canonical(value) ?? 'null';
}

/**
 * True when JSON.stringify(value) is its canonical JSON: every object's keys are in sorted
 * order already, and nothing converts itself (toJSON) or cannot be written (bigint).
 */
function inCanonicalOrder(value: unknown): boolean {
  if (typeof value === 'bigint') return false;
  if (typeof value !== 'object' || value === null) return true;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!inCanonicalOrder(item)) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let previous: string | null = null;
  for (let i = leadingIndexKeys(keys); i < keys.length; i += 1) {
    const key = keys[i] ?? '';
    if (previous !== null && !(previous < key)) return false;
    previous = key;
  }
  for (const key of keys) if (!inCanonicalOrder(record[key])) return false;
  return true;
}

/**
 * The order the trail has always hashed keys in: sorted, then rebuilt as an object and
 * stringified, which puts array-index keys ("2", "10") first in numeric order, as every
 * JavaScript object does, and the others after them in sorted order.
 */
function canonicalKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  // Object.keys gives index keys first, already in numeric order; only the rest need sorting.
  const indexes = leadingIndexKeys(keys);
  const rest = keys.slice(indexes).sort();
  return indexes === 0 ? rest : [...keys.slice(0, indexes), ...rest];
}

const MAX_INDEX = 2 ** 32 - 2;

function leadingIndexKeys(keys: readonly string[]): number {
  let i = 0;
  while (i < keys.length && isIndexKey(keys[i] ?? '')) i += 1;
  return i;
}

function isIndexKey(key: string): boolean {
  return /^(0|[1-9]\d*)$/.test(key) && Number(key) <= MAX_INDEX;
}

/** `undefined` for what JSON.stringify leaves out of an object (undefined, functions, symbols). */
function canonical(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return JSON.stringify(value);
    case 'object':
      break;
    case 'bigint':
      // JSON.stringify throws the same way: a bigint has no JSON form.
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined;
  }
  const withJson = value as { toJSON?: unknown };
  if (typeof withJson.toJSON === 'function') {
    return canonical((withJson.toJSON as () => unknown).call(value));
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      out += canonical(value[i]) ?? 'null';
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = canonicalKeys(record);
  let out = '{';
  let first = true;
  for (const key of keys) {
    const text = canonical(record[key]);
    if (text === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${text}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * The canonical JSON of an event whose before and after are already canonical JSON texts:
 * the keys of AuditContent in sorted order. Equal to canonicalJson(content) by construction.
 */
export function canonicalContent(
  c: Omit<AuditContent, 'before' | 'after'>,
  beforeJson: string,
  afterJson: string,
): string {
  return (
    `{"action":${actions.json(c.action)},"actor":${actors.json(c.actor)},` +
    `"after":${afterJson},"at":${instants.json(c.at)},"before":${beforeJson},` +
    `"entity":${entities.json(c.entity)},"entityId":${JSON.stringify(c.entityId)},"id":${JSON.stringify(c.id)}}`
  );
}

/**
 * JSON.stringify of a string that mostly repeats from one event to the next (every event of
 * one write has the same actor, instant, entity and action): the last answer is kept.
 */
class LastJson {
  private lastText = '';
  private lastJson = '""';

  json(text: string): string {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastJson = JSON.stringify(text);
    }
    return this.lastJson;
  }
}

const actions = new LastJson();
const actors = new LastJson();
const instants = new LastJson();
const entities = new LastJson();

export function hashOf(prevHash: string, canonicalText: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalText).digest('hex');
}

export function eventHash(prevHash: string, content: AuditContent): string {
  return hashOf(prevHash, canonicalJson(content));
}
