import type { TrainingStatus } from './training';

/** One running cohort's week: what waits for the educator, each count linking to its page. */
export interface CohortWeek {
  cohort: { id: number; code: string; name: string };
  /** Proposed pairings waiting to be accepted on the board. */
  proposals: number;
  /** Active and paused pairings. */
  open: number;
  /** Open pairings with an expected meeting overdue (nothing recorded for it). */
  meetingsOverdue: number;
  /** Open pairings with no meeting for twice the program's cadence. */
  noMeetingForTwiceCadence: number;
  /** Open pairings past the cohort's inactivity threshold. */
  inactive: number;
  goalsOverdue: number;
  goalsAtRisk: number;
  /** Milestones reached and goals met in the last seven days. */
  celebrateThisWeek: number;
}

/** The dashboard's "This week": every cohort with open pairings, and training that needs doing. */
export interface WeekSummary {
  today: string;
  cohorts: CohortWeek[];
  /** Required training not complete, by status (missing, expired, expiring soon). */
  training: Record<Exclude<TrainingStatus, 'complete'>, number>;
}
