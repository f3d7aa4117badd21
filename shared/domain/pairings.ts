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
