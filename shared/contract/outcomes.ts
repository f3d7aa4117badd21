import { z } from 'zod';
import {
  demographicsInput,
  outcomesFilter,
  readinessCorrectionInput,
  readinessInput,
  type ConsentStatus,
  type OutcomesDashboard,
  type ReadinessRating,
} from '../domain/outcomes';
import { method } from './define';

const id = z.number().int().positive();

// The outcomes methods of the contract.
export const outcomesMethods = {
  /** Every outcome measure for a filter; group counts come back already suppressed. */
  'outcomes.dashboard': method(outcomesFilter).returns<OutcomesDashboard>(),
  /** Whether a person's self-identified data is held (never the values themselves). */
  'outcomes.consentStatus': method(z.object({ staffId: id })).returns<ConsentStatus>(),
  'outcomes.recordDemographics': method(demographicsInput).returns<ConsentStatus>(),
  /** Deletes the person's self-identified data; the trail keeps only that consent ended. */
  'outcomes.withdrawConsent': method(z.object({ staffId: id })).returns<ConsentStatus>(),
  'outcomes.rateReadiness': method(readinessInput).returns<ReadinessRating>(),
  'outcomes.correctReadiness': method(readinessCorrectionInput).returns<ReadinessRating>(),
  'outcomes.ratingHistory': method(z.object({ staffId: id })).returns<ReadinessRating[]>(),
};
