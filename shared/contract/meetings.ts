import { method } from './define';

// The meetings methods of the contract.
export const meetingsMethods = {} satisfies Record<string, ReturnType<ReturnType<typeof method>['returns']>>;
