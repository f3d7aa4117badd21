import type { MatchBreakdown } from './matching';
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

export interface PairingWithTimeline extends Pairing {
  timeline: PairingTransition[];
}
