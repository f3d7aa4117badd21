import type { MatchBreakdown, MenteeFacts, MentorFacts } from '../../../shared/domain/matching';
import type { AcceptAllResult, Pairing } from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';
import { loadCohortFacts, type CohortFacts } from '../matching/facts';
import { scorePair } from '../matching/score';
import { openPairings } from './board';
import { assertPairAllowed, PairingRefused, type FactsByCohort } from './hard-rules';
import { recordTransitionInTransaction, stepTime, transitionInTransaction } from './lifecycle';
import { getPairing, listPairings } from './rows';

export interface AssignRequest {
  cohortId: number;
  menteeEnrolmentId: number;
  mentorEnrolmentId: number;
}

function findMentee(facts: CohortFacts, enrolmentId: number): MenteeFacts {
  const mentee = facts.mentees.find((m) => m.enrolmentId === enrolmentId);
  if (!mentee)
    throw new TandemError(
      'not_found',
      `Enrolment ${enrolmentId} is not a mentee in cohort ${facts.cohort.code}.`,
    );
  return mentee;
}

function findMentor(facts: CohortFacts, enrolmentId: number): MentorFacts {
  const mentor = facts.mentors.find((m) => m.enrolmentId === enrolmentId);
  if (!mentor)
    throw new TandemError(
      'not_found',
      `Enrolment ${enrolmentId} is not a mentor in cohort ${facts.cohort.code}.`,
    );
  return mentor;
}

