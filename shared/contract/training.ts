import { method } from './define';

// The training methods of the contract.
export const trainingMethods = {} satisfies Record<string, ReturnType<ReturnType<typeof method>['returns']>>;
