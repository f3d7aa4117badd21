/** The sections of a packet that come from goals, meetings, sign-offs and training. */
import { GOAL_STATUS_LABELS, type GoalView } from '../../../shared/domain/goals';
import {
  BENNER_LABELS,
  SIGN_OFF_METHOD_LABELS,
  type BennerLevel,
  type SignOffMethod,
} from '../../../shared/domain/competencies';
import {
  ACTION_OWNER_LABELS,
  MEETING_MODE_LABELS,
  type ExpectedMeeting,
} from '../../../shared/domain/meetings';
import type { Pairing } from '../../../shared/domain/pairings';
import type {
  PacketActionItem,
  PacketGoal,
  PacketMeetings,
  PacketSignOff,
  PacketTraining,
  PrintPeriod,
} from '../../../shared/domain/printing';
import { CADENCE_LABELS } from '../../../shared/domain/programs';
import { displayName } from '../../../shared/domain/staff';
import type { Db } from '../db/open';
import { goalViews } from '../goals/rows';
import { scheduleOf } from '../meetings/overview';
import { cohortCadence, listPairingRecords, statusChanges } from '../meetings/rows';

/** Share of the way from baseline to target, 0–100, in the goal's direction. */
function percentOf(goal: GoalView, latest: number | null): number {
  if (latest === null) return 0;
  const share = (latest - goal.baseline) / (goal.target - goal.baseline);
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

/**
 * Goals as they stood on `asOf`, status and latest value from what was recorded by then;
 * goals dropped before the period are left out.
 */
export function packetGoals(
  db: Db,
  pairingId: number,
  period: PrintPeriod,
  asOf: string,
): PacketGoal[] {
  return goalViews(db, asOf, 'g.pairing_id = ? AND g.start_date <= ?', pairingId, asOf)
    .filter((g) => g.droppedAt === null || g.droppedAt.slice(0, 10) >= period.start)
    .map((g) => {
      const known = g.progress.filter((e) => e.date <= asOf);
      const latest = known.at(-1)?.value ?? null;
      return {
        title: g.title,
        metric: g.metric,
        unit: g.unit,
        baseline: g.baseline,
        target: g.target,
        latest,
        percent: g.status === 'achieved' ? 100 : percentOf(g, latest),
        statusLabel: GOAL_STATUS_LABELS[g.status],
        dueDate: g.dueDate,
        milestonesAchieved: g.milestones.filter(
          (m) => m.achievedOn !== null && m.achievedOn <= asOf,
        ).length,
        milestonesTotal: g.milestones.length,
      };
    });
}

/** Counted like the meetings page counts: once its day has come and it is no longer running. */
function counted(e: ExpectedMeeting, asOf: string): boolean {
  return e.date <= asOf && e.state !== 'due' && e.state !== 'planned';
}

/** Meetings held against those the cadence expected in the period, as known on `asOf`. */
export function packetMeetings(
  db: Db,
  pairing: Pairing,
  period: PrintPeriod,
  asOf: string,
): PacketMeetings {
  const cadence = cohortCadence(db, pairing.cohortId);
  const records = listPairingRecords(db, pairing.id).filter((r) => r.date <= asOf);
  const changes = statusChanges(db, 'pairing', pairing.id).get(pairing.id) ?? [];
  const { expected } = scheduleOf(pairing, cadence, changes, records, asOf);
  const inPeriod = expected.filter(
    (e) => e.date >= period.start && e.date <= period.end && counted(e, asOf),
  );
  const n = (state: ExpectedMeeting['state']) => inPeriod.filter((e) => e.state === state).length;
  const held = records
    .filter((r) => r.status === 'held' && r.date >= period.start && r.date <= period.end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const heldExpected = n('held');
  return {
    cadenceLabel: CADENCE_LABELS[cadence],
    expected: inPeriod.length,
    held: heldExpected,
    missed: n('missed'),
    cancelled: n('cancelled'),
    overdue: n('overdue'),
    extra: Math.max(0, held.length - heldExpected),
    percent: inPeriod.length === 0 ? null : Math.round((heldExpected / inPeriod.length) * 100),
    meetings: held.map((r) => ({
      date: r.date,
      minutes: r.durationMinutes ?? 0,
      modeLabel: r.mode ? MEETING_MODE_LABELS[r.mode] : '',
      topics: r.topics,
    })),
  };
}

/** Action items agreed at the meetings held in the period. */
export function packetActionItems(
  db: Db,
  pairing: Pairing,
  period: PrintPeriod,
): PacketActionItem[] {
  const owners: Record<string, string> = {
    mentor: `${ACTION_OWNER_LABELS.mentor} (${pairing.mentor.displayName})`,
    mentee: `${ACTION_OWNER_LABELS.mentee} (${pairing.mentee.displayName})`,
    educator: ACTION_OWNER_LABELS.educator,
  };
  return listPairingRecords(db, pairing.id)
    .filter((r) => r.status === 'held' && r.date >= period.start && r.date <= period.end)
    .reverse()
    .flatMap((r) =>
      r.actionItems.map((a) => ({
        meetingDate: r.date,
        description: a.description,
        owner:
          a.owner === 'other'
            ? (a.ownerName ?? ACTION_OWNER_LABELS.other)
            : (owners[a.owner] ?? a.owner),
        dueDate: a.dueDate,
      })),
    );
}

interface SignOffRow {
  signed_on: string;
  staff_id: number;
  competency: string;
  level: BennerLevel;
  method: SignOffMethod;
  v_first: string | null;
  v_last: string | null;
  v_preferred: string | null;
  v_number: string;
}

/** The mentee's sign-offs dated in the period that stand (not superseded by a correction). */
export function packetSignOffs(db: Db, pairing: Pairing, period: PrintPeriod): PacketSignOff[] {
  const rows = db
    .prepare(
      `SELECT s.signed_on, s.staff_id, c.name AS competency, s.level, s.method,
              v.first_name AS v_first, v.last_name AS v_last, v.preferred_name AS v_preferred,
              v.employee_number AS v_number
       FROM competency_sign_offs s
       JOIN competencies c ON c.id = s.competency_id
       JOIN staff v ON v.id = s.validator_id
       WHERE s.staff_id = ? AND s.signed_on BETWEEN ? AND ?
         AND NOT EXISTS (SELECT 1 FROM competency_sign_offs n WHERE n.supersedes_id = s.id)
       ORDER BY s.signed_on, s.id`,
    )
    .all(pairing.mentee.staffId, period.start, period.end) as SignOffRow[];
  return rows.map((r) => ({
    signedOn: r.signed_on,
    personName: pairing.mentee.displayName,
    competency: r.competency,
    levelLabel: BENNER_LABELS[r.level],
    methodLabel: SIGN_OFF_METHOD_LABELS[r.method],
    validatorName: displayName({
      firstName: r.v_first,
      lastName: r.v_last,
      preferredName: r.v_preferred,
      employeeNumber: r.v_number,
    }),
  }));
}

/** Training either of them completed in the period (voided records left out). */
export function packetTraining(db: Db, pairing: Pairing, period: PrintPeriod): PacketTraining[] {
  const rows = db
    .prepare(
      `SELECT c.completed_on, c.staff_id, m.name AS module_name
       FROM training_completions c
       JOIN training_modules m ON m.id = c.module_id
       WHERE c.staff_id IN (?, ?) AND c.completed_on BETWEEN ? AND ?
         AND NOT EXISTS (SELECT 1 FROM training_completion_voids v WHERE v.completion_id = c.id)
       ORDER BY c.completed_on, c.id`,
    )
    .all(pairing.mentee.staffId, pairing.mentor.staffId, period.start, period.end) as {
    completed_on: string;
    staff_id: number;
    module_name: string;
  }[];
  return rows.map((r) => ({
    completedOn: r.completed_on,
    personName:
      r.staff_id === pairing.mentee.staffId
        ? pairing.mentee.displayName
        : pairing.mentor.displayName,
    moduleName: r.module_name,
  }));
}
