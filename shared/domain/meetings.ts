import { z } from 'zod';
import type { PairingStatus } from './pairings';
import type { Cadence } from './programs';
import { isoDay } from './staff';

/** Meetings and check-ins of a pairing (DOMAIN.md "Meeting / check-in"). */
export const MEETING_MODES = ['in_person', 'video', 'phone'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];
export const MEETING_MODE_LABELS: Record<MeetingMode, string> = {
  in_person: 'In person',
  video: 'Video',
  phone: 'Phone',
};

/** What a record says happened: a meeting held, or an expected meeting that did not happen. */
export const MEETING_STATUSES = ['held', 'missed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MISSED_STATUSES = ['missed', 'cancelled'] as const;
export type MissedStatus = (typeof MISSED_STATUSES)[number];

/**
 * Where an expected meeting stands. Derived, never stored: held (a meeting was logged in its
 * period), missed / cancelled (marked, with a reason), overdue (its period has passed with
 * nothing recorded), due (its period is running), planned (still to come).
 */
export const EXPECTED_STATES = [
  'held',
  'missed',
  'cancelled',
  'overdue',
  'due',
  'planned',
] as const;
export type ExpectedState = (typeof EXPECTED_STATES)[number];
export const EXPECTED_STATE_LABELS: Record<ExpectedState, string> = {
  held: 'Held',
  missed: 'Missed',
  cancelled: 'Cancelled',
  overdue: 'Overdue',
  due: 'Due now',
  planned: 'Planned',
};

export const ACTION_OWNERS = ['mentor', 'mentee', 'educator', 'other'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];
export const ACTION_OWNER_LABELS: Record<ActionOwner, string> = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  educator: 'Educator',
  other: 'Someone else',
};

/** The inactivity flag's default: no meeting held for this many days. */
export const DEFAULT_INACTIVITY_DAYS = 90;
export const inactivityDays = z
  .number()
  .int('a whole number of days')
  .min(7, 'at least 7 days')
  .max(730, 'at most 730 days');

export const actionItemInput = z.object({
  description: z
    .string()
    .trim()
    .min(1, 'say what is to be done')
    .max(500, 'at most 500 characters'),
  owner: z.enum(ACTION_OWNERS, 'choose who owns it: mentor, mentee, educator or a name'),
  ownerName: z
    .string()
    .trim()
    .max(120, 'at most 120 characters')
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s)),
  dueDate: isoDay,
});
export type ActionItemInput = z.input<typeof actionItemInput>;

/** The fields of a held meeting, shared by logging and correcting one. */
export const meetingFields = z.object({
  date: isoDay,
  durationMinutes: z
    .number('the duration in minutes is required')
    .int('a whole number of minutes')
    .gt(0, 'the duration must be more than 0 minutes')
    .max(480, 'at most 480 minutes (8 hours)'),
  mode: z.enum(MEETING_MODES, 'choose in person, video or phone'),
  topics: z
    .array(z.string().trim().min(1).max(120, 'a topic has at most 120 characters'))
    .max(20, 'at most 20 topics')
    .default([]),
  notes: z
    .string()
    .trim()
    .max(4000, 'at most 4,000 characters')
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s)),
  actionItems: z.array(actionItemInput).max(20, 'at most 20 action items').default([]),
});
export type MeetingFields = z.output<typeof meetingFields>;

/** Checks across fields, with the path of the field that is wrong. */
export function checkMeetingFields(m: MeetingFields, ctx: z.RefinementCtx): void {
  m.actionItems.forEach((item, index) => {
    if (item.owner === 'other' && item.ownerName === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['actionItems', index, 'ownerName'],
        message: "the owner's name is required",
      });
    }
    if (item.dueDate < m.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['actionItems', index, 'dueDate'],
        message: `the due date cannot be before the meeting (${m.date})`,
      });
    }
  });
}

export const missedInput = z.object({
  pairingId: z.number().int().positive(),
  /** The expected meeting's day, as the cadence gives it. */
  date: isoDay,
  status: z.enum(MISSED_STATUSES, 'choose missed or cancelled'),
  reason: z
    .string()
    .trim()
    .min(1, 'say why the meeting did not happen')
    .max(500, 'at most 500 characters'),
});
export type MissedInput = z.output<typeof missedInput>;

export interface ActionItem {
  id: number;
  description: string;
  owner: ActionOwner;
  ownerName: string | null;
  dueDate: string;
}

/** One record: a held meeting, or an expected meeting marked missed or cancelled. */
export interface MeetingRecord {
  id: number;
  pairingId: number;
  status: MeetingStatus;
  date: string;
  durationMinutes: number | null;
  mode: MeetingMode | null;
  topics: string[];
  notes: string | null;
  reason: string | null;
  actionItems: ActionItem[];
  /** Part of a mentoring circle's shared meeting (held if present, missed if absent), else null. */
  circleMeetingId?: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ExpectedMeeting {
  date: string;
  /** The last day of its period: the day before the next expected meeting, or a pause or the end. */
  until: string;
  state: ExpectedState;
  /** The held meetings that fall in its period (the first counts, the others are extra). */
  heldOn: string[];
  /** The missed / cancelled record, when there is one. */
  markId: number | null;
  reason: string | null;
}

export interface Compliance {
  /** Expected meetings whose day has come, except those whose period is still running unheld. */
  expectedSoFar: number;
  held: number;
  missed: number;
  cancelled: number;
  overdue: number;
  /** Held meetings beyond one per expected meeting (ad hoc, or during a pause). */
  extra: number;
  /** held / expectedSoFar as a whole percent, or null when nothing is expected yet. */
  percent: number | null;
  nextDue: ExpectedMeeting | null;
  lastHeld: string | null;
}

export interface MeetingTimeSuggestion {
  /** Both known shifts in one (shared_shift), next to each other (shift_change), one known, or none. */
  kind: 'shared_shift' | 'shift_change' | 'one_known' | 'unknown';
  /** A suggested start as HH:MM (local time), or null when no time can be suggested. */
  start: string | null;
  /** The window the suggestion comes from, as HH:MM, or null. */
  from: string | null;
  to: string | null;
  reason: string;
}

export interface MeetingPairing {
  id: number;
  cohortId: number;
  cohortCode: string;
  status: PairingStatus;
  mentorName: string;
  menteeName: string;
  startDate: string | null;
  endDate: string | null;
}

export interface PairingMeetings {
  pairing: MeetingPairing;
  cadence: Cadence;
  today: string;
  expected: ExpectedMeeting[];
  /** Newest first. */
  records: MeetingRecord[];
  compliance: Compliance;
  /** Whether the pairing is behind: an expected meeting has passed with nothing recorded. */
  overdue: boolean;
  suggestion: MeetingTimeSuggestion;
}

export interface CohortMeetingRow {
  pairing: MeetingPairing;
  compliance: Compliance;
  overdue: boolean;
  /** Days without a held meeting (since the last one, or the start), calendar days. */
  daysSinceMeeting: number | null;
  /** Active (not paused) days without a held meeting, compared with twice the cadence. */
  activeDaysSinceMeeting: number | null;
  noMeetingForTwiceCadence: boolean;
  inactive: boolean;
}

export interface CohortMeetings {
  cohortId: number;
  cohortCode: string;
  cohortName: string;
  cadence: Cadence;
  /** Twice the cadence in words ("14 days", "2 months"). */
  twiceCadence: string;
  inactivityDays: number;
  today: string;
  rows: CohortMeetingRow[];
}

export interface IcsFile {
  fileName: string;
  ics: string;
  events: number;
}
