import {
  DUE_STATE_LABELS,
  DUE_STATES,
  type DueEvaluation,
  type DueState,
} from '../../../../shared/domain/evaluations';
import type { FilterGroup } from '../../components/FilterChips';
import type { Sort } from '../../components/SortTh';

export type DueSortKey = 'due' | 'pairing' | 'cohort' | 'form' | 'state';

export interface DueFilters {
  search: string;
  cohorts: string[];
  states: string[];
}

/** What needs doing is shown first; done and upcoming are a click away. */
export const START_FILTERS: DueFilters = { search: '', cohorts: [], states: ['overdue', 'due'] };

const URGENCY: readonly DueState[] = ['overdue', 'due', 'upcoming', 'done'];

function matches(d: DueEvaluation, f: DueFilters, skip?: keyof DueFilters): boolean {
  const text = f.search.trim().toLowerCase();
  const names = [d.menteeName, d.mentorName, d.respondent?.displayName ?? '', d.formName];
  return (
    (text === '' || names.some((n) => n.toLowerCase().includes(text))) &&
    (skip === 'cohorts' || f.cohorts.length === 0 || f.cohorts.includes(d.cohortCode)) &&
    (skip === 'states' || f.states.length === 0 || f.states.includes(d.state))
  );
}

function compare(a: DueEvaluation, b: DueEvaluation, key: DueSortKey): number {
  switch (key) {
    case 'due':
      return a.dueOn.localeCompare(b.dueOn);
    case 'pairing':
      return a.menteeName.localeCompare(b.menteeName);
    case 'cohort':
      return a.cohortCode.localeCompare(b.cohortCode);
    case 'form':
      return a.formName.localeCompare(b.formName);
    case 'state':
      return URGENCY.indexOf(a.state) - URGENCY.indexOf(b.state);
  }
}

export function visibleDue(
  items: DueEvaluation[],
  filters: DueFilters,
  sort: Sort<DueSortKey>,
): DueEvaluation[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return items
    .filter((d) => matches(d, filters))
    .sort(
      (a, b) => sign * compare(a, b, sort.key) || compare(a, b, 'due') || compare(a, b, 'pairing'),
    );
}

/** A stable key for a row: one respondent of one pairing, one form, one period. */
export function dueKey(d: DueEvaluation): string {
  return `${d.pairingId}|${d.formId}|${d.period}|${d.respondent?.staffId ?? 'educator'}`;
}

export function countByState(items: DueEvaluation[]): Record<DueState, number> {
  const counts = { due: 0, overdue: 0, done: 0, upcoming: 0 };
  for (const d of items) counts[d.state] += 1;
  return counts;
}

/** Counts per value among the rows the other filters leave, so a count says what a click gives. */
export function dueFilterGroups(items: DueEvaluation[], f: DueFilters): FilterGroup[] {
  const tally = (skip: 'cohorts' | 'states', valueOf: (d: DueEvaluation) => string) => {
    const counts = new Map<string, number>();
    for (const d of items.filter((i) => matches(i, f, skip))) {
      counts.set(valueOf(d), (counts.get(valueOf(d)) ?? 0) + 1);
    }
    return counts;
  };
  const cohorts = tally('cohorts', (d) => d.cohortCode);
  const states = tally('states', (d) => d.state);
  return [
    {
      key: 'states',
      label: 'State',
      options: URGENCY.filter((s) => DUE_STATES.includes(s)).map((s) => ({
        value: s,
        label: DUE_STATE_LABELS[s],
        count: states.get(s) ?? 0,
      })),
      selected: f.states,
    },
    {
      key: 'cohorts',
      label: 'Cohort',
      options: [...new Set(items.map((d) => d.cohortCode))].sort().map((code) => ({
        value: code,
        label: code,
        count: cohorts.get(code) ?? 0,
      })),
      selected: f.cohorts,
    },
  ];
}
