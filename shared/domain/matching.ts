import type { MatchFactor, MenteeIntake, MentorProfile } from './programs';
import type { Role, Shift, StaffStatus } from './staff';

/** The facts about one person that matching looks at (built by the service from staff + enrolment). */
export interface MatchPerson {
  /** Enrolled as a peer (a peer-format program): the same enrolment is mentor and mentee. */
  peer?: boolean;
  staffId: number;
  enrolmentId: number;
  displayName: string;
  role: Role | null;
  unit: string | null;
  shift: Shift | null;
  yearsExperience: number | null;
  status: StaffStatus;
  supervisorId: number | null;
  languages: string[];
  interests: string[];
  careerGoals: string | null;
}

export interface MenteeFacts extends MatchPerson {
  intake: MenteeIntake;
}

export interface MentorFacts extends MatchPerson {
  profile: MentorProfile;
  capacity: number;
  /** Competency levels signed off: name → level 1–5 (Benner novice..expert). */
  competencyLevels?: Record<string, number>;
  /**
   * The program's required mentor training this mentor has not completed or let expire, from the
   * training records (e.g. "Preceptor essentials (expired 2026-03-01)"); empty when complete.
   */
  missingTraining: string[];
}

/** One factor of a match score, as the educator sees it. */
export interface FactorScore {
  factor: MatchFactor;
  label: string;
  /** The program's weight for this factor, 0–10. */
  weight: number;
  /** 0..1 (rounded to 3 decimals). */
  fit: number;
  /** Share of the 0–100 total, rounded to 1 decimal; 0 when the weight is 0 or there is no data. */
  points: number;
  /**
   * The most this factor can earn ("12.5 of 20"): 100 × weight / Σ weights, rounded to 1 decimal.
   * Absent from breakdowns stored before it existed; derive it from the weights then.
   */
  maxPoints?: number;
  /** Nothing to compare for this pair (the explanation starts "No data:"); earns 0 points. */
  noData?: boolean;
  explanation: string;
}

/**
 * A 0–100 match score with its breakdown. `score` is the rounded exact weighted sum, so the
 * factors' `points` (each rounded to 1 decimal) add up to it only within rounding. It is out of
 * the program's full weight: a factor without data earns 0 of its maximum.
 */
export interface MatchBreakdown {
  /** 0–100 integer. */
  score: number;
  factors: FactorScore[];
}

/** Hard rules: a pair breaking any of them is never proposed. */
export const RULE_CODES = [
  'self',
  'supervisor',
  'do_not_pair',
  'training',
  'shift',
  'mentee_not_eligible',
  'mentor_not_eligible',
  'capacity',
  'already_paired',
  'peer_mismatch',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export const RULE_LABELS: Record<RuleCode, string> = {
  self: 'Same person',
  supervisor: 'Direct supervisor',
  do_not_pair: 'Do-not-pair list',
  training: 'Mentor training not completed',
  shift: 'Different shifts',
  mentee_not_eligible: 'Mentee not active',
  mentor_not_eligible: 'Mentor not active',
  capacity: 'Mentor full',
  already_paired: 'Already paired',
  peer_mismatch: 'Peer with a non-peer',
};

/** Each rule as the reason a pair is not allowed, in words that follow "Not allowed: ". */
export const RULE_REASONS: Record<RuleCode, string> = {
  self: 'the same person',
  supervisor: 'a direct supervisor relationship',
  do_not_pair: 'on the do-not-pair list',
  training: 'required mentor training not completed',
  shift: 'a different shift (this program requires the same shift)',
  mentee_not_eligible: 'the mentee is not active',
  mentor_not_eligible: 'the mentor is on leave or has left',
  capacity: 'the mentor is full',
  already_paired: 'already paired',
  peer_mismatch: 'a peer is paired only with another peer',
};

/** "Not allowed: on the do-not-pair list; a direct supervisor relationship". */
export function notAllowedWords(rules: readonly RuleCode[]): string {
  return `Not allowed: ${[...new Set(rules)].map((r) => RULE_REASONS[r]).join('; ')}`;
}

export interface RuleViolation {
  rule: RuleCode;
  message: string;
}
