import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { weekSummary } from './week';
import { todayOf } from '../db/write';

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard.week': (_input, ctx) => {
    const w = requireDb(ctx);
    return weekSummary(w.db, todayOf(w));
  },
};
