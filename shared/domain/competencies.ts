import { z } from 'zod';
import { isoDay, ROLES, type Role, type StaffStatus } from './staff';

/** Benner's novice-to-expert scale (DOMAIN.md "Competency"), stored as 1–5. */
export const BENNER_LEVELS = [1, 2, 3, 4, 5] as const;
export type BennerLevel = (typeof BENNER_LEVELS)[number];

export const BENNER_LABELS: Record<BennerLevel, string> = {
  1: 'Novice',
  2: 'Advanced beginner',
  3: 'Competent',
  4: 'Proficient',
  5: 'Expert',
};

/** Short codes for dense views (the matrix); always shown next to the word, never alone. */
export const BENNER_CODES: Record<BennerLevel, string> = {
  1: 'N',
  2: 'AB',
  3: 'C',
  4: 'P',
  5: 'E',
};

/** The level "time to competent" counts to. */
export const COMPETENT_LEVEL: BennerLevel = 3;

export function isBennerLevel(n: number): n is BennerLevel {
  return (BENNER_LEVELS as readonly number[]).includes(n);
}

/** "Competent (C)". */
export function bennerText(level: BennerLevel): string {
  return `${BENNER_LABELS[level]} (${BENNER_CODES[level]})`;
}

export const SIGN_OFF_METHODS = ['observation', 'demonstration', 'simulation', 'verbal'] as const;
export type SignOffMethod = (typeof SIGN_OFF_METHODS)[number];

export const SIGN_OFF_METHOD_LABELS: Record<SignOffMethod, string> = {
  observation: 'Observation',
  demonstration: 'Demonstration',
  simulation: 'Simulation',
  verbal: 'Verbal',
};

const id = z.number().int().positive();

const optionalNote = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullable()
    .default(null)
    .transform((s) => (s === null || s === '' ? null : s));

/** A catalogue entry as the educator types it. */
export const competencyInput = z.object({
  name: z.string().trim().min(1, 'a name is required').max(80, 'at most 80 characters'),
  category: z.string().trim().min(1, 'a category is required').max(60, 'at most 60 characters'),
  disciplines: z
    .array(z.enum(ROLES))
    .min(1, 'choose at least one discipline')
    .transform((roles) => ROLES.filter((r) => roles.includes(r))),
  description: optionalNote(1000),
});
export type CompetencyInput = z.input<typeof competencyInput>;

const level = z
  .number({ error: 'choose a level from novice to expert' })
  .int('a whole level from 1 to 5')
  .min(1, '1 (novice) to 5 (expert)')
  .max(5, '1 (novice) to 5 (expert)');

/** What a sign-off says: the level seen, who saw it, when and how. */
const signOffFields = {
  level,
  validatorId: id,
  date: isoDay,
  method: z.enum(SIGN_OFF_METHODS, {
    error: 'choose observation, demonstration, simulation or verbal',
  }),
  note: optionalNote(2000),
};

export const signOffInput = z.object({ staffId: id, competencyId: id, ...signOffFields });
export type SignOffInput = z.input<typeof signOffInput>;

/** A correction replaces a whole sign-off and says why; the person and competency stay. */
export const correctionInput = z.object({
  signOffId: id,
  ...signOffFields,
  reason: z
    .string()
    .trim()
    .min(1, 'say why the sign-off is being corrected')
    .max(1000, 'at most 1000 characters'),
});
export type CorrectionInput = z.input<typeof correctionInput>;

export interface Competency {
  id: number;
  name: string;
  category: string;
  disciplines: Role[];
  description: string | null;
  origin: 'starter' | 'facility';
  /** Sign-offs recorded against it (superseded ones included). */
  signOffCount: number;
  createdAt: string;
  updatedAt: string;
}

export type CompetencyRef = Pick<Competency, 'id' | 'name' | 'category'>;

export interface PersonRef {
  staffId: number;
  employeeNumber: string;
  displayName: string;
  role: Role | null;
  status: StaffStatus;
}

export interface SignOff {
  id: number;
  staffId: number;
  competencyId: number;
  competencyName: string;
  level: BennerLevel;
  validator: PersonRef;
  date: string;
  method: SignOffMethod;
  note: string | null;
  /** The sign-off this one corrects, with the reason given. */
  supersedesId: number | null;
  correctionReason: string | null;
  /** The correction that replaced this one, if any (derived: the old row is never touched). */
  supersededById: number | null;
  recordedAt: string;
  recordedBy: string;
}

/** A person's level in one competency: the latest sign-off that has not been superseded. */
export interface CurrentLevel {
  level: BennerLevel;
  date: string;
  signOffId: number;
}

/**
 * From the first sign-off to the first at "competent" or above (superseded sign-offs do not
 * count). Someone first signed off at competent or above started there: no time to measure.
 */
export type TimeToCompetent =
  | { status: 'reached'; firstDate: string; competentDate: string; days: number }
  | { status: 'not_yet'; firstDate: string }
  | { status: 'started_competent'; firstDate: string };

export interface Standing {
  current: CurrentLevel | null;
  progress: TimeToCompetent | null;
}

export interface CompetencyHistory {
  person: PersonRef;
  competency: Competency;
  standing: Standing;
  /** Newest first; corrections and the sign-offs they supersede are all here. */
  signOffs: SignOff[];
}

export interface PersonCompetency extends Standing {
  competency: CompetencyRef;
  signOffCount: number;
}

export interface MatrixRow {
  person: PersonRef;
  cohortRole: 'mentor' | 'mentee';
  /** One per matrix competency, in the same order; null when never signed off. */
  cells: (Standing | null)[];
}

export interface TimeToCompetentSummary {
  /** Median days over the pairs that reached competent; null when none has. */
  medianDays: number | null;
  reached: number;
  notYet: number;
  startedCompetent: number;
}

export interface CompetencyMatrix {
  cohort: { id: number; code: string; name: string };
  competencies: CompetencyRef[];
  rows: MatrixRow[];
  /** Per matrix competency, in the same order. */
  perCompetency: TimeToCompetentSummary[];
  cohortSummary: TimeToCompetentSummary;
}
