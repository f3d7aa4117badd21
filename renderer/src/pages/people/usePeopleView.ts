import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PEOPLE_SORT_KEYS, type PeopleSortKey } from '../../../../shared/contract/people';
import {
  ROLES,
  SHIFTS,
  STAFF_STATUSES,
  type Role,
  type Shift,
  type StaffStatus,
} from '../../../../shared/domain/staff';
import type { SortDir } from '../../components/SortHeader';

/** What the People table shows: kept in the URL so Back from a staff member restores it. */
export interface PeopleView {
  search: string;
  units: string[];
  roles: Role[];
  shifts: Shift[];
  statuses: StaffStatus[];
  sortBy: PeopleSortKey;
  sortDir: SortDir;
}

const PARAM: Record<keyof PeopleView, string> = {
  search: 'q',
  units: 'unit',
  roles: 'role',
  shifts: 'shift',
  statuses: 'status',
  sortBy: 'sort',
  sortDir: 'dir',
};

function oneOf<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function parse(params: URLSearchParams): PeopleView {
  const sortBy = params.get(PARAM.sortBy) ?? 'name';
  return {
    search: params.get(PARAM.search) ?? '',
    units: params.getAll(PARAM.units),
    roles: oneOf(ROLES, params.getAll(PARAM.roles)),
    shifts: oneOf(SHIFTS, params.getAll(PARAM.shifts)),
    statuses: oneOf(STAFF_STATUSES, params.getAll(PARAM.statuses)),
    sortBy: oneOf(PEOPLE_SORT_KEYS, [sortBy])[0] ?? 'name',
    sortDir: params.get(PARAM.sortDir) === 'desc' ? 'desc' : 'asc',
  };
}

function write(previous: URLSearchParams, patch: Partial<PeopleView>): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const [key, value] of Object.entries(patch) as [keyof PeopleView, unknown][]) {
    const name = PARAM[key];
    next.delete(name);
    if (Array.isArray(value)) {
      for (const v of value) next.append(name, String(v));
    } else if (typeof value === 'string' && value !== '') {
      next.set(name, value);
    }
  }
  return next;
}

/**
 * The view lives in local state so checkboxes and sort buttons answer at once (the router
 * applies URL changes in a transition), and is mirrored into the URL; a URL changed from
 * elsewhere (Back, a link from the dashboard) replaces it.
 */
export function usePeopleView(): [PeopleView, (patch: Partial<PeopleView>) => void] {
  const [params, setParams] = useSearchParams();
  const urlKey = params.toString();
  const [view, setView] = useState(() => parse(params));
  const [seenUrlKey, setSeenUrlKey] = useState(urlKey);
  if (urlKey !== seenUrlKey) {
    setSeenUrlKey(urlKey);
    setView(parse(params));
  }

  const update = useCallback(
    (patch: Partial<PeopleView>) => {
      setView((v) => ({ ...v, ...patch }));
      setParams((previous) => write(previous, patch), { replace: true });
    },
    [setParams],
  );

  return [view, update];
}
