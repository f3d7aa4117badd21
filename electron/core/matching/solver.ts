/**
 * Exact assignment of mentees to mentors with capacities, locked pairs and two objectives.
 * Pure: arrays in, assignment out (no database, no Node-only APIs).
 *
 * - `best-total`: maximise the sum of scores; among equal totals, match more mentees (so a mentee
 *   with an allowed mentor that still has room is always matched, even at score 0).
 * - `most-matched`: maximise the number of matched mentees, then the sum of scores.
 *
 * Both are solved exactly as one integer max-weight problem: with F free (unlocked) mentees, a
 * pair weighs `score·(F+1) + 1` for `best-total` and `score + 100·F + 1` for `most-matched`;
 * either weight orders assignments exactly like the lexicographic objective. Locked pairs are
 * fixed first and use up seats; the rest goes to `solveCore` (successive shortest augmenting
 * paths with dual potentials over mentor nodes with capacities, see solver-core.ts), whose
 * result is optimal by LP duality.
 *
 * Tie rule (same input → same output, byte for byte): among equally good assignments the result is
 * the one reached by a fixed procedure. First, mentees in index order each take the lowest-index
 * mentor among their best-scoring ones that still has a seat (waiting if all of those are full).
 * Then each waiting mentee, in index order, enters along a shortest augmenting path; among equal
 * choices a mentor with a free seat comes first, then the lower mentor index, and a seated mentee
 * is never moved for an equally good alternative. So a mentee whose best mentors score the same
 * gets the lowest-index one that has room, and when mentees with equal scores compete for a last
 * seat the lowest-index mentee keeps it. (Large contested instances run the same procedure on a
 * candidate graph, starting from mentor prices estimated by an auction instead of zero, explore
 * equal-length paths depth-first and finally repair mentors left with a free seat but a price:
 * still deterministic and optimal, but which of several equally good assignments comes out then
 * follows that search.)
 */
import { solveCore, type CoreStats, type Strategy } from './solver-core';
import { gridOf, gridRow, isGrid, NO_SCORE, type Scores } from './score-grid';
import { checkLocks, checkShape, MAX_LISTED, SolverInputError } from './solver-input';

export { SolverInputError };

export type Objective = 'best-total' | 'most-matched';

export const OBJECTIVES: readonly Objective[] = ['best-total', 'most-matched'];

export interface MentorSpec {
  id: string;
  /** Maximum number of mentees, a non-negative integer. */
  capacity: number;
}

export interface LockedPair {
  mentee: string;
  mentor: string;
}

export interface SolverInput {
  menteeIds: readonly string[];
  mentors: readonly MentorSpec[];
  /**
   * `scores[i][j]`: mentee i with mentor j, an integer 0–100, or null when a hard rule forbids it;
   * or the same in one `ScoreGrid` (NO_SCORE for null), the compact form for large instances.
   */
  scores: Scores;
  locked: readonly LockedPair[];
  objective: Objective;
}

export interface SolverPair {
  mentee: string;
  mentor: string;
  score: number;
  locked: boolean;
}

export interface SolverResult {
  objective: Objective;
  /** Sum of the scores of all pairs, locked ones included. */
  total: number;
  matched: number;
  /** In mentee order. */
  pairs: SolverPair[];
  /** In mentee order. */
  unmatched: { mentee: string; reason: string }[];
  /** Mentees per mentor (locked included), aligned with `mentors`; feed it to `topMentors`. */
  load: number[];
  /** Time spent in the solver itself (not validation or result building), in milliseconds. */
  solveMs: number;
}

/** Internals, for tests and benchmarks: force a path of the core, collect work counters. */
export interface SolveOptions {
  strategy?: Strategy;
  stats?: CoreStats;
}

