import type { FilterGroup } from '../../components/FilterChips';
import {
  TRAINING_STATUS_LABELS,
  type TrainingRequirement,
  type TrainingStatus,
} from '../../../../shared/domain/training';
import type { Sort } from '../../components/SortTh';

export type DueSortKey = 'person' | 'module' | 'status' | 'expiry';

export interface DueFilters {
  search: string;
  statuses: string[];
  modules: string[];
  as: string[];
  units: string[];
}

export const NO_FILTERS: DueFilters = { search: '', statuses: [], modules: [], as: [], units: [] };

const URGENCY: readonly TrainingStatus[] = ['expired', 'missing', 'expiring', 'complete'];
const NO_UNIT = '(no unit)';
const unitOf = (r: TrainingRequirement) => r.person.unit ?? NO_UNIT;

function matches(r: TrainingRequirement, f: DueFilters, skip?: keyof DueFilters): boolean {
  const text = f.search.trim().toLowerCase();
  return (
    (text === '' ||
      r.person.displayName.toLowerCase().includes(text) ||
      r.person.employeeNumber.toLowerCase().includes(text)) &&
    (skip === 'statuses' || f.statuses.length === 0 || f.statuses.includes(r.status)) &&
    (skip === 'modules' || f.modules.length === 0 || f.modules.includes(r.moduleName)) &&
    (skip === 'as' || f.as.length === 0 || r.requiredAs.some((a) => f.as.includes(a))) &&
    (skip === 'units' || f.units.length === 0 || f.units.includes(unitOf(r)))
  );
}

function compare(a: TrainingRequirement, b: TrainingRequirement, key: DueSortKey): number {
  if (key === 'person') return a.person.displayName.localeCompare(b.person.displayName);
  if (key === 'module') return a.moduleName.localeCompare(b.moduleName);
  if (key === 'status') return URGENCY.indexOf(a.status) - URGENCY.indexOf(b.status);
  // Nothing to expire (never completed) sorts before the earliest expiry: it is already due.
  return (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '');
}

export function visibleItems(
  items: TrainingRequirement[],
  filters: DueFilters,
  sort: Sort<DueSortKey>,
): TrainingRequirement[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return items
    .filter((r) => matches(r, filters))
    .sort(
      (a, b) =>
        sign * compare(a, b, sort.key) || compare(a, b, 'person') || compare(a, b, 'module'),
    );
}

/** Count per value among the rows the other filters leave, so a count says what a click gives. */
function counted(
  items: TrainingRequirement[],
  filters: DueFilters,
  key: 'statuses' | 'modules' | 'as' | 'units',
  valuesOf: (r: TrainingRequirement) => string[],
  label: (v: string) => string,
  order?: readonly string[],
): FilterGroup['options'] {
  const counts = new Map<string, number>();
  for (const r of items.filter((i) => matches(i, filters, key))) {
    for (const v of valuesOf(r)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const values = order ? order.filter((v) => counts.has(v)) : [...counts.keys()].sort();
  return values.map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0 }));
}

export function dueFilterGroups(items: TrainingRequirement[], f: DueFilters): FilterGroup[] {
  const same = (v: string) => v;
  return [
    {
      key: 'statuses',
      label: 'Status',
      options: counted(
        items,
        f,
        'statuses',
        (r) => [r.status],
        (v) => TRAINING_STATUS_LABELS[v as TrainingStatus],
        URGENCY,
      ),
      selected: f.statuses,
    },
    {
      key: 'modules',
      label: 'Module',
      options: counted(items, f, 'modules', (r) => [r.moduleName], same),
      selected: f.modules,
    },
    {
      key: 'as',
      label: 'Needed as',
      options: counted(
        items,
        f,
        'as',
        (r) => r.requiredAs,
        (v) => (v === 'mentor' ? 'Mentor' : 'Mentee'),
        ['mentor', 'mentee'],
      ),
      selected: f.as,
    },
    {
      key: 'units',
      label: 'Unit',
      options: counted(items, f, 'units', (r) => [unitOf(r)], same),
      selected: f.units,
    },
  ];
}
