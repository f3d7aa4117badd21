import type { OptimiseResult } from '../../../shared/domain/board';
import type { MatchBreakdown, MenteeFacts, MentorFacts } from '../../../shared/domain/matching';
import type { Pairing } from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import { todayOf, write, type WriteContext } from '../db/write';
import { loadCohortFacts, type CohortFacts } from '../matching/facts';
import { createRuleChecker } from '../matching/rules';
import { createScorer } from '../matching/score';
import {
  SolverInputError,
  solveAssignment,
  type Objective,
  type SolverResult,
} from '../matching/solver';
import { openPairings } from './board';
import { movedWords, unmatchedWords } from './optimise-words';
import { insertProposalInTransaction, withdrawProposalInTransaction } from './proposals';

/** Mentor ids the solver reports in its reasons: a name an educator recognises, made unique. */
const mentorKey = (m: MentorFacts) => `${m.displayName} (#${m.enrolmentId})`;

/**
 * "Optimise the rest": the exact solver assigns every mentee not held by an active, paused or
 * locked pairing, under the hard rules and the mentors' remaining places. A card placed by hand
 * stays unless moving it raises the objective. Proposals it keeps stay; proposals it changes are
 * withdrawn (kept in the history) and new ones stored, so the board survives the window closing;
 * the result says who moved, from whom to whom.
 */
export function optimiseCohort(
  ctx: WriteContext,
  cohortId: number,
  objective: Objective,
  /** The day the proposals were made, when entered late (the demo's history). */
  on?: string,
): OptimiseResult {
  const today = todayOf(ctx);
  if (on !== undefined && on > today) {
    throw new TandemError('invalid_input', `Proposals cannot be dated after today (${today}).`, {
      problems: [{ field: 'on', value: on, message: `a day up to ${today}` }],
    });
  }
  const facts = loadCohortFacts(ctx.db, cohortId, today);
  // The solver pairs two sides; peers are both sides at once, so it could pair A with B and B
  // with C. Peers are paired by hand (each placement is one reciprocal pairing).
  if (facts.mentees.some((m) => m.peer)) {
    throw new TandemError(
      'rule_violation',
      `${facts.cohort.code} pairs peers: place each peer with another by hand on the board; each placement is one reciprocal pairing where both mentor each other.`,
    );
  }
  const open = openPairings(ctx.db, cohortId);
  const held = open.filter((p) => p.status !== 'proposed');
  const heldMentees = new Set(held.map((p) => p.menteeEnrolmentId));
  const mentees = facts.mentees.filter(
    (m) => !heldMentees.has(m.enrolmentId) && m.status === 'active',
  );
  const mentors = facts.mentors;
  const locked = open.filter((p) => p.status === 'proposed' && p.locked);

  const { scores, breakdowns } = scoreMatrix(facts, mentees, mentors);
  const heldLoad = (m: MentorFacts) =>
    held.filter((p) => p.mentorEnrolmentId === m.enrolmentId).length;
  const lockOf = (p: Pairing) => ({
    mentee: String(p.menteeEnrolmentId),
    mentor: mentorKey(mentorOf(mentors, p)),
  });
  let solveMs = 0;
  const solve = (keep: readonly Pairing[]) => {
    const r = solveAssignment({
      menteeIds: mentees.map((m) => String(m.enrolmentId)),
      mentors: mentors.map((m) => ({
        id: mentorKey(m),
        capacity: Math.max(0, m.capacity - heldLoad(m)),
      })),
      scores,
      locked: [...locked, ...keep].map(lockOf),
      objective,
    });
    solveMs += r.solveMs;
    return r;
  };
  let result;
  try {
    result = solve([]);
  } catch (error) {
    if (error instanceof SolverInputError) {
      throw new TandemError(
        'rule_violation',
        `The locked pairs cannot all be kept: ${error.message}`,
      );
    }
    throw error;
  }

  // A card placed by hand stays unless moving it raises the objective: hold each in turn (in
  // board order) and keep the hold when the optimum is no worse, so a tie never moves it.
  const handKept: Pairing[] = [];
  for (const p of open) {
    if (p.status !== 'proposed' || p.locked || p.source !== 'manual') continue;
    const i = mentees.findIndex((m) => m.enrolmentId === p.menteeEnrolmentId);
    const j = mentors.findIndex((m) => m.enrolmentId === p.mentorEnrolmentId);
    if (i < 0 || j < 0 || scores[i]?.[j] === null) continue; // the rules now forbid it
    const already = result.pairs.some(
      (x) =>
        x.mentee === String(p.menteeEnrolmentId) &&
        x.mentor === mentorKey(mentors[j] as MentorFacts),
    );
    if (already) {
      handKept.push(p);
      continue;
    }
    let trial;
    try {
      trial = solve([...handKept, p]);
    } catch (error) {
      if (error instanceof SolverInputError) continue;
      throw error;
    }
    if (!worse(trial, result, objective)) {
      handKept.push(p);
      result = trial;
    }
  }

  const byKey = new Map(mentors.map((m) => [mentorKey(m), m]));
  const chosen = new Map(result.pairs.map((p) => [Number(p.mentee), byKey.get(p.mentor)]));
  const proposals = open.filter((p) => p.status === 'proposed');
  const kept = proposals.filter(
    (p) => chosen.get(p.menteeEnrolmentId)?.enrolmentId === p.mentorEnrolmentId,
  );
  const dropped = proposals.filter((p) => !kept.includes(p));
  const moves = dropped.map((p) => ({
    menteeEnrolmentId: p.menteeEnrolmentId,
    displayName: p.mentee.displayName,
    from: p.mentor.displayName,
    to: chosen.get(p.menteeEnrolmentId)?.displayName ?? null,
  }));
  const loadAfter = new Map(
    mentors.map((m, j) => [m.enrolmentId, heldLoad(m) + (result.load[j] ?? 0)]),
  );
  const fresh = result.pairs.filter(
    (p) => !kept.some((k) => String(k.menteeEnrolmentId) === p.mentee),
  );

  write(ctx, (tx) => {
    for (const p of dropped)
      withdrawProposalInTransaction(tx, ctx.actor.name, p, 'Replaced when the board was optimised');
    for (const pair of fresh) {
      const i = mentees.findIndex((m) => String(m.enrolmentId) === pair.mentee);
      const j = mentors.findIndex((m) => mentorKey(m) === pair.mentor);
      const breakdown = breakdowns(i, j);
      const mentee = mentees[i];
      const mentor = mentors[j];
      if (!mentee || !mentor || !breakdown)
        throw new Error('solver returned a pair outside the instance');
      insertProposalInTransaction(
        tx,
        ctx.actor.name,
        cohortId,
        mentee,
        mentor,
        breakdown,
        'optimiser',
        false,
        on,
      );
    }
    tx.audit({
      entity: 'cohort',
      entityId: cohortId,
      action: 'optimise',
      before: null,
      after: {
        objective,
        matched: result.matched,
        total: result.total,
        proposed: fresh.length,
        kept: kept.length,
        moved: moves.length,
        handPlacedKept: handKept.length,
        proposedOn: on ?? today,
      },
    });
  });

  return {
    objective,
    proposed: fresh.length,
    kept: kept.length,
    withdrawn: dropped.length,
    matched: result.matched,
    total: result.total,
    unmatched: result.unmatched.map((u) => {
      const mentee = mentees.find((m) => String(m.enrolmentId) === u.mentee);
      return {
        menteeEnrolmentId: Number(u.mentee),
        displayName: mentee?.displayName ?? u.mentee,
        reason: mentee
          ? unmatchedWords(facts, mentee, (m) => loadAfter.get(m.enrolmentId) ?? 0)
          : u.reason,
      };
    }),
    moved: moves,
    handPlacedKept: handKept.length,
    summary: movedWords(
      moves.map((m) => ({ mentee: m.displayName, from: m.from, to: m.to })),
      handKept.length,
    ),
    solveMs,
  };
}

