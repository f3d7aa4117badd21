import { z } from 'zod';
import type { MentorSuggestion, OptimiseResult, WeightPreview } from '../domain/board';
import {
  END_REASONS,
  PAIRING_STATUSES,
  type AcceptAllResult,
  type BoardWithFlags,
  type CircleDetail,
  type CircleSummary,
  type Pairing,
  type PairingWithTimeline,
} from '../domain/pairings';
import { matchWeights } from '../domain/programs';
import { isoDay } from '../domain/staff';
import { method } from './define';

const id = z.number().int().positive();

export const OBJECTIVES = ['best-total', 'most-matched'] as const;

export const pairingMethods = {
  'pairings.board': method(z.object({ cohortId: id })).returns<BoardWithFlags>(),
  'pairings.list': method(z.object({ cohortId: id })).returns<Pairing[]>(),
  'pairings.get': method(z.object({ id })).returns<PairingWithTimeline>(),
  'pairings.forStaff': method(z.object({ staffId: id })).returns<PairingWithTimeline[]>(),
  'pairings.assign': method(
    z.object({ cohortId: id, menteeEnrolmentId: id, mentorEnrolmentId: id }),
  ).returns<Pairing>(),
  'pairings.unassign': method(z.object({ id })).returns<Pairing>(),
  'pairings.lock': method(z.object({ id, locked: z.boolean() })).returns<Pairing>(),
  'pairings.optimise': method(
    z.object({ cohortId: id, objective: z.enum(OBJECTIVES).default('most-matched') }),
  ).returns<OptimiseResult>(),
  /** All or nothing: refused, naming each hard rule, when any of them cannot be accepted. */
  'pairings.accept': method(
    z.object({ ids: z.array(id).min(1, 'choose at least one proposal') }),
  ).returns<Pairing[]>(),
  /** Accepts those the hard rules allow and says which were left proposed, and why. */
  'pairings.acceptAll': method(
    z.object({ ids: z.array(id).min(1, 'choose at least one proposal') }),
  ).returns<AcceptAllResult>(),
  'pairings.transition': method(
    z.object({
      id,
      to: z.enum(PAIRING_STATUSES),
      reason: z.enum(END_REASONS).optional(),
      note: z.string().trim().max(2000).optional(),
      endDate: isoDay.optional(),
      /** The day it happened, when entered late; today when left out. */
      on: isoDay.optional(),
    }),
  ).returns<Pairing>(),
  'pairings.extend': method(z.object({ id, endDate: isoDay })).returns<Pairing>(),
  'pairings.exportCsv': method(z.object({ cohortId: id })).returns<{
    fileName: string;
    csv: string;
  }>(),
  /** The mentoring circles of a cohort (group-format programs). */
  'pairings.circles': method(z.object({ cohortId: id })).returns<CircleSummary[]>(),
  /** One circle: members with their own counts, shared meetings with attendance, goals. */
  'pairings.circle': method(z.object({ id })).returns<CircleDetail>(),
  'pairings.addCircleMentor': method(
    z.object({ circleId: id, mentorEnrolmentId: id }),
  ).returns<CircleSummary>(),
};

export const matchingMethods = {
  'matching.suggest': method(z.object({ cohortId: id, menteeEnrolmentId: id })).returns<
    MentorSuggestion[]
  >(),
  'matching.previewWeights': method(z.object({ cohortId: id, weights: matchWeights })).returns<
    WeightPreview[]
  >(),
};
