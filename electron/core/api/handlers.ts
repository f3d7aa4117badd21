import { accountsHandlers } from '../accounts/handlers';
import { auditHandlers } from '../audit/handlers';
import { backupHandlers } from '../backup/handlers';
import { competenciesHandlers } from '../competencies/handlers';
import { dashboardHandlers } from '../dashboard/handlers';
import { evaluationsHandlers } from '../evaluations/handlers';
import { exportsHandlers } from '../exports/handlers';
import { printingHandlers } from '../printing/handlers';
import { goalsHandlers } from '../goals/handlers';
import { meetingsHandlers } from '../meetings/handlers';
import { outcomesHandlers } from '../outcomes/handlers';
import { trainingHandlers } from '../training/handlers';
import { facilityHandlers } from '../facility/handlers';
import { matchingHandlers, pairingHandlers } from '../pairings/handlers';
import { peopleHandlers } from '../people/handlers';
import {
  cohortHandlers,
  doNotPairHandlers,
  enrolmentHandlers,
  programHandlers,
} from '../programs/handlers';
import { rosterHandlers } from '../roster/handlers';
import type { Handlers } from './router';

/** Every method of the contract, joined from the domains; a missing one fails to compile. */
export const handlers: Handlers = {
  ...facilityHandlers,
  ...accountsHandlers,
  ...peopleHandlers,
  ...rosterHandlers,
  ...auditHandlers,
  ...programHandlers,
  ...cohortHandlers,
  ...enrolmentHandlers,
  ...doNotPairHandlers,
  ...pairingHandlers,
  ...matchingHandlers,
  ...goalsHandlers,
  ...competenciesHandlers,
  ...meetingsHandlers,
  ...trainingHandlers,
  ...dashboardHandlers,
  ...evaluationsHandlers,
  ...printingHandlers,
  ...outcomesHandlers,
  ...exportsHandlers,
  ...backupHandlers,
};