/** Solves the assignment exactly. Throws `SolverInputError` on malformed input or bad locks. */
export function solveAssignment(input: SolverInput, options: SolveOptions = {}): SolverResult {
  const shape = checkShape(input);
  if (shape.length > 0) throw new SolverInputError(shape);
  const { menteeIds, mentors, scores, objective } = input;
  const menteeIndex = new Map(menteeIds.map((id, i) => [id, i] as const));
  const lockProblems = checkLocks(input, menteeIndex);
  if (lockProblems.length > 0) throw new SolverInputError(lockProblems);

  const n = menteeIds.length;
  const m = mentors.length;
  const grid = isGrid(scores) ? scores : gridOf(scores, m);
  const cells = grid.data;
  const load = new Int32Array(m);
  const lockedMentor = new Int32Array(n).fill(-1);
  const mentorIndex = new Map(mentors.map((mt, j) => [mt.id, j] as const));
  for (const lock of input.locked) {
    const i = menteeIndex.get(lock.mentee) as number;
    const j = mentorIndex.get(lock.mentor) as number;
    lockedMentor[i] = j;
    load[j] = (load[j] as number) + 1;
  }

  // Free mentees become rows of a flat cost matrix with a trailing "unmatched" column of zeros.
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (lockedMentor[i] === -1) rows.push(i);
  const F = rows.length;
  const M = m + 1;
  const cost = new Float64Array(F * M);
  const scale = objective === 'best-total' ? F + 1 : 1;
  const bonus = objective === 'best-total' ? 1 : 100 * F + 1;
  for (let r = 0; r < F; r++) {
    const from = (rows[r] as number) * m;
    const base = r * M;
    for (let j = 0; j < m; j++) {
      const s = cells[from + j] as number;
      cost[base + j] = s === NO_SCORE ? Infinity : -(s * scale + bonus);
    }
  }
  const capLeft = new Int32Array(m);
  for (let j = 0; j < m; j++)
    capLeft[j] = (mentors[j] as MentorSpec).capacity - (load[j] as number);

  const t0 = performance.now();
  const assigned = solveCore(cost, F, m, capLeft, {
    unit: scale,
    strategy: options.strategy ?? 'auto',
    ...(options.stats ? { stats: options.stats } : {}),
  });
  const solveMs = performance.now() - t0;

  const mentorOf = lockedMentor.slice();
  for (let r = 0; r < F; r++) {
    const j = assigned[r] as number;
    if (j >= 0) {
      mentorOf[rows[r] as number] = j;
      load[j] = (load[j] as number) + 1;
    }
  }

  const pairs: SolverPair[] = [];
  const unmatched: { mentee: string; reason: string }[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const id = menteeIds[i] as string;
    const j = mentorOf[i] as number;
    if (j >= 0) {
      const score = cells[i * m + j] as number;
      total += score;
      pairs.push({
        mentee: id,
        mentor: (mentors[j] as MentorSpec).id,
        score,
        locked: lockedMentor[i] === j,
      });
    } else {
      unmatched.push({ mentee: id, reason: unmatchedReason(gridRow(grid, i), mentors, load) });
    }
  }
  return {
    objective,
    total,
    matched: pairs.length,
    pairs,
    unmatched,
    load: Array.from(load),
    solveMs,
  };
}

/**
 * Why a mentee is unmatched in an optimal result: no allowed mentor at all, or every allowed
 * mentor is full (always the case at the optimum, since a free seat would add a match).
 */
export function unmatchedReason(
  scoresRow: readonly (number | null)[],
  mentors: readonly MentorSpec[],
  load: ArrayLike<number>,
): string {
  const eligible: string[] = [];
  let count = 0;
  for (let j = 0; j < mentors.length; j++) {
    if ((scoresRow[j] ?? null) === null) continue;
    count++;
    const mt = mentors[j] as MentorSpec;
    if (eligible.length < MAX_LISTED) eligible.push(`${mt.id} (${load[j] ?? 0}/${mt.capacity})`);
  }
  if (count === 0) return 'no eligible mentor';
  const more = count > eligible.length ? ` and ${count - eligible.length} more` : '';
  return `every eligible mentor is full: ${eligible.join(', ')}${more}`;
}

export interface MentorOption {
  mentor: string;
  /** Position in `mentors`. */
  index: number;
  score: number;
  /** Seats left: capacity − load (0 when full). */
  remaining: number;
  full: boolean;
}

/**
 * The k allowed mentors (non-null score) with the highest scores for one mentee, best first,
 * ties by mentor index; full mentors are included and flagged.
 */
export function topMentors(
  scoresRow: readonly (number | null)[],
  mentors: readonly MentorSpec[],
  load: ArrayLike<number>,
  k = 3,
): MentorOption[] {
  const options: MentorOption[] = [];
  for (let j = 0; j < mentors.length; j++) {
    const score = scoresRow[j] ?? null;
    if (score === null) continue;
    const mt = mentors[j] as MentorSpec;
    const remaining = Math.max(0, mt.capacity - (load[j] ?? 0));
    options.push({ mentor: mt.id, index: j, score, remaining, full: remaining === 0 });
  }
  options.sort((a, b) => b.score - a.score || a.index - b.index);
  return options.slice(0, Math.max(0, k));
}
