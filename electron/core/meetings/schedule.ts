import type {
  Compliance,
  ExpectedMeeting,
  ExpectedState,
  MeetingStatus,
} from '../../../shared/domain/meetings';
import type { Cadence } from '../../../shared/domain/programs';
import {
  activeDaysBetween,
  daysBetween,
  expectedDays,
  twiceCadenceDays,
  type ExpectedDay,
  type Stretch,
} from './calendar';

/** What the schedule needs of a record: a held meeting's day, or a mark on an expected day. */
export interface RecordFact {
  id: number;
  status: MeetingStatus;
  date: string;
  reason: string | null;
}

export interface Schedule {
  expected: ExpectedMeeting[];
  compliance: Compliance;
  overdue: boolean;
}

/** One expected meeting against the records: held wins, then a mark, then the calendar. */
function stateOf(day: ExpectedDay, records: readonly RecordFact[], today: string): ExpectedMeeting {
  const heldOn = records
    .filter((r) => r.status === 'held' && r.date >= day.date && r.date <= day.until)
    .map((r) => r.date)
    .sort();
  const mark = records.find((r) => r.status !== 'held' && r.date === day.date) ?? null;
  let state: ExpectedState;
  if (heldOn.length > 0) state = 'held';
  else if (mark) state = mark.status as 'missed' | 'cancelled';
  else if (day.date > today) state = 'planned';
  else state = day.until < today ? 'overdue' : 'due';
  return {
    date: day.date,
    until: day.until,
    state,
    heldOn,
    markId: mark?.id ?? null,
    reason: mark?.reason ?? null,
  };
}

/** Counted once its day has come, unless its period is still running with nothing recorded. */
function counts(e: ExpectedMeeting, today: string): boolean {
  return e.date <= today && e.state !== 'due' && e.state !== 'planned';
}

export function summarise(
  expected: readonly ExpectedMeeting[],
  records: readonly RecordFact[],
  today: string,
): Compliance {
  const counted = expected.filter((e) => counts(e, today));
  const n = (state: ExpectedState) => counted.filter((e) => e.state === state).length;
  const held = n('held');
  const heldRecords = records.filter((r) => r.status === 'held');
  const lastHeld =
    heldRecords
      .map((r) => r.date)
      .sort()
      .at(-1) ?? null;
  return {
    expectedSoFar: counted.length,
    held,
    missed: n('missed'),
    cancelled: n('cancelled'),
    overdue: n('overdue'),
    extra: heldRecords.length - expected.filter((e) => e.state === 'held').length,
    percent: counted.length === 0 ? null : Math.round((held / counted.length) * 100),
    nextDue: expected.find((e) => e.state === 'due' || e.state === 'planned') ?? null,
    lastHeld,
  };
}

/** The expected meetings of a pairing with their states, and its compliance so far. */
export function buildSchedule(input: {
  anchor: string;
  cadence: Cadence;
  stretches: readonly Stretch[];
  records: readonly RecordFact[];
  today: string;
  horizon: string;
}): Schedule {
  const days = expectedDays(input.anchor, input.cadence, input.stretches, input.horizon);
  const expected = days.map((d) => stateOf(d, input.records, input.today));
  const compliance = summarise(expected, input.records, input.today);
  return { expected, compliance, overdue: compliance.overdue > 0 };
}

export interface Inactivity {
  daysSinceMeeting: number;
  activeDaysSinceMeeting: number;
  noMeetingForTwiceCadence: boolean;
  inactive: boolean;
}

/**
 * How long a pairing has gone without a held meeting, counted from the last one (or its start):
 * in active days against twice the cadence (a pause does not count against it), and in
 * calendar days against the cohort's inactivity threshold.
 */
export function inactivity(input: {
  startDate: string;
  lastHeld: string | null;
  cadence: Cadence;
  stretches: readonly Stretch[];
  today: string;
  inactivityDays: number;
  /** Only open pairings are flagged; paused ones only for inactivity. */
  status: 'active' | 'paused';
}): Inactivity {
  const since = input.lastHeld ?? input.startDate;
  const calendarDays = Math.max(0, daysBetween(since, input.today));
  const activeDays = activeDaysBetween(since, input.today, input.stretches);
  return {
    daysSinceMeeting: calendarDays,
    activeDaysSinceMeeting: activeDays,
    noMeetingForTwiceCadence:
      input.status === 'active' && activeDays >= twiceCadenceDays(since, input.cadence),
    inactive: calendarDays >= input.inactivityDays,
  };
}
