import { auditHandlers } from '../audit/handlers';
import { facilityHandlers } from '../facility/handlers';
import { peopleHandlers } from '../people/handlers';
import { rosterHandlers } from '../roster/handlers';
import type { Handlers } from './router';

/** Every method of the contract, joined from the domains; a missing one fails to compile. */
export const handlers: Handlers = {
  ...facilityHandlers,
  ...peopleHandlers,
  ...rosterHandlers,
  ...auditHandlers,
};
