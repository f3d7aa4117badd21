import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { todayOf } from '../db/write';
import { outcomesDashboard } from './dashboard';
import { consentStatus, recordDemographics, withdrawConsent } from './demographics';
import { correctReadiness, rateReadiness, ratingHistory } from './succession';

export const outcomesHandlers: DomainHandlers<'outcomes'> = {
  'outcomes.dashboard': (filter, ctx) => {
    const w = requireDb(ctx);
    return outcomesDashboard(w.db, filter, todayOf(w));
  },
  'outcomes.consentStatus': ({ staffId }, ctx) => consentStatus(requireDb(ctx).db, staffId),
  'outcomes.recordDemographics': (input, ctx) => recordDemographics(requireDb(ctx), input),
  'outcomes.withdrawConsent': ({ staffId }, ctx) => withdrawConsent(requireDb(ctx), staffId),
  'outcomes.rateReadiness': (input, ctx) => rateReadiness(requireDb(ctx), input),
  'outcomes.correctReadiness': (input, ctx) => correctReadiness(requireDb(ctx), input),
  'outcomes.ratingHistory': ({ staffId }, ctx) => ratingHistory(requireDb(ctx).db, staffId),
};
