import type { z } from 'zod';
import type { Result } from '../result';
import { accountsMethods } from './accounts';
import { auditMethods } from './audit';
import { backupMethods } from './backup';
import { competenciesMethods } from './competencies';
import { dashboardMethods } from './dashboard';
import { evaluationsMethods } from './evaluations';
import { exportsMethods } from './exports';
import { facilityMethods } from './facility';
import { goalsMethods } from './goals';
import { meetingsMethods } from './meetings';
import { outcomesMethods } from './outcomes';
import { matchingMethods, pairingMethods } from './pairings';
import { peopleMethods } from './people';
import { printingMethods } from './printing';
import { cohortMethods, doNotPairMethods, enrolmentMethods, programMethods } from './programs';
import { rosterMethods } from './roster';
import { trainingMethods } from './training';

/**
 * The one API contract. A method exists here or nowhere: the IPC router, the local host's
 * router and the renderer's client are all derived from this map.
 */
export const contract = {
  ...facilityMethods,
  ...accountsMethods,
  ...peopleMethods,
  ...rosterMethods,
  ...auditMethods,
  ...programMethods,
  ...cohortMethods,
  ...enrolmentMethods,
  ...doNotPairMethods,
  ...pairingMethods,
  ...matchingMethods,
  ...goalsMethods,
  ...competenciesMethods,
  ...meetingsMethods,
  ...trainingMethods,
  ...dashboardMethods,
  ...evaluationsMethods,
  ...printingMethods,
  ...outcomesMethods,
  ...exportsMethods,
  ...backupMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives after the schema has checked and filled in the input. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** The typed client the renderer uses, whatever carries the call (IPC or HTTP). */
export interface ApiClient {
  call<M extends MethodName>(name: M, input: InputOf<M>): Promise<Result<OutputOf<M>>>;
}

/** Moves one call across a process boundary; the only thing IPC and HTTP differ in. */
export type Transport = (name: string, input: unknown) => Promise<Result<unknown>>;

export function createClient(transport: Transport): ApiClient {
  return {
    call(name, input) {
      // Handlers on the other side are typed against this same contract.
      return transport(name, input) as Promise<Result<never>>;
    },
  };
}

/** The object the Electron preload exposes as `window.tandem`. */
export interface TandemBridge {
  call: Transport;
}
