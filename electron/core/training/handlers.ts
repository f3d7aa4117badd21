import type { DomainHandlers } from '../api/router';

export const trainingHandlers: DomainHandlers<'training'> = {};
