import type { Board } from './board';
import type { MatchBreakdown, RuleViolation } from './matching';
import type { EnrolmentPerson } from './programs';

/** A pairing's life (DOMAIN.md "Pairing"). */
export const PAIRING_STATUSES = [
  'proposed',
  'active',
  'paused',
  'completed',
  'declined',
  'ended_early',
] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

export const PAIRING_STATUS_LABELS: Record<PairingStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  declined: 'Declined',
  ended_early: 'Ended early',
};

/** Which status may follow which; everything else is refused, naming these. */
export const PAIRING_TRANSITIONS: Record<PairingStatus, readonly PairingStatus[]> = {
  proposed: ['active', 'declined'],
  active: ['paused', 'completed', 'ended_early'],
  paused: ['active', 'ended_early'],
  completed: ['active'],
  declined: [],
  ended_early: [],
};

/** Open pairings hold a mentor's place and the mentee's one pairing in the cohort. */
export const OPEN_PAIRING_STATUSES: readonly PairingStatus[] = ['proposed', 'active', 'paused'];

export const END_REASONS = [
  'mentee_left',
  'mentor_left',
  'mismatch',
  'schedule_conflict',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];
export const END_REASON_LABELS: Record<EndReason, string> = {
  mentee_left: 'Mentee left',
  mentor_left: 'Mentor left',
  mismatch: 'Mismatch',
  schedule_conflict: 'Schedule conflict',
  other: 'Other',
};

export interface PairingTransition {
  id: number;
  pairingId: number;
  from: PairingStatus | null;
  to: PairingStatus;
  at: string;
  actor: string;
  reason: string | null;
  note: string | null;
}

export interface Pairing {
  id: number;
  cohortId: number;
  cohortCode: string;
  mentorEnrolmentId: number;
  menteeEnrolmentId: number;
  mentor: EnrolmentPerson;
  mentee: EnrolmentPerson;
  status: PairingStatus;
  locked: boolean;
  score: number;
  /** The breakdown as it was when the pairing was made. */
  breakdown: MatchBreakdown;
  source: 'optimiser' | 'manual';
  startDate: string | null;
  endDate: string | null;
  endReason: EndReason | null;
  /** The mentoring circle this pairing is the mentee's membership of (group programs), or null. */
  circleId: number | null;
  circleName: string | null;
  /** Two peers mentoring each other: both count as mentor and mentee of this one pairing. */
  reciprocal: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * A hard rule an open pairing breaks today (a do-not-pair entry added since, a required training
 * that lapsed or was voided, someone who left). Worked out when read, so it goes away as soon as
 * the rule holds again; the timeline keeps the note of when it was first flagged.
 */
export type PairingFlag = RuleViolation;

export interface PairingWithTimeline extends Pairing {
  timeline: PairingTransition[];
  /** Empty for closed pairings and for open ones that break no hard rule. */
  flags: PairingFlag[];
}

/** The board with the flags of its open pairings, by pairing id (only those that break a rule). */
export interface BoardWithFlags extends Board {
  flags: Record<number, PairingFlag[]>;
}

/**
 * How the timeline notes of a rule change begin: a proposal the change forbids is withdrawn
 * (declined), a running pairing it affects is flagged (a step from its status to the same status).
 */
export const WITHDRAWN_NOTE = 'Withdrawn: ';
export const FLAGGED_NOTE = 'Flagged: ';

/** One pairing a rule change touched, for the educator's confirmation. */
export interface PairingRef {
  pairingId: number;
  cohortCode: string;
  mentee: string;
  mentor: string;
}

export interface RuleReview {
  /** Proposals the change forbids: declined, the mentee back in the pool. */
  withdrawn: PairingRef[];
  /** Active or paused pairings that now break the rule: flagged, left running. */
  flagged: PairingRef[];
}

/** A proposal "accept all" left as it is, and the hard rules that stand in its way. */
export interface SkippedProposal extends PairingRef {
  reasons: string[];
}

export interface AcceptAllResult {
  accepted: Pairing[];
  skipped: SkippedProposal[];
}

/** A mentoring circle of a group-format program: its mentors and its mentees' pairings. */
export interface CircleSummary {
  id: number;
  cohortId: number;
  cohortCode: string;
  name: string;
  mentors: { enrolmentId: number; person: EnrolmentPerson }[];
  /** Mentees whose pairing in the circle is open (proposed, active or paused). */
  menteeCount: number;
}

/** What counts for one person of a circle: their own meetings and goals, not the circle's. */
export interface CircleMember {
  enrolmentId: number;
  role: 'mentor' | 'mentee';
  person: EnrolmentPerson;
  /** A mentee's membership (their pairing with a mentor of the circle); null for mentors. */
  pairingId: number | null;
  pairingStatus: PairingStatus | null;
  /** Circle meetings this person was at, and those they missed (as recorded in attendance). */
  attended: number;
  absent: number;
  /** Mentees: expected meetings so far and those held for them (absent from one is not held). */
  expectedSoFar: number | null;
  held: number | null;
  percent: number | null;
  noMeetingForTwiceCadence: boolean;
  inactive: boolean;
  /** Mentees: their goals (shared copies and personal ones), and how many are achieved. */
  goals: number | null;
  goalsAchieved: number | null;
}

export interface CircleAttendance {
  enrolmentId: number;
  role: 'mentor' | 'mentee';
  displayName: string;
  present: boolean;
  reason: string | null;
}

export interface CircleMeeting {
  id: number;
  date: string;
  durationMinutes: number;
  mode: 'in_person' | 'video' | 'phone';
  topics: string[];
  notes: string | null;
  attendance: CircleAttendance[];
  createdAt: string;
}

/** A goal of the whole circle: one copy per member pairing, so it counts for each member. */
export interface CircleSharedGoal {
  id: number;
  title: string;
  createdAt: string;
  /** Each member's copy, with its derived status (goal status code, see goals.ts). */
  copies: { goalId: number; pairingId: number; menteeName: string; status: string }[];
}

export interface CirclePersonalGoal {
  goalId: number;
  pairingId: number;
  menteeName: string;
  title: string;
  status: string;
}

export interface CircleDetail extends CircleSummary {
  programName: string;
  today: string;
  members: CircleMember[];
  meetings: CircleMeeting[];
  sharedGoals: CircleSharedGoal[];
  personalGoals: CirclePersonalGoal[];
}
