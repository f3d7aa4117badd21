import { z } from 'zod';
import {
  cohortInput,
  ENROLMENT_ROLES,
  menteeIntake,
  mentorProfile,
  programInput,
  type Cohort,
  type Enrolment,
  type EnrolmentRole,
  type Program,
  type ProgramSummary,
} from '../domain/programs';
import { ROLES, SHIFTS, type StaffSummary } from '../domain/staff';
import type { RuleReview } from '../domain/pairings';
import { method } from './define';

const id = z.number().int().positive();

/** Someone a bulk enrolment left out, and why ("already enrolled as mentee"). */
export interface SkippedEnrolment {
  staffId: number;
  name: string;
  reason: string;
}

export interface EnrolResult {
  /** Newly enrolled, plus withdrawn enrolments in this role that were reinstated. */
  enrolled: number;
  /** Of those, how many were reinstated after a withdrawal. */
  reinstated: number;
  /** Already enrolled in this role: left as they are. */
  alreadyEnrolled: number[];
  /** Enrolled in the other role of this cohort: one role per person per cohort. */
  skipped: SkippedEnrolment[];
}

/** "2 skipped: already enrolled as mentee", one part per reason; empty when nobody was skipped. */
export function describeSkipped(skipped: readonly SkippedEnrolment[]): string {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} skipped: ${reason}`).join('; ');
}

/** Staff who can be enrolled (not those who have left), for the bulk enrolment panel. */
export const ENROLABLE_STATUSES = ['active', 'on_leave'] as const;

const years = z
  .number({ error: 'a number of years' })
  .min(0, 'cannot be negative')
  .max(60, 'at most 60 years');

export const enrolCandidatesQuery = z
  .object({
    cohortId: id,
    search: z.string().trim().max(100).default(''),
    units: z.array(z.string()).default([]),
    roles: z.array(z.enum(ROLES)).default([]),
    shifts: z.array(z.enum(SHIFTS)).default([]),
    /** Empty: active and on leave. */
    statuses: z.array(z.enum(ENROLABLE_STATUSES)).default([]),
    jobLevels: z.array(z.number().int().min(1).max(5)).default([]),
    minYears: years.optional(),
    maxYears: years.optional(),
    /** New graduates: hired on or after this many months before today. */
    hiredWithinMonths: z
      .number({ error: 'a whole number of months' })
      .int('a whole number of months')
      .min(1, 'at least 1 month')
      .max(600, 'at most 600 months')
      .optional(),
  })
  .refine((q) => q.minYears === undefined || q.maxYears === undefined || q.minYears <= q.maxYears, {
    path: ['maxYears'],
    message: 'at least the minimum years',
  });
export type EnrolCandidatesQuery = z.input<typeof enrolCandidatesQuery>;

export interface EnrolCandidate extends StaffSummary {
  hireDate: string | null;
  /** The role this person holds in the cohort now, if any. */
  enrolledAs: EnrolmentRole | null;
}

export interface EnrolCandidates {
  /** Everyone the filters find, by name. */
  items: EnrolCandidate[];
  /** The first hire date that counts when `hiredWithinMonths` is given, else null. */
  hiredSince: string | null;
}

export interface DoNotPairEntry {
  id: number;
  staffA: { id: number; name: string };
  staffB: { id: number; name: string };
  reason: string;
  createdAt: string;
}

/** The list after an entry was added, and the pairings of the two it withdrew or flagged. */
export interface DoNotPairAdded extends RuleReview {
  entries: DoNotPairEntry[];
}

export const programMethods = {
  'programs.list': method(z.object({})).returns<ProgramSummary[]>(),
  'programs.get': method(z.object({ id })).returns<Program>(),
  'programs.create': method(programInput).returns<Program>(),
  'programs.update': method(z.object({ id, program: programInput })).returns<Program>(),
};

export const cohortMethods = {
  'cohorts.list': method(z.object({ programId: id.optional() })).returns<Cohort[]>(),
  'cohorts.get': method(z.object({ id })).returns<Cohort>(),
  'cohorts.create': method(cohortInput).returns<Cohort>(),
};

export const enrolmentMethods = {
  'enrolments.list': method(
    z.object({ cohortId: id, role: z.enum(ENROLMENT_ROLES).optional() }),
  ).returns<Enrolment[]>(),
  'enrolments.add': method(
    z.object({
      cohortId: id,
      role: z.enum(ENROLMENT_ROLES),
      staffIds: z.array(id).min(1, 'choose at least one person').max(20_000),
      capacity: z.number().int().min(0).max(20).optional(),
      intake: menteeIntake.optional(),
      mentorProfile: mentorProfile.optional(),
    }),
  ).returns<EnrolResult>(),
  'enrolments.update': method(
    z.object({
      id,
      capacity: z.number().int().min(0, 'cannot be negative').max(20, 'at most 20').optional(),
      intake: menteeIntake.optional(),
      mentorProfile: mentorProfile.optional(),
    }),
  ).returns<Enrolment>(),
  'enrolments.withdraw': method(z.object({ id })).returns<Enrolment>(),
  'enrolments.candidates': method(enrolCandidatesQuery).returns<EnrolCandidates>(),
};

export const doNotPairMethods = {
  'doNotPair.list': method(z.object({})).returns<DoNotPairEntry[]>(),
  'doNotPair.add': method(
    z.object({
      staffA: id,
      staffB: id,
      reason: z.string().trim().min(1, 'say why these two must not be paired').max(500),
    }),
  ).returns<DoNotPairAdded>(),
  'doNotPair.remove': method(z.object({ id })).returns<DoNotPairEntry[]>(),
};
