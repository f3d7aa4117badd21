/** The quarterly evaluation packet of one pairing, and of a cohort (a cover and one per pairing). */
import {
  PAIRING_STATUS_LABELS,
  END_REASON_LABELS,
  type Pairing,
} from '../../../shared/domain/pairings';
import type {
  CohortPacketDocument,
  PacketDocument,
  SignatureLine,
} from '../../../shared/domain/printing';
import type { Quarter } from '../../../shared/periods';
import { TandemError } from '../../../shared/result';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { getPairing, listPairings } from '../pairings/rows';
import { listCircles } from '../pairings/circles';
import {
  documentHeader,
  earlier,
  notFound,
  periods,
  printPerson,
  type ReportOptions,
} from './common';
import { packetEvaluations } from './evaluations';
import {
  packetActionItems,
  packetGoals,
  packetMeetings,
  packetSignOffs,
  packetTraining,
} from './packet-sections';

export const PACKET_TITLE = 'Quarterly evaluation packet';

/** Pairings that ran during a period: the ones a cohort's packets are printed for. */
const PRINTED_STATUSES = ['active', 'paused', 'completed', 'ended_early'];

function pairingOrRefuse(db: Db, pairingId: number): Pairing {
  try {
    return getPairing(db, pairingId);
  } catch (error) {
    if (error instanceof TandemError && error.code === 'not_found')
      throw notFound('pairingId', pairingId, 'pairing');
    throw error;
  }
}

function signatures(p: Pairing): SignatureLine[] {
  return [
    { role: 'Mentor', name: p.mentor.displayName },
    { role: 'Mentee', name: p.mentee.displayName },
    { role: 'Educator', name: null },
  ];
}

function packetOf(
  db: Db,
  options: ReportOptions,
  pairing: Pairing,
  quarter: Quarter,
): PacketDocument {
  const cohort = getCohort(db, pairing.cohortId);
  const { period, previousPeriod } = periods(quarter);
  const asOf = earlier(period.end, options.today);
  return {
    kind: 'packet',
    header: documentHeader(
      db,
      options,
      `${PACKET_TITLE} ${period.key}: ${pairing.mentee.displayName} (mentee), ${pairing.mentor.displayName} (mentor)`,
    ),
    period,
    previousPeriod,
    asOf,
    pairing: {
      id: pairing.id,
      statusLabel: PAIRING_STATUS_LABELS[pairing.status],
      open: pairing.status === 'active' || pairing.status === 'paused',
      startDate: pairing.startDate,
      endDate: pairing.endDate,
      endReason: pairing.endReason ? END_REASON_LABELS[pairing.endReason] : null,
      score: pairing.score,
      mentor: printPerson(pairing.mentor),
      mentee: printPerson(pairing.mentee),
      programName: cohort.programName,
      cohortCode: cohort.code,
      cohortName: cohort.name,
      arrangement: arrangementOf(db, pairing),
    },
    goals: packetGoals(db, pairing.id, period, asOf),
    meetings: packetMeetings(db, pairing, period, asOf),
    ...packetEvaluations(db, pairing, period, previousPeriod),
    signOffs: packetSignOffs(db, pairing, period),
    training: packetTraining(db, pairing, period),
    actionItems: packetActionItems(db, pairing, period),
    signatures: signatures(pairing),
  };
}

/** The cover's words for a circle's membership or a reciprocal peer pairing. */
function arrangementOf(db: Db, pairing: Pairing): string | null {
  if (pairing.reciprocal) {
    return `Reciprocal peer pairing: ${pairing.mentor.displayName} and ${pairing.mentee.displayName} mentor each other.`;
  }
  if (pairing.circleId === null) return null;
  const circle = listCircles(db, pairing.cohortId).find((c) => c.id === pairing.circleId);
  if (!circle) return null;
  const mentors = circle.mentors.map((m) => m.person.displayName).join(', ');
  return `Member of the mentoring circle “${circle.name}” (mentors: ${mentors}); meetings and shared goals count for this mentee by their own attendance and copy.`;
}

export function buildPacket(
  db: Db,
  options: ReportOptions,
  pairingId: number,
  quarter: Quarter,
): PacketDocument {
  return packetOf(db, options, pairingOrRefuse(db, pairingId), quarter);
}

/** The pairings of a cohort whose packets a quarter prints: started by its end, not ended before it. */
export function cohortPairingsFor(db: Db, cohortId: number, quarter: Quarter): Pairing[] {
  const { period } = periods(quarter);
  return listPairings(
    db,
    `p.cohort_id = ? AND p.status IN (${PRINTED_STATUSES.map(() => '?').join(', ')})
     AND p.start_date IS NOT NULL AND p.start_date <= ?
     AND (p.end_date IS NULL OR p.end_date >= ? OR p.status IN ('active', 'paused'))`,
    cohortId,
    ...PRINTED_STATUSES,
    period.end,
    period.start,
  ).sort((a, b) => a.mentee.displayName.localeCompare(b.mentee.displayName) || a.id - b.id);
}

export function cohortOrRefuse(db: Db, cohortId: number) {
  try {
    return getCohort(db, cohortId);
  } catch (error) {
    if (error instanceof TandemError && error.code === 'not_found')
      throw notFound('cohortId', cohortId, 'cohort');
    throw error;
  }
}

/** Refused, naming the cohort, when no pairing of it ran in the quarter. */
export function printablePairings(db: Db, cohortId: number, quarter: Quarter): Pairing[] {
  const cohort = cohortOrRefuse(db, cohortId);
  const pairings = cohortPairingsFor(db, cohortId, quarter);
  if (pairings.length === 0) {
    const { period } = periods(quarter);
    throw new TandemError(
      'rule_violation',
      `cohortId: cohort ${cohort.code} (id ${cohortId}) has no pairings that ran in ${period.key}; there is nothing to print.`,
      {
        problems: [
          {
            field: 'cohortId',
            value: String(cohortId),
            message: `no pairings ran in ${period.key}`,
          },
        ],
      },
    );
  }
  return pairings;
}

/** The cover of a cohort's packets, without the packets (the batch prints them one at a time). */
export function cohortCover(
  db: Db,
  options: ReportOptions,
  cohortId: number,
  quarter: Quarter,
  pairings: readonly Pairing[],
): CohortPacketDocument {
  const cohort = cohortOrRefuse(db, cohortId);
  const { period } = periods(quarter);
  return {
    kind: 'cohortPacket',
    header: documentHeader(db, options, `${PACKET_TITLE}s: ${cohort.code}`),
    period,
    programName: cohort.programName,
    cohortCode: cohort.code,
    cohortName: cohort.name,
    cohortStart: cohort.startDate,
    cohortEnd: cohort.endDate,
    contents: pairings.map((p) => ({
      pairingId: p.id,
      mentorName: p.mentor.displayName,
      menteeName: p.mentee.displayName,
      statusLabel: PAIRING_STATUS_LABELS[p.status],
    })),
    packets: [],
  };
}

export function buildCohortPacket(
  db: Db,
  options: ReportOptions,
  cohortId: number,
  quarter: Quarter,
): CohortPacketDocument {
  const pairings = printablePairings(db, cohortId, quarter);
  return {
    ...cohortCover(db, options, cohortId, quarter, pairings),
    packets: pairings.map((p) => packetOf(db, options, p, quarter)),
  };
}

export { packetOf };
