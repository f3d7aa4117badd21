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
  return canonical(value) ?? 'null';
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
  const keys = Object.keys(record).sort();
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
    `{"action":${JSON.stringify(c.action)},"actor":${JSON.stringify(c.actor)},` +
    `"after":${afterJson},"at":${JSON.stringify(c.at)},"before":${beforeJson},` +
    `"entity":${JSON.stringify(c.entity)},"entityId":${JSON.stringify(c.entityId)},"id":${JSON.stringify(c.id)}}`
  );
}

export function hashOf(prevHash: string, canonicalText: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalText).digest('hex');
}

export function eventHash(prevHash: string, content: AuditContent): string {
  return hashOf(prevHash, canonicalJson(content));
}
