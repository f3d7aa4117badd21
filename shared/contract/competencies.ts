import { method } from './define';

// The competencies methods of the contract.
export const competenciesMethods = {} satisfies Record<string, ReturnType<ReturnType<typeof method>['returns']>>;
