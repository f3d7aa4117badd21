import { z } from 'zod';
import { isoDay } from './staff';

const id = z.number().int().positive();

/** What every outcome measure is narrowed to; every field optional (all programs, all time). */
export const outcomesFilter = z
  .object({
    programId: id.nullable().default(null),
    cohortId: id.nullable().default(null),
    unit: z.string().trim().min(1).nullable().default(null),
    from: isoDay.nullable().default(null),
    to: isoDay.nullable().default(null),
  })
  .refine((f) => f.from === null || f.to === null || f.from <= f.to, {
    message: 'the start of the date range must not be after its end',
    path: ['to'],
  });
export type OutcomesFilter = z.output<typeof outcomesFilter>;

// ---- Retention ----------------------------------------------------------------------------

export interface SurvivalPoint {
  /** Months since the start (pairing start for mentees, hire for the comparison group). */
  month: number;
  survival: number;
  lower: number;
  upper: number;
  atRisk: number;
  events: number;
  censored: number;
}

export interface SurvivalFigure {
  months: 6 | 12 | 24;
  /** null when nobody in the group was followed that long. */
  survival: number | null;
  lower: number | null;
  upper: number | null;
  atRisk: number;
}

export interface SurvivalGroup {
  label: string;
  n: number;
  left: number;
  curve: SurvivalPoint[];
  figures: SurvivalFigure[];
  /** Numbers still followed at 0, 6, 12, 18, 24, 30, 36 months. */
  atRisk: { month: number; n: number }[];
}

export interface Retention {
  mentees: SurvivalGroup;
  comparison: SurvivalGroup;
  method: string;
}

// ---- Satisfaction -------------------------------------------------------------------------

/** Averages need at least this many responses; fewer would single out respondents. */
export const MIN_RESPONSES_FOR_AVERAGE = 3;

export interface SatisfactionCell {
  programId: number;
  programName: string;
  quarter: string;
  responses: number;
  /** Mean score on 0–100; null when fewer than MIN_RESPONSES_FOR_AVERAGE responses. */
  average: number | null;
}

// ---- Engagement ---------------------------------------------------------------------------

export interface EngagementCohort {
  cohortId: number;
  cohortCode: string;
  programName: string;
  pairings: number;
  expected: number;
  held: number;
  percent: number | null;
}

export interface Engagement {
  cohorts: EngagementCohort[];
  expected: number;
  held: number;
  percent: number | null;
  goals: { due: number; achievedOnTime: number; achievedLate: number; notAchieved: number };
}

// ---- Skill development --------------------------------------------------------------------

export interface SkillChange {
  competencyId: number;
  competencyName: string;
  people: number;
  improved: number;
  same: number;
  lower: number;
  meanChange: number | null;
  medianDaysToCompetent: number | null;
  reachedCompetent: number;
}

export interface Skills {
  competencies: SkillChange[];
  medianDaysToCompetent: number | null;
  reachedCompetent: number;
  notYet: number;
}

// ---- Access -------------------------------------------------------------------------------

/** Cells with fewer people than this are never shown, nor anything that would reveal them. */
export const MIN_CELL = 5;

export const DEMOGRAPHIC_DIMENSIONS = [
  'gender',
  'raceEthnicity',
  'ageBand',
  'firstGeneration',
  'internationallyEducated',
] as const;
export type DemographicDimension = (typeof DEMOGRAPHIC_DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<DemographicDimension, string> = {
  gender: 'Gender',
  raceEthnicity: 'Race or ethnicity',
  ageBand: 'Age band',
  firstGeneration: 'First-generation',
  internationallyEducated: 'Internationally educated',
};

export const ACCESS_COLUMNS = ['mentees', 'mentors', 'activeStaff'] as const;
export type AccessColumn = (typeof ACCESS_COLUMNS)[number];

/** A count, or suppressed (fewer than MIN_CELL, or hidden so another cannot be derived). */
export type Cell = { suppressed: false; count: number } | { suppressed: true };

export interface AccessRow {
  group: string;
  cells: Record<AccessColumn, Cell>;
}

export interface AccessTable {
  dimension: DemographicDimension;
  label: string;
  rows: AccessRow[];
  /** Column totals over everyone with this dimension recorded; suppressed only when under MIN_CELL. */
  totals: Record<AccessColumn, Cell>;
}

export interface Access {
  tables: AccessTable[];
  /** How many active staff have self-identified data recorded with consent. */
  withConsent: number;
}

const optionalText = z
  .string()
  .trim()
  .max(80, 'at most 80 characters')
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .default(null);

export const AGE_BANDS = ['under 25', '25–34', '35–44', '45–54', '55–64', '65 and over'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Self-identified fields: each optional ("prefer not to say" is simply leaving it empty). */
export const demographicsInput = z.object({
  staffId: id,
  gender: optionalText,
  raceEthnicity: optionalText,
  ageBand: z.enum(AGE_BANDS).nullable().default(null),
  firstGeneration: z.boolean().nullable().default(null),
  internationallyEducated: z.boolean().nullable().default(null),
  consentRecordedOn: isoDay,
});
export type DemographicsInput = z.output<typeof demographicsInput>;

export interface ConsentStatus {
  staffId: number;
  consentRecordedOn: string | null;
  consentRecordedBy: string | null;
}

// ---- Succession ---------------------------------------------------------------------------

export const READINESS = ['ready_now', 'one_to_two_years', 'not_yet'] as const;
export type Readiness = (typeof READINESS)[number];
export const READINESS_LABELS: Record<Readiness, string> = {
  ready_now: 'Ready now',
  one_to_two_years: 'Ready in 1–2 years',
  not_yet: 'Not yet ready',
};

export const readinessInput = z.object({
  staffId: id,
  readiness: z.enum(READINESS),
  ratedOn: isoDay,
  raterId: id,
  targetRole: z.string().trim().min(1, 'name the role they could step into').max(80),
  note: z.string().trim().max(500).nullable().default(null),
});

export const readinessCorrectionInput = readinessInput.omit({ staffId: true }).extend({
  ratingId: id,
  reason: z.string().trim().min(1, 'say why the rating is corrected').max(500),
});

export interface ReadinessRating {
  id: number;
  staffId: number;
  personName: string;
  unit: string | null;
  role: string | null;
  readiness: Readiness;
  targetRole: string;
  ratedOn: string;
  raterId: number;
  raterName: string;
  note: string | null;
  supersedesId: number | null;
  supersededById: number | null;
}

export interface SuccessionUnit {
  unit: string;
  targetRole: string;
  readyNow: number;
  oneToTwoYears: number;
  notYet: number;
}

export interface Succession {
  /** The current (not superseded) rating of each rated leadership mentee. */
  ratings: ReadinessRating[];
  byUnitAndRole: SuccessionUnit[];
  /** Units with active staff and nobody rated ready now. */
  unitsWithoutReadySuccessor: string[];
  /** Leadership-program mentees who may be rated (for the form). */
  candidates: { staffId: number; name: string; unit: string | null }[];
}

// ---- The whole dashboard ------------------------------------------------------------------

export interface OutcomesOptions {
  programs: { id: number; name: string }[];
  cohorts: { id: number; code: string; programId: number }[];
  units: string[];
}

export interface OutcomesDashboard {
  filter: OutcomesFilter;
  today: string;
  options: OutcomesOptions;
  retention: Retention;
  satisfaction: SatisfactionCell[];
  engagement: Engagement;
  skills: Skills;
  access: Access;
  succession: Succession;
  /** Milliseconds per measure, for the benchmark and the curious. */
  timings: Record<string, number>;
}
