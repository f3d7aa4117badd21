import { addDays } from '../../../shared/dates';
import type {
  CohortMeetingRow,
  CohortMeetings,
  MeetingPairing,
  MeetingRecord,
  PairingMeetings,
} from '../../../shared/domain/meetings';
import type { Pairing } from '../../../shared/domain/pairings';
import type { Cadence } from '../../../shared/domain/programs';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { getPairing, listPairings } from '../pairings/rows';
import { activeStretches, type StatusChange, type Stretch } from './calendar';
import {
  cohortCadence,
  inactivityDaysOf,
  listCohortRecords,
  listPairingRecords,
  statusChanges,
} from './rows';
import { buildSchedule, inactivity, type Schedule } from './schedule';
import { suggestMeetingTime } from './shifts';

export function meetingPairing(p: Pairing): MeetingPairing {
  return {
    id: p.id,
    cohortId: p.cohortId,
    cohortCode: p.cohortCode,
    status: p.status,
    mentorName: p.mentor.displayName,
    menteeName: p.mentee.displayName,
    startDate: p.startDate,
    endDate: p.endDate,
  };
}

const EMPTY: Schedule = {
  expected: [],
  compliance: {
    expectedSoFar: 0,
    held: 0,
    missed: 0,
    cancelled: 0,
    overdue: 0,
    extra: 0,
    percent: null,
    nextDue: null,
    lastHeld: null,
  },
  overdue: false,
};

/** A pairing's schedule from its program's cadence, its active time and its records. */
export function scheduleOf(
  p: Pairing,
  cadence: Cadence,
  changes: readonly StatusChange[],
  records: readonly MeetingRecord[],
  today: string,
): Schedule & { stretches: Stretch[] } {
  const stretches = activeStretches(p, changes);
  if (p.startDate === null) return { ...EMPTY, stretches };
  // Only an end-less pairing needs a horizon; a year ahead is plenty for a calendar file.
  const schedule = buildSchedule({
    anchor: p.startDate,
    cadence,
    stretches,
    records,
    today,
    horizon: addDays(today, 366),
  });
  return { ...schedule, stretches };
}

export function pairingMeetings(db: Db, pairingId: number, today: string): PairingMeetings {
  const p = getPairing(db, pairingId);
  const cadence = cohortCadence(db, p.cohortId);
  const records = listPairingRecords(db, pairingId);
  const changes = statusChanges(db, 'pairing', pairingId).get(pairingId) ?? [];
  const { expected, compliance, overdue } = scheduleOf(p, cadence, changes, records, today);
  return {
    pairing: meetingPairing(p),
    cadence,
    today,
    expected,
    records,
    compliance,
    overdue,
    suggestion: suggestMeetingTime(
      { name: p.mentor.displayName, shift: p.mentor.shift },
      { name: p.mentee.displayName, shift: p.mentee.shift },
    ),
  };
}

const TWICE: Record<Cadence, string> = {
  weekly: '14 days',
  biweekly: '28 days',
  monthly: '2 months',
};

function row(
  p: Pairing,
  cadence: Cadence,
  changes: readonly StatusChange[],
  records: readonly MeetingRecord[],
  today: string,
  inactivityDays: number,
): CohortMeetingRow {
  const { compliance, overdue, stretches } = scheduleOf(p, cadence, changes, records, today);
  const open = p.status === 'active' || p.status === 'paused';
  const idle =
    open && p.startDate !== null && p.startDate <= today
      ? inactivity({
          startDate: p.startDate,
          lastHeld: compliance.lastHeld,
          cadence,
          stretches,
          today,
          inactivityDays,
          status: p.status as 'active' | 'paused',
        })
      : null;
  return {
    pairing: meetingPairing(p),
    compliance,
    overdue,
    daysSinceMeeting: idle?.daysSinceMeeting ?? null,
    activeDaysSinceMeeting: idle?.activeDaysSinceMeeting ?? null,
    noMeetingForTwiceCadence: idle?.noMeetingForTwiceCadence ?? false,
    inactive: idle?.inactive ?? false,
  };
}

/** Open pairings first, the furthest behind at the top; then closed ones. */
function byNeed(a: CohortMeetingRow, b: CohortMeetingRow): number {
  const open = (r: CohortMeetingRow) =>
    r.pairing.status === 'active' || r.pairing.status === 'paused' ? 0 : 1;
  const pct = (r: CohortMeetingRow) => r.compliance.percent ?? 101;
  return (
    open(a) - open(b) || pct(a) - pct(b) || a.pairing.menteeName.localeCompare(b.pairing.menteeName)
  );
}

/** Every started pairing of a cohort with its compliance and its flags. */
export function cohortMeetings(db: Db, cohortId: number, today: string): CohortMeetings {
  const cohort = getCohort(db, cohortId);
  const cadence = cohortCadence(db, cohortId);
  const inactivityDays = inactivityDaysOf(db, cohortId);
  const records = listCohortRecords(db, cohortId);
  const changes = statusChanges(db, 'cohort', cohortId);
  const pairings = listPairings(db, 'p.cohort_id = ? AND p.start_date IS NOT NULL', cohortId);
  return {
    cohortId,
    cohortCode: cohort.code,
    cohortName: cohort.name,
    cadence,
    twiceCadence: TWICE[cadence],
    inactivityDays,
    today,
    rows: pairings
      .map((p) =>
        row(p, cadence, changes.get(p.id) ?? [], records.get(p.id) ?? [], today, inactivityDays),
      )
      .sort(byNeed),
  };
}
