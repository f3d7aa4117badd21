import type { RosterFieldKey } from '../../../../shared/domain/roster';
import { ROLE_LABELS, SHIFT_LABELS, STAFF_STATUS_LABELS } from '../../../../shared/domain/staff';
import { formatDay } from '../../lib/format';

const CODED_LABELS: Partial<Record<RosterFieldKey, Record<string, string>>> = {
  role: ROLE_LABELS,
  shift: SHIFT_LABELS,
  status: STAFF_STATUS_LABELS,
};

/** A roster value as the rest of Tandem shows it: labels for codes, the locale's dates, — for none. */
export function rosterValueText(key: RosterFieldKey, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  if (key === 'hireDate' || key === 'endDate') return formatDay(String(value));
  const labels = CODED_LABELS[key];
  if (labels && typeof value === 'string') return labels[value] ?? value;
  return String(value);
}
