import type { AuditEvent } from '../../../../shared/domain/audit';
import { ROSTER_FIELDS } from '../../../../shared/domain/roster';
import {
  ROLE_LABELS,
  SHIFT_LABELS,
  STAFF_STATUS_LABELS,
  displayName,
} from '../../../../shared/domain/staff';

/** One field that an event changed, with the values before and after. */
export interface FieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

const LABELS: Record<string, string> = {
  ...Object.fromEntries(ROSTER_FIELDS.map((f) => [f.key, f.label])),
  supervisorId: 'Supervisor (id)',
  notes: 'Private notes',
  name: 'Name',
  path: 'Database file',
};

/** Bookkeeping the event itself already says (its own time), left out of the change list. */
const IGNORED = new Set(['updatedAt', 'createdAt', 'id']);

const ACTIONS: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  mark_left: 'Marked as left',
  import_update: 'Updated by roster import',
  markLeft: 'Marked as left',
  import: 'Imported',
  rename: 'Renamed',
};

export function describeAction(action: string): string {
  return ACTIONS[action] ?? action.replace(/[_.]/g, ' ');
}

const ENTITIES: Record<string, string> = {
  staff: 'Staff',
  facility: 'Facility',
  roster_import: 'Roster import',
  roster_mapping: 'Roster mapping',
};

/** "Staff #12", "Roster import “june.csv”": what an event is about, in words. */
export function describeEntity(event: Pick<AuditEvent, 'entity' | 'entityId'>): string {
  const name = ENTITIES[event.entity] ?? fieldLabel(event.entity.replace(/_/g, ' '));
  if (event.entityId === '') return name;
  return /^\d+$/.test(event.entityId)
    ? `${name} #${event.entityId}`
    : `${name} “${event.entityId}”`;
}

/** For staff events: the person's name and employee number from the snapshot, if present. */
export function staffOf(event: Pick<AuditEvent, 'entity' | 'before' | 'after'>): string | null {
  if (event.entity !== 'staff') return null;
  const snapshot = isRecord(event.after)
    ? event.after
    : isRecord(event.before)
      ? event.before
      : null;
  if (!snapshot || typeof snapshot.employeeNumber !== 'string') return null;
  const text = (k: string) => (typeof snapshot[k] === 'string' ? (snapshot[k] as string) : null);
  const name = displayName({
    firstName: text('firstName'),
    lastName: text('lastName'),
    preferredName: text('preferredName'),
    employeeNumber: snapshot.employeeNumber,
  });
  return name.includes(snapshot.employeeNumber) ? name : `${name}, ${snapshot.employeeNumber}`;
}

export function fieldLabel(field: string): string {
  return (
    LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
  );
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

/**
 * The fields an event changed, from its before and after objects: only keys whose values
 * differ. A creation lists what was set; a deletion lists what was there.
 */
export function changesOf(event: Pick<AuditEvent, 'before' | 'after'>): FieldChange[] {
  const { before, after } = event;
  if (!isRecord(before) && !isRecord(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ field: '', label: 'Value', before, after }];
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
      before: withLabel(key, b[key]),
      after: withLabel(key, a[key]),
    }));
}

const VALUE_LABELS: Record<string, Record<string, string>> = {
  role: ROLE_LABELS,
  shift: SHIFT_LABELS,
  status: STAFF_STATUS_LABELS,
};

/** Stored codes (`rn`, `on_leave`) as the labels the rest of the app shows. */
function withLabel(field: string, value: unknown): unknown {
  const labels = VALUE_LABELS[field];
  return labels && typeof value === 'string' ? (labels[value] ?? value) : value;
}

/** A stored value as an educator reads it. */
export function formatValue(value: unknown): string {
  if (isEmpty(value)) return '(empty)';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k)}: ${formatValue(v)}`)
      .join('; ');
  }
  return JSON.stringify(value);
}