function mentorOf(mentors: MentorFacts[], p: Pairing): MentorFacts {
  const mentor = mentors.find((m) => m.enrolmentId === p.mentorEnrolmentId);
  if (!mentor)
    throw new TandemError(
      'rule_violation',
      `${p.mentor.displayName} is no longer a mentor in this cohort; unlock their pairing with ${p.mentee.displayName}.`,
    );
  return mentor;
}

/** Scores every allowed pair; null where a hard rule forbids it. Breakdowns only for chosen pairs. */
function scoreMatrix(facts: CohortFacts, mentees: MenteeFacts[], mentors: MentorFacts[]) {
  const scorer = createScorer(facts.program.matching);
  const rules = createRuleChecker(facts.rules);
  const scores = mentees.map((mentee) =>
    mentors.map((mentor) => (rules.allowed(mentee, mentor) ? scorer.score(mentee, mentor) : null)),
  );
  const breakdowns = (i: number, j: number): MatchBreakdown | undefined => {
    const mentee = mentees[i];
    const mentor = mentors[j];
    return mentee && mentor ? scorer.breakdown(mentee, mentor) : undefined;
  };
  return { scores, breakdowns };
}

/** Whether `a` is worse than `b` under the objective (both feasible for the same mentees). */
function worse(a: SolverResult, b: SolverResult, objective: Objective): boolean {
  if (objective === 'best-total') {
    return a.total < b.total || (a.total === b.total && a.matched < b.matched);
  }
  return a.matched < b.matched || (a.matched === b.matched && a.total < b.total);
}
