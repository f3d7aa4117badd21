import { method } from './define';

// The goals methods of the contract.
export const goalsMethods = {} satisfies Record<string, ReturnType<ReturnType<typeof method>['returns']>>;
