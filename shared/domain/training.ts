import { z } from 'zod';
import type { EnrolmentRole } from './programs';
import { ISO_DAY, isoDay, type Role } from './staff';

/** Who a training module is for (DOMAIN.md "Training module"). */
export const TRAINING_AUDIENCES = ['mentor', 'mentee', 'both'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];
export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, string> = {
  mentor: 'Mentors',
  mentee: 'Mentees',
  both: 'Mentors and mentees',
};

/**
 * Where a person stands on one module they need. A completion counts until its expiry day;
 * from that day on it is expired and counts as much as none at all.
 */
export const TRAINING_STATUSES = ['complete', 'expiring', 'expired', 'missing'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  complete: 'Complete',
  expiring: 'Expires soon',
  expired: 'Expired',
  missing: 'Not completed',
};

/** A completion "expires soon" when its expiry day is at most this many days away. */
export const EXPIRING_WITHIN_DAYS = 60;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s));

export const trainingModuleInput = z.object({
  name: z.string().trim().min(1, 'a module name is required').max(120, 'at most 120 characters'),
  audience: z.enum(TRAINING_AUDIENCES),
  /** Required of everyone in the audience who takes part in a program, whatever the program. */
  required: z.boolean(),
  /** Null: a completion never expires. */
  validMonths: z
    .number()
    .int('a whole number of months')
    .min(1, 'at least 1 month')
    .max(120, 'at most 120 months (10 years)')
    .nullable(),
  description: optionalText(2000),
});
export type TrainingModuleInput = z.input<typeof trainingModuleInput>;

export interface TrainingModule extends z.output<typeof trainingModuleInput> {
  id: number;
  /** Programs whose required mentor training names this module. */
  requiredByPrograms: string[];
  /** Completions recorded and not void. */
  completionCount: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A calendar day. The shape is checked before isoDay's "no such date" check runs, which would
 * otherwise throw on text that is not a date at all (zod runs refinements after a failed regex).
 */
export const trainingDay = z.string().regex(ISO_DAY, 'expected a date as YYYY-MM-DD').pipe(isoDay);

export const completionInput = z.object({
  staffId: z.number().int().positive('choose a person'),
  moduleId: z.number().int().positive('choose a training module'),
  completedOn: trainingDay,
  evidence: optionalText(1000),
});
export type CompletionInput = z.input<typeof completionInput>;

export const voidReason = z
  .string()
  .trim()
  .min(1, 'say why this completion is void')
  .max(500, 'at most 500 characters');

export interface CompletionVoid {
  at: string;
  by: string;
  reason: string;
}

/** One recorded completion; never edited: a mistake is voided, a correction is a new record. */
export interface TrainingCompletion {
  id: number;
  staffId: number;
  moduleId: number;
  moduleName: string;
  completedOn: string;
  /** Completed on + the module's valid months; null when the module does not expire. */
  expiresOn: string | null;
  evidence: string | null;
  recordedBy: string;
  recordedAt: string;
  /** The voided completion this one corrects, if any. */
  correctsId: number | null;
  void: CompletionVoid | null;
  /** Null when void. */
  status: Exclude<TrainingStatus, 'missing'> | null;
}

export interface TrainingPerson {
  staffId: number;
  employeeNumber: string;
  displayName: string;
  role: Role | null;
  unit: string | null;
}

/** One module one person needs, why, and where they stand on it. */
export interface TrainingRequirement {
  person: TrainingPerson;
  /** Null when a program names a module that is not in the catalogue. */
  moduleId: number | null;
  moduleName: string;
  status: TrainingStatus;
  completedOn: string | null;
  expiresOn: string | null;
  requiredAs: EnrolmentRole[];
  /** In words: "RES-2026-FALL (New-graduate nurse residency)", "Required of every mentor". */
  requiredBy: string[];
}

/** A program's required training that names no module in the catalogue. */
export interface UnknownModule {
  name: string;
  programs: string[];
}

export interface DueList {
  today: string;
  /** Requirements not complete: missing, expired, or expiring within EXPIRING_WITHIN_DAYS. */
  items: TrainingRequirement[];
  unknownModules: UnknownModule[];
}

export interface PersonTraining {
  person: TrainingPerson;
  hireDate: string | null;
  today: string;
  requirements: TrainingRequirement[];
  /** Every completion, newest first, void ones included. */
  completions: TrainingCompletion[];
}

/**
 * A calendar month later, in UTC; the day is clamped to the month's end (31 January plus one
 * month is 28 or 29 February), so a completion never gains days from a short month.
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(d, lastDay)));
  return date.toISOString().slice(0, 10);
}

export function expiryOf(completedOn: string, validMonths: number | null): string | null {
  return validMonths === null ? null : addMonths(completedOn, validMonths);
}
