import type { DomainHandlers } from '../api/router';

export const meetingsHandlers: DomainHandlers<'meetings'> = {};
