import type { MentorFacts, RuleCode } from '../../../shared/domain/matching';
import {
  FLAGGED_NOTE,
  WITHDRAWN_NOTE,
  type Pairing,
  type PairingRef,
  type RuleReview,
} from '../../../shared/domain/pairings';
import type { WriteTx } from '../db/write';
import { factsOf, pairRules, type FactsByCohort } from './hard-rules';
import { recordTransitionInTransaction } from './lifecycle';
import { withdrawProposalInTransaction } from './proposals';
import { listPairings } from './rows';

/** A change to the facts a hard rule reads, and the one rule it can now break. */
export interface RuleChange {
  /** The people whose open pairings the change can touch. */
  staffIds: readonly number[];
  rule: RuleCode;
  /** What happened, in words for the timeline: "do-not-pair entry added (Relatives)". */
  cause: string;
  /** Only pairings whose mentor this is true of (the rule may be broken for another reason). */
  mentorConcerned?: (mentor: MentorFacts) => boolean;
}

export const refOf = (p: Pairing): PairingRef => ({
  pairingId: p.id,
  cohortCode: p.cohortCode,
  mentee: p.mentee.displayName,
  mentor: p.mentor.displayName,
});

/**
 * After a change that can forbid pairings (a do-not-pair entry, a voided required training),
 * re-checks the open pairings of the people it concerns with the one rule check, in the change's
 * own write: a proposal that now breaks `rule` is withdrawn (declined, the cause in its
 * timeline), an active or paused pairing is flagged in its timeline and keeps running: ending a
 * running pairing is the educator's decision. Expects the caller's transaction.
 */
export function reviewOpenPairingsInTransaction(
  tx: WriteTx,
  actor: string,
  today: string,
  change: RuleChange,
): RuleReview {
  const ids = JSON.stringify(change.staffIds);
  const open = listPairings(
    tx.db,
    `p.status IN ('proposed', 'active', 'paused')
     AND (e1.staff_id IN (SELECT value FROM json_each(?)) OR e2.staff_id IN (SELECT value FROM json_each(?)))`,
    ids,
    ids,
  );
  const facts: FactsByCohort = new Map();
  const review: RuleReview = { withdrawn: [], flagged: [] };
  for (const p of open) {
    const cohort = factsOf(tx.db, facts, p.cohortId, today);
    const mentee = cohort.mentees.find((m) => m.enrolmentId === p.menteeEnrolmentId);
    const mentor = cohort.mentors.find((m) => m.enrolmentId === p.mentorEnrolmentId);
    if (!mentee || !mentor || change.mentorConcerned?.(mentor) === false) continue;
    const broken = pairRules(cohort, { mentee, mentor }, p.status).filter(
      (v) => v.rule === change.rule,
    );
    if (broken.length === 0) continue;
    if (p.status === 'proposed') {
      withdrawProposalInTransaction(tx, actor, p, `${WITHDRAWN_NOTE}${change.cause}`);
      review.withdrawn.push(refOf(p));
    } else {
      flagInTransaction(tx, actor, p, change.cause, broken.map((v) => v.message).join('; '));
      review.flagged.push(refOf(p));
    }
  }
  return review;
}

/** A note in a running pairing's timeline that a hard rule now stands against it. */
function flagInTransaction(
  tx: WriteTx,
  actor: string,
  p: Pairing,
  cause: string,
  broken: string,
): void {
  const note = `${FLAGGED_NOTE}${cause}. ${broken}.`;
  recordTransitionInTransaction(tx, actor, p.id, p.status, p.status, null, note);
  tx.audit({
    entity: 'pairing',
    entityId: p.id,
    action: 'flag',
    before: { status: p.status },
    after: { status: p.status, note },
  });
}

/**
 * After a mentor's training completion was voided or corrected: when that module no longer
 * counts for a program that requires it, their proposals are withdrawn and running pairings
 * flagged. Expects the caller's transaction (the void's own write).
 */
export function reviewTrainingInTransaction(
  tx: WriteTx,
  actor: string,
  today: string,
  staffId: number,
  moduleName: string,
  what: 'voided' | 'corrected',
): RuleReview {
  return reviewOpenPairingsInTransaction(tx, actor, today, {
    staffIds: [staffId],
    rule: 'training',
    cause: `required training ${what} (${moduleName})`,
    // The gaps are in words: "Preceptor essentials" or "Preceptor essentials (expired …)".
    mentorConcerned: (mentor) =>
      mentor.staffId === staffId &&
      mentor.missingTraining.some(
        (gap) =>
          gap.toLowerCase() === moduleName.toLowerCase() ||
          gap.toLowerCase().startsWith(`${moduleName.toLowerCase()} (`),
      ),
  });
}
