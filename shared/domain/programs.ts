import { z } from 'zod';
import { isoDay, ROLES, SHIFTS } from './staff';

/** Kinds of mentorship a facility runs (DOMAIN.md "Program"). */
export const PROGRAM_KINDS = [
  'residency',
  'preceptorship',
  'peer',
  'cross_training',
  'leadership',
  'remote',
  'other',
] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export const PROGRAM_KIND_LABELS: Record<ProgramKind, string> = {
  residency: 'New-graduate residency',
  preceptorship: 'Preceptorship / onboarding',
  peer: 'Peer mentoring',
  cross_training: 'Cross-training',
  leadership: 'Leadership / succession',
  remote: 'Remote mentoring',
  other: 'Other',
};

export const PROGRAM_FORMATS = ['one_to_one', 'group', 'peer'] as const;
export type ProgramFormat = (typeof PROGRAM_FORMATS)[number];
export const PROGRAM_FORMAT_LABELS: Record<ProgramFormat, string> = {
  one_to_one: 'One-to-one',
  group: 'Group',
  peer: 'Peer',
};

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

export const EVALUATION_SCHEDULES = [
  'monthly',
  'quarterly',
  'midpoint_and_end',
  'end_only',
] as const;
export type EvaluationSchedule = (typeof EVALUATION_SCHEDULES)[number];
export const EVALUATION_SCHEDULE_LABELS: Record<EvaluationSchedule, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  midpoint_and_end: 'At the midpoint and the end',
  end_only: 'At the end',
};

/** Where the mentor should work relative to the mentee: preceptors on the same unit, cross-training elsewhere. */
export const UNIT_RULES = ['same', 'different', 'any'] as const;
export type UnitRule = (typeof UNIT_RULES)[number];

export const MATCH_FACTORS = [
  'competency',
  'experience',
  'goals',
  'shift',
  'unit',
  'discipline',
  'language',
  'preferences',
] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];
export const MATCH_FACTOR_LABELS: Record<MatchFactor, string> = {
  competency: 'Competency fit',
  experience: 'Experience gap',
  goals: 'Shared goals and interests',
  shift: 'Shift overlap',
  unit: 'Unit',
  discipline: 'Discipline',
  language: 'Language',
  preferences: "Mentee's preferences",
};

const weight = z.number().int('a whole number').min(0, '0 to 10').max(10, '0 to 10');
export const matchWeights = z.object(
  Object.fromEntries(MATCH_FACTORS.map((f) => [f, weight])) as Record<MatchFactor, typeof weight>,
);
export type MatchWeights = z.output<typeof matchWeights>;

export const matchingSettings = z.object({
  weights: matchWeights.refine(
    (w) => Object.values(w).some((v) => v > 0),
    'at least one factor needs a weight above 0',
  ),
  unitRule: z.enum(UNIT_RULES),
  /** Years of experience the mentor should have beyond the mentee's. */
  minExperienceGap: z.number().int().min(0, 'cannot be negative').max(40, 'at most 40 years'),
  requireSameShift: z.boolean(),
  /** Mentors must have completed the program's required training before being paired. */
  requireTraining: z.boolean(),
});
export type MatchingSettings = z.output<typeof matchingSettings>;

export const programInput = z.object({
  name: z.string().trim().min(1, 'a program name is required').max(120, 'at most 120 characters'),
  kind: z.enum(PROGRAM_KINDS),
  format: z.enum(PROGRAM_FORMATS),
  cadence: z.enum(CADENCES),
  durationWeeks: z
    .number()
    .int('a whole number of weeks')
    .min(1, 'at least 1 week')
    .max(260, 'at most 260 weeks'),
  defaultCapacity: z.number().int('a whole number').min(1, 'at least 1').max(20, 'at most 20'),
  requiredTraining: z.array(z.string().trim().min(1).max(120)).max(20),
  evaluationSchedule: z.enum(EVALUATION_SCHEDULES),
  description: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .transform((s) => (s === '' ? null : s)),
  matching: matchingSettings,
});
export type ProgramInput = z.input<typeof programInput>;

export interface Program extends z.output<typeof programInput> {
  id: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramSummary extends Program {
  cohortCount: number;
}

export const cohortInput = z
  .object({
    programId: z.number().int().positive(),
    code: z
      .string()
      .trim()
      .min(1, 'a cohort code is required')
      .max(30, 'at most 30 characters')
      .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, ".", "-" and "_" only'),
    name: z.string().trim().min(1, 'a cohort name is required').max(120),
    startDate: isoDay,
    /** Null for rolling enrolment. */
    endDate: isoDay.nullable(),
  })
  .refine((c) => c.endDate === null || c.endDate > c.startDate, {
    path: ['endDate'],
    message: 'the end date must be after the start date',
  });
export type CohortInput = z.input<typeof cohortInput>;

export interface Cohort {
  id: number;
  programId: number;
  programName: string;
  code: string;
  name: string;
  startDate: string;
  endDate: string | null;
  mentorCount: number;
  menteeCount: number;
  activePairings: number;
}

/**
 * A peer (only in a peer-format program) is mentor and mentee at once: paired with another peer in
 * one reciprocal pairing where each mentors the other.
 */
export const ENROLMENT_ROLES = ['mentor', 'mentee', 'peer'] as const;
export type EnrolmentRole = (typeof ENROLMENT_ROLES)[number];

export const UNIT_PREFERENCES = ['same', 'cross', 'any'] as const;
export type UnitPreference = (typeof UNIT_PREFERENCES)[number];

const shortList = (max: number) => z.array(z.string().trim().min(1).max(80)).max(max);

/** What a mentee says at intake: what they want to learn and how they like to work. */
export const menteeIntake = z.object({
  goals: z.string().trim().max(2000).default(''),
  competenciesWanted: shortList(20).default([]),
  careerInterests: shortList(20).default([]),
  preferredShift: z.enum(SHIFTS).nullable().default(null),
  unitPreference: z.enum(UNIT_PREFERENCES).default('any'),
  languages: shortList(10).default([]),
  preferences: z.string().trim().max(2000).default(''),
});
export type MenteeIntake = z.output<typeof menteeIntake>;

/** What a mentor offers: the competencies they can teach (training comes from the training records). */
export const mentorProfile = z.object({
  strengths: shortList(30).default([]),
});
export type MentorProfile = z.output<typeof mentorProfile>;

export interface EnrolmentPerson {
  staffId: number;
  employeeNumber: string;
  displayName: string;
  role: (typeof ROLES)[number] | null;
  unit: string | null;
  shift: (typeof SHIFTS)[number] | null;
  yearsExperience: number | null;
  status: 'active' | 'on_leave' | 'left';
}

export interface Enrolment {
  id: number;
  cohortId: number;
  role: EnrolmentRole;
  person: EnrolmentPerson;
  /** Mentors only: how many mentees at once. */
  capacity: number | null;
  intake: MenteeIntake | null;
  mentorProfile: MentorProfile | null;
  withdrawn: boolean;
  /**
   * Mentors in a program that requires training: the required modules not completed or expired
   * (empty when complete). Null for mentees and where the program requires no training.
   */
  missingTraining: string[] | null;
  createdAt: string;
}
