/**
 * The one check of the hard rules for a pairing that is made or kept: placing a mentee on the
 * board, accepting a proposal (one or all), resuming, extending and re-opening all call it inside
 * their write, so the rules hold at every step and not only when the board proposes. The rules
 * themselves live in matching/rules.ts (the pair rules, the mentor's places, the mentee's one
 * open pairing); this file only feeds them the cohort's facts as they are now.
 */
import type { MenteeFacts, MentorFacts, RuleViolation } from '../../../shared/domain/matching';
import type { Pairing, PairingFlag, PairingStatus } from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { loadCohortFacts, type CohortFacts } from '../matching/facts';
import { alreadyPairedViolation, capacityViolation, checkPair } from '../matching/rules';
import { listPairings } from './rows';

/** A step refused because the pair breaks a hard rule; `violations` names each one. */
export class PairingRefused extends TandemError {
  constructor(
    readonly violations: RuleViolation[],
    message: string,
  ) {
    super('rule_violation', message, { violations });
  }
}

/** Facts read once per cohort within one write, so accepting forty proposals reads them once. */
export type FactsByCohort = Map<number, CohortFacts>;

export function factsOf(db: Db, cache: FactsByCohort, cohortId: number, today: string) {
  let facts = cache.get(cohortId);
  if (facts === undefined) cache.set(cohortId, (facts = loadCohortFacts(db, cohortId, today)));
  return facts;
}

export interface PairPeople {
  mentee: MenteeFacts;
  mentor: MentorFacts;
}

/** The two people of a pairing as matching sees them; refused when either left the cohort. */
export function peopleOf(facts: CohortFacts, p: Pairing): PairPeople {
  const mentee = facts.mentees.find((m) => m.enrolmentId === p.menteeEnrolmentId);
  const mentor = facts.mentors.find((m) => m.enrolmentId === p.mentorEnrolmentId);
  if (mentee && mentor) return { mentee, mentor };
  const who = mentee
    ? `${p.mentor.displayName} is no longer enrolled as a mentor`
    : `${p.mentee.displayName} is no longer enrolled as a mentee`;
  throw new TandemError(
    'rule_violation',
    `${who} in ${facts.cohort.code}; enrol them again before this pairing can go on.`,
  );
}

/**
 * A paused pairing is kept while someone is away (on leave, on a course): being away is the
 * reason for the pause, so the rules about being at work do not apply until it resumes.
 */
const AWAY_RULES: readonly RuleViolation['rule'][] = ['mentee_not_eligible', 'mentor_not_eligible'];

/** The pair rules (supervisor, do-not-pair, training, shift, status) for a pairing in `status`. */
export function pairRules(
  facts: CohortFacts,
  people: PairPeople,
  status: PairingStatus,
): PairingFlag[] {
  const all = checkPair(people.mentee, people.mentor, facts.rules);
  return status === 'paused' ? all.filter((v) => !AWAY_RULES.includes(v.rule)) : all;
}

export interface CheckOptions {
  /** The status the pairing will have (the pair rules for a paused one leave out being away). */
  status: PairingStatus;
  /** The pairing being accepted, resumed or extended (or moved): it holds no place against itself. */
  except?: number | undefined;
}

/** Every hard rule the pair breaks now: the pair rules, the mentor's places, one open pairing per mentee. */
export function pairingViolations(
  db: Db,
  facts: CohortFacts,
  people: PairPeople,
  opts: CheckOptions,
): RuleViolation[] {
  const { mentee, mentor } = people;
  const except = opts.except ?? null;
  const out = pairRules(facts, people, opts.status);
  // A peer's one place is taken whichever side of a reciprocal pairing they are on.
  const { load } = db
    .prepare(
      `SELECT count(*) AS load FROM pairings
       WHERE (mentor_enrolment_id = @id OR (@peer AND mentee_enrolment_id = @id))
         AND status IN ('proposed', 'active', 'paused') AND id IS NOT @except`,
    )
    .get({ id: mentor.enrolmentId, peer: mentor.peer ? 1 : 0, except }) as { load: number };
  const full = capacityViolation(mentor, load);
  if (full) out.push(full);
  const [other] = listPairings(
    db,
    `(p.mentee_enrolment_id = @id OR (@peer AND p.mentor_enrolment_id = @id))
     AND p.status IN ('proposed', 'active', 'paused') AND p.id IS NOT @except`,
    { id: mentee.enrolmentId, peer: mentee.peer ? 1 : 0, except },
  );
  if (other) {
    const partner = other.menteeEnrolmentId === mentee.enrolmentId ? other.mentor : other.mentee;
    out.push(alreadyPairedViolation(mentee, partner));
  }
  if (mentee.peer !== mentor.peer) {
    out.push({
      rule: 'peer_mismatch',
      message: `${mentee.displayName} and ${mentor.displayName} are not both peers: a peer is paired only with another peer`,
    });
  }
  return out;
}

/**
 * Refuses the step when the pair breaks any hard rule, naming each; `refused` says which step
 * ("Not accepted"). Called inside the step's write, so what it checked is what gets written.
 */
export function assertPairAllowed(
  db: Db,
  facts: CohortFacts,
  people: PairPeople,
  opts: CheckOptions & { refused?: string },
): void {
  const violations = pairingViolations(db, facts, people, opts);
  if (violations.length === 0) return;
  const pair = `${people.mentee.displayName} cannot be paired with ${people.mentor.displayName}`;
  const why = violations.map((v) => v.message).join('; ');
  throw new PairingRefused(
    violations,
    opts.refused ? `${opts.refused}: ${pair}: ${why}.` : `${pair}: ${why}.`,
  );
}
