import { z } from 'zod';
import type { FacilityStatus } from '../domain/facility';
import { method } from './define';

const path = z.string().trim().min(1, 'a file path is required').max(1024);
const facilityName = z
  .string()
  .trim()
  .min(1, 'the facility name is required')
  .max(120, 'at most 120 characters');

export const facilityMethods = {
  'facility.status': method(z.object({})).returns<FacilityStatus>(),
  'facility.create': method(
    z.object({ path, name: facilityName, demo: z.boolean().default(false) }),
  ).returns<FacilityStatus>(),
  'facility.open': method(z.object({ path })).returns<FacilityStatus>(),
  'facility.rename': method(z.object({ name: facilityName })).returns<FacilityStatus>(),
};
