import { z } from 'zod';
import {
  cohortInput,
  ENROLMENT_ROLES,
  menteeIntake,
  mentorProfile,
  programInput,
  type Cohort,
  type Enrolment,
  type Program,
  type ProgramSummary,
} from '../domain/programs';
import { method } from './define';

const id = z.number().int().positive();

export interface EnrolResult {
  /** Newly enrolled, plus withdrawn enrolments in this role that were reinstated. */
  enrolled: number;
  /** Of those, how many were reinstated after a withdrawal. */
  reinstated: number;
  /** Already enrolled in this role: left as they are. */
  alreadyEnrolled: number[];
}

export interface DoNotPairEntry {
  id: number;
  staffA: { id: number; name: string };
  staffB: { id: number; name: string };
  reason: string;
  createdAt: string;
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
};

export const doNotPairMethods = {
  'doNotPair.list': method(z.object({})).returns<DoNotPairEntry[]>(),
  'doNotPair.add': method(
    z.object({
      staffA: id,
      staffB: id,
      reason: z.string().trim().min(1, 'say why these two must not be paired').max(500),
    }),
  ).returns<DoNotPairEntry[]>(),
  'doNotPair.remove': method(z.object({ id })).returns<DoNotPairEntry[]>(),
};