/** Inserts a proposed pairing with its breakdown frozen as of now. Expects the caller's transaction. */
export function insertProposalInTransaction(
  tx: WriteTx,
  actor: string,
  cohortId: number,
  mentee: MenteeFacts,
  mentor: MentorFacts,
  breakdown: MatchBreakdown,
  source: 'optimiser' | 'manual',
  locked = false,
  /** The day it was proposed, when entered late (see `stepTime`). */
  on?: string,
): number {
  const { lastInsertRowid } = tx.db
    .prepare(
      `INSERT INTO pairings (cohort_id, mentor_enrolment_id, mentee_enrolment_id, status, locked, score,
         breakdown_json, source, reciprocal, created_at, updated_at)
       VALUES (?, ?, ?, 'proposed', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      cohortId,
      mentor.enrolmentId,
      mentee.enrolmentId,
      locked ? 1 : 0,
      breakdown.score,
      JSON.stringify(breakdown),
      source,
      // Two peers mentor each other: one pairing, both of them mentor and mentee of it.
      mentee.peer && mentor.peer ? 1 : 0,
      tx.at,
      tx.at,
    );
  const id = Number(lastInsertRowid);
  const note = source === 'manual' ? 'Placed on the board' : 'Proposed by the optimiser';
  recordTransitionInTransaction(tx, actor, id, null, 'proposed', null, note, stepTime(tx, on));
  tx.audit({
    entity: 'pairing',
    entityId: id,
    action: 'propose',
    before: null,
    after: {
      cohortId,
      mentor: mentor.displayName,
      mentee: mentee.displayName,
      score: breakdown.score,
      source,
      ...(mentee.peer && mentor.peer ? { reciprocal: true } : {}),
    },
  });
  return id;
}

/** Takes a proposal off the board; it stays in the history as declined. Expects the caller's transaction. */
export function withdrawProposalInTransaction(
  tx: WriteTx,
  actor: string,
  p: Pairing,
  note: string,
): void {
  tx.db
    .prepare("UPDATE pairings SET status = 'declined', locked = 0, updated_at = ? WHERE id = ?")
    .run(tx.at, p.id);
  recordTransitionInTransaction(tx, actor, p.id, 'proposed', 'declined', null, note);
  tx.audit({
    entity: 'pairing',
    entityId: p.id,
    action: 'withdraw',
    before: { status: 'proposed' },
    after: { status: 'declined', note },
  });
}

/**
 * Places a mentee with a mentor by hand (a drag on the board): the hard rules and the mentor's
 * capacity are checked in the same write and a refusal says why. A mentee's existing proposal
 * moves with them.
 */
export function assignMentee(ctx: WriteContext, req: AssignRequest): Pairing {
  // Dropped back on its own mentor: nothing changes, so nothing is written or checked.
  const [same] = listPairings(
    ctx.db,
    "p.cohort_id = ? AND p.mentee_enrolment_id = ? AND p.mentor_enrolment_id = ? AND p.status = 'proposed'",
    req.cohortId,
    req.menteeEnrolmentId,
    req.mentorEnrolmentId,
  );
  if (same) return same;
  return write(ctx, (tx) => {
    const facts = loadCohortFacts(tx.db, req.cohortId, todayOf(ctx));
    const mentee = findMentee(facts, req.menteeEnrolmentId);
    const mentor = findMentor(facts, req.mentorEnrolmentId);
    const current = openPairings(tx.db, req.cohortId).find(
      (p) => p.menteeEnrolmentId === mentee.enrolmentId,
    );
    if (current && current.status !== 'proposed') {
      throw new TandemError(
        'rule_violation',
        `${mentee.displayName} already has an ${current.status} pairing with ${current.mentor.displayName} in this cohort; end it before pairing again.`,
      );
    }
    assertPairAllowed(
      tx.db,
      facts,
      { mentee, mentor },
      { status: 'proposed', except: current?.id },
    );
    const breakdown = scorePair(mentee, mentor, facts.program.matching);
    if (current)
      withdrawProposalInTransaction(
        tx,
        ctx.actor.name,
        current,
        `Moved to ${mentor.displayName} on the board`,
      );
    const id = insertProposalInTransaction(
      tx,
      ctx.actor.name,
      req.cohortId,
      mentee,
      mentor,
      breakdown,
      'manual',
      current?.locked ?? false,
    );
    return getPairing(tx.db, id);
  });
}

/** Returns a proposed mentee to the pool. */
export function unassign(ctx: WriteContext, pairingId: number): Pairing {
  const p = getPairing(ctx.db, pairingId);
  if (p.status !== 'proposed') {
    throw new TandemError(
      'illegal_transition',
      `Only a proposed pairing can go back to the pool; this one is ${p.status}.`,
    );
  }
  return write(ctx, (tx) => {
    withdrawProposalInTransaction(tx, ctx.actor.name, p, 'Returned to the pool on the board');
    return getPairing(tx.db, p.id);
  });
}

/** A locked proposal is kept when the rest of the board is optimised. */
export function setLocked(ctx: WriteContext, pairingId: number, locked: boolean): Pairing {
  const p = getPairing(ctx.db, pairingId);
  if (p.status !== 'proposed') {
    throw new TandemError(
      'illegal_transition',
      `Only proposed pairings can be locked or unlocked; this one is ${p.status}.`,
    );
  }
  if (p.locked === locked) return p;
  return write(ctx, (tx) => {
    tx.db
      .prepare('UPDATE pairings SET locked = ?, updated_at = ? WHERE id = ?')
      .run(locked ? 1 : 0, tx.at, p.id);
    tx.audit({
      entity: 'pairing',
      entityId: p.id,
      action: locked ? 'lock' : 'unlock',
      before: { locked: p.locked },
      after: { locked },
    });
    return getPairing(tx.db, p.id);
  });
}

/**
 * Accepts proposals, all or none: each becomes active with its planned dates, in one write. When
 * a hard rule stands in the way of any of them, nothing is accepted and the refusal names each.
 */
export function acceptProposals(ctx: WriteContext, pairingIds: number[], on?: string): Pairing[] {
  return write(ctx, (tx) => {
    const facts: FactsByCohort = new Map();
    const refused: PairingRefused[] = [];
    const accepted = pairingIds.flatMap((pairingId) => {
      try {
        return [transitionInTransaction(ctx, tx, { pairingId, to: 'active', on }, facts)];
      } catch (error) {
        // A refused step writes nothing before it throws, so the others can still be checked.
        if (!(error instanceof PairingRefused) || pairingIds.length === 1) throw error;
        refused.push(error);
        return [];
      }
    });
    if (refused.length > 0) {
      throw new PairingRefused(
        refused.flatMap((r) => r.violations),
        `Nothing was accepted: ${refused.length} of the ${pairingIds.length} proposals break a hard rule. ${refused.map((r) => r.message).join(' ')}`,
      );
    }
    return accepted;
  });
}

/**
 * "Accept all": accepts every proposal the hard rules allow, in one write, and leaves the others
 * proposed, saying which and why. Refused, with nothing changed, when none can be accepted.
 */
export function acceptAllowedProposals(
  ctx: WriteContext,
  pairingIds: number[],
  on?: string,
): AcceptAllResult {
  return write(ctx, (tx) => {
    const facts: FactsByCohort = new Map();
    const result: AcceptAllResult = { accepted: [], skipped: [] };
    for (const pairingId of pairingIds) {
      try {
        result.accepted.push(
          transitionInTransaction(ctx, tx, { pairingId, to: 'active', on }, facts),
        );
      } catch (error) {
        if (!(error instanceof PairingRefused)) throw error;
        const p = getPairing(tx.db, pairingId);
        result.skipped.push({
          pairingId,
          cohortCode: p.cohortCode,
          mentee: p.mentee.displayName,
          mentor: p.mentor.displayName,
          reasons: error.violations.map((v) => v.message),
        });
      }
    }
    if (result.accepted.length === 0) {
      throw new PairingRefused(
        [],
        `Nothing was accepted: every proposal breaks a hard rule. ${result.skipped.map((s) => `${s.mentee} with ${s.mentor}: ${s.reasons.join('; ')}.`).join(' ')}`,
      );
    }
    return result;
  });
}
