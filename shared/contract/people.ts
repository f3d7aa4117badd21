import { z } from 'zod';
import {
  ROLES,
  SHIFTS,
  STAFF_STATUSES,
  isoDay,
  staffInput,
  type StaffMember,
  type StaffSummary,
} from '../domain/staff';
import { method } from './define';

export const PEOPLE_SORT_KEYS = [
  'name',
  'employeeNumber',
  'unit',
  'role',
  'jobLevel',
  'shift',
  'yearsExperience',
  'status',
] as const;
export type PeopleSortKey = (typeof PEOPLE_SORT_KEYS)[number];

export const peopleQuery = z.object({
  search: z.string().trim().max(100).default(''),
  units: z.array(z.string()).default([]),
  roles: z.array(z.enum(ROLES)).default([]),
  shifts: z.array(z.enum(SHIFTS)).default([]),
  statuses: z.array(z.enum(STAFF_STATUSES)).default([]),
  sortBy: z.enum(PEOPLE_SORT_KEYS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(20_000).default(20_000),
});
export type PeopleQuery = z.input<typeof peopleQuery>;

export interface PeoplePage {
  items: StaffSummary[];
  /** Staff matching the search and filters. */
  matching: number;
  /** Staff in the whole directory. */
  total: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface PeopleFacets {
  units: FacetCount[];
  roles: FacetCount[];
  shifts: FacetCount[];
  statuses: FacetCount[];
}

export interface StaffDetail {
  staff: StaffMember;
  supervisor: StaffSummary | null;
  /** Staff with any history are never hard-deleted, only marked as left. */
  hasHistory: boolean;
}

const id = z.number().int().positive();

export const peopleMethods = {
  'people.list': method(peopleQuery).returns<PeoplePage>(),
  'people.facets': method(z.object({})).returns<PeopleFacets>(),
  'people.get': method(z.object({ id })).returns<StaffDetail>(),
  'people.create': method(staffInput).returns<StaffMember>(),
  'people.update': method(z.object({ id, staff: staffInput })).returns<StaffMember>(),
  'people.markLeft': method(z.object({ id, endDate: isoDay })).returns<StaffMember>(),
  'people.delete': method(z.object({ id })).returns<{ deleted: true }>(),
};
