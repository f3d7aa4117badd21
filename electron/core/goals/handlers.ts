import type { DomainHandlers } from '../api/router';

export const goalsHandlers: DomainHandlers<'goals'> = {};
