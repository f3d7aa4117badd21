import type { MatchBreakdown } from './matching';
import type { PairingStatus } from './pairings';
import type { Cohort, EnrolmentPerson, MenteeIntake, Program } from './programs';

export interface BoardPairing {
  pairingId: number;
  menteeEnrolmentId: number;
  mentee: EnrolmentPerson;
  status: PairingStatus;
  locked: boolean;
  score: number;
  breakdown: MatchBreakdown;
  /** Mentor enrolment id → why the hard rules forbid moving this mentee there ("Not allowed: …"). */
  notAllowed: Record<number, string>;
}

export interface BoardMentor {
  enrolmentId: number;
  person: EnrolmentPerson;
  capacity: number;
  /** Open pairings (proposed, active, paused) holding a place. */
  load: number;
  /** Required training the mentor lacks (empty when the program requires none). */
  missingTraining: string[];
  /** Why this mentor cannot take anyone at all (on leave, left, training), or null. */
  unavailable: string | null;
  /**
   * Group programs: the mentoring circle this mentor leads, once one of their mentees is
   * accepted (their column is that circle, its places the group size); null before and elsewhere.
   */
  circle?: { id: number; name: string } | null;
  /** A peer whose reciprocal pairing shows on the other peer's column: that peer's name. */
  peerOf?: string;
  pairings: BoardPairing[];
}

export interface BoardMentee {
  enrolmentId: number;
  person: EnrolmentPerson;
  intake: MenteeIntake;
  eligibleMentors: number;
  bestScore: number | null;
  /** Mentor enrolment id → why the hard rules forbid this pair ("Not allowed: …"). */
  notAllowed: Record<number, string>;
}

export interface Board {
  cohort: Cohort;
  program: Program;
  mentors: BoardMentor[];
  /** Enrolled mentees without an open pairing. */
  pool: BoardMentee[];
  totals: { mentees: number; proposed: number; active: number; paused: number; unpaired: number };
}

export interface MentorSuggestion {
  mentorEnrolmentId: number;
  mentor: EnrolmentPerson;
  breakdown: MatchBreakdown;
  /** Places left, not counting this mentee's own pairing. */
  remaining: number;
  full: boolean;
  /** The mentor this mentee is paired or proposed with now. */
  current: boolean;
}

export interface OptimiseResult {
  objective: 'best-total' | 'most-matched';
  proposed: number;
  kept: number;
  withdrawn: number;
  matched: number;
  total: number;
  unmatched: { menteeEnrolmentId: number; displayName: string; reason: string }[];
  /** Proposals (by hand or earlier runs) whose mentee went to another mentor or back to the pool. */
  moved: { menteeEnrolmentId: number; displayName: string; from: string; to: string | null }[];
  /** Cards placed by hand, not locked, that stayed: moving them would not have raised the objective. */
  handPlacedKept: number;
  /** "3 mentees moved: …; 2 hand-placed cards kept". */
  summary: string;
  solveMs: number;
}

export interface WeightPreview {
  menteeEnrolmentId: number;
  mentee: EnrolmentPerson;
  current: MentorSuggestion[];
  proposed: MentorSuggestion[];
}
