import { dayOf } from '../../../shared/dates';
import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { weekSummary } from './week';

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard.week': (_input, ctx) => {
    const w = requireDb(ctx);
    return weekSummary(w.db, dayOf(w.clock.now()));
  },
};
