import type { DomainHandlers } from '../api/router';

export const competenciesHandlers: DomainHandlers<'competencies'> = {};
