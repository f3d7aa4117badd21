import { z } from 'zod';
import type { WeekSummary } from '../domain/dashboard';
import { method } from './define';

// The dashboard's methods of the contract.
export const dashboardMethods = {
  'dashboard.week': method(z.object({})).returns<WeekSummary>(),
};
