import {
  OPEN_PAIRING_STATUSES,
  type Pairing,
  type PairingFlag,
  type PairingWithTimeline,
} from '../../../shared/domain/pairings';
import type { Db } from '../db/open';
import { factsOf, pairRules, type FactsByCohort } from './hard-rules';
import { getPairing, timeline } from './rows';

/**
 * The hard rules each open pairing breaks today, by pairing id (only those that break one):
 * worked out on every read, so a flag goes away as soon as the rule holds again.
 */
export function flagsOf(
  db: Db,
  pairings: readonly Pairing[],
  today: string,
  facts: FactsByCohort = new Map(),
): Map<number, PairingFlag[]> {
  const flags = new Map<number, PairingFlag[]>();
  for (const p of pairings) {
    if (!OPEN_PAIRING_STATUSES.includes(p.status)) continue;
    const cohort = factsOf(db, facts, p.cohortId, today);
    const mentee = cohort.mentees.find((m) => m.enrolmentId === p.menteeEnrolmentId);
    const mentor = cohort.mentors.find((m) => m.enrolmentId === p.mentorEnrolmentId);
    if (!mentee || !mentor) continue;
    const broken = pairRules(cohort, { mentee, mentor }, p.status);
    if (broken.length > 0) flags.set(p.id, broken);
  }
  return flags;
}

/** Pairings as their page shows them: with their timeline and today's flags. */
export function withTimelines(db: Db, pairings: Pairing[], today: string): PairingWithTimeline[] {
  const flags = flagsOf(db, pairings, today);
  return pairings.map((p) => ({
    ...p,
    timeline: timeline(db, p.id),
    flags: flags.get(p.id) ?? [],
  }));
}

export function pairingWithTimeline(db: Db, id: number, today: string): PairingWithTimeline {
  const [one] = withTimelines(db, [getPairing(db, id)], today);
  if (!one) throw new Error('a pairing read by id is always there');
  return one;
}
