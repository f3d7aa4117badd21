import type { TrainingStatus } from './training';

/** One current cohort's week: what waits for the educator, each count linking to its page. */
export interface CohortWeek {
  cohort: { id: number; code: string; name: string; startDate: string; endDate: string | null };
  /** Mentors and mentees enrolled (not withdrawn): both zero means nobody is enrolled yet. */
  enrolled: { mentors: number; mentees: number };
  /** Enrolled mentees with no open pairing (the board's pool): they wait for a mentor. */
  menteesWaiting: number;
  /**
   * Mentors with a place left who can take a mentee now (not on leave, not left, not missing
   * required training), as the board's columns show them.
   */
  mentorsWithPlaces: number;
  /** The places those mentors have left between them. */
  placesLeft: number;
  /** Proposed pairings waiting to be accepted on the board. */
  proposals: number;
  /** Active and paused pairings. */
  open: number;
  /**
   * People, not pairings: mentees of open pairings with an expected meeting overdue (nothing
   * recorded for it). Each member of a circle is counted on their own; both peers of a
   * reciprocal pairing count. The two flags below count the same way.
   */
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

/**
 * The dashboard's "This week": every current cohort (not ended, or still with open pairings),
 * including those with nobody paired or enrolled yet, and training that needs doing.
 */
export interface WeekSummary {
  today: string;
  cohorts: CohortWeek[];
  /** Required training not complete, by status (missing, expired, expiring soon). */
  training: Record<Exclude<TrainingStatus, 'complete'>, number>;
}
