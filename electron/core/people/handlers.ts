import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { getStaffDetail, createStaff, deleteStaff, markLeft, updateStaff } from './service';
import { listPeople, peopleFacets } from './queries';

export const peopleHandlers: DomainHandlers<'people'> = {
  'people.list': (input, ctx) => listPeople(requireDb(ctx).db, input),
  'people.facets': (_input, ctx) => peopleFacets(requireDb(ctx).db),
  'people.get': ({ id }, ctx) => getStaffDetail(requireDb(ctx).db, id),
  'people.create': (input, ctx) => createStaff(requireDb(ctx), input),
  'people.update': ({ id, staff }, ctx) => updateStaff(requireDb(ctx), id, staff),
  'people.markLeft': ({ id, endDate }, ctx) => markLeft(requireDb(ctx), id, endDate),
  'people.delete': ({ id }, ctx) => deleteStaff(requireDb(ctx), id),
};
