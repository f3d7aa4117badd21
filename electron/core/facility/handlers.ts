import type { DomainHandlers } from '../api/router';
import { createFacility, facilityStatus, openFacility, renameFacility } from './service';

export const facilityHandlers: DomainHandlers<'facility'> = {
  'facility.status': (_input, ctx) => facilityStatus(ctx),
  'facility.create': (input, ctx) => createFacility(ctx, input),
  'facility.open': ({ path }, ctx) => openFacility(ctx, path),
  'facility.rename': ({ name }, ctx) => renameFacility(ctx, name),
};
