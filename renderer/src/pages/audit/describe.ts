import {
  AUDIT_REFERENCES,
  auditActionLabel,
  auditEntityLabel,
  auditFieldLabel,
  auditValueLabel,
  referenceKey,
  type AuditEvent,
} from '../../../../shared/domain/audit';
import { ROSTER_FIELDS } from '../../../../shared/domain/roster';
import { formatDay, formatDaysIn, formatInstant } from '../../lib/format';

/** One field that an event changed, with the values before and after in words. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Roster fields keep the names the import uses ("Unit / department"); the rest are the trail's. */
const ROSTER_LABELS: Record<string, string> = Object.fromEntries(
  ROSTER_FIELDS.map((f) => [f.key, f.label]),
);

export function fieldLabel(field: string): string {
  return ROSTER_LABELS[field] ?? auditFieldLabel(field);
}

/**
 * Bookkeeping the event itself already says (its own time, the record's id), and a label
 * stored beside its code (a sign-off's level is shown by its label already).
 */
const IGNORED = new Set(['updatedAt', 'createdAt', 'id', 'levelLabel']);

/** "Activated", "Resumed" (a pairing active again after a pause): `before` tells those apart. */
export function describeAction(action: string, before?: unknown): string {
  return auditActionLabel(action, before);
}

/** "Staff member: Ana Ruiz, #1313919", "Pairing: Ana Ruiz mentoring Bo Li". */
export function describeEntity(event: Pick<AuditEvent, 'entity' | 'entityId' | 'subject'>): string {
  const kind = auditEntityLabel(event.entity);
  if (event.subject) return `${kind}: ${formatDaysIn(event.subject)}`;
  if (event.entityId === '') return kind;
  return /^\d+$/.test(event.entityId)
    ? `${kind} #${event.entityId}`
    : `${kind} “${event.entityId}”`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A stored value as an educator reads it: a name for an id, a label for a code, the
 * workstation's format for a date, "(empty)" for nothing.
 */
export function formatValue(
  event: Pick<AuditEvent, 'entity' | 'names'>,
  field: string,
  value: unknown,
): string {
  if (isEmpty(value)) return '(empty)';
  const kind = Object.hasOwn(AUDIT_REFERENCES, field) ? AUDIT_REFERENCES[field] : undefined;
  if (kind && (typeof value === 'number' || typeof value === 'string')) {
    return event.names[referenceKey(kind, value)] ?? `#${String(value)} (no longer recorded)`;
  }
  const label = auditValueLabel(event.entity, field, value);
  if (label !== null) return label;
  if (Array.isArray(value)) return value.map((v) => formatValue(event, field, v)).join(', ');
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) return formatDay(value);
    if (ISO_INSTANT.test(value)) return formatInstant(value);
    return value;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([k, v]) => !IGNORED.has(k) && !isEmpty(v))
      .map(([k, v]) => `${fieldLabel(k)}: ${formatValue(event, k, v)}`)
      .join('; ');
  }
  return JSON.stringify(value);
}

/**
 * The fields an event changed, from its before and after objects: only keys whose values
 * differ. A creation lists what was set; a deletion lists what was there.
 */
export function changesOf(
  event: Pick<AuditEvent, 'entity' | 'before' | 'after' | 'names'>,
): FieldChange[] {
  const { before, after } = event;
  if (!isRecord(before) && !isRecord(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [
      {
        field: '',
        label: 'Value',
        before: formatValue(event, '', before),
        after: formatValue(event, '', after),
      },
    ];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((key) => !IGNORED.has(key))
    .filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .filter((key) => !(isEmpty(b[key]) && isEmpty(a[key])))
    .map((key) => ({
      field: key,
      label: fieldLabel(key),
      before: formatValue(event, key, b[key]),
      after: formatValue(event, key, a[key]),
    }));
}
