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
 * either weight orders assignments exactly like the lexicographic objective. The weights go to
 * `solveCore` (successive shortest augmenting paths with duals over mentor nodes; see
 * solver-core.ts), whose result is provably optimal.
 *
 * Tie rule (same input → same output, byte for byte): among equally good assignments the result is
 * the one reached by this fixed procedure. First, mentees in index order each take the
 * lowest-index mentor among their best-scoring ones that still has room (waiting if all of those
 * are full). Then each waiting mentee, in index order, enters along a shortest augmenting path;
 * equal-length choices go to a mentor with a free seat first, then to the lower mentor index, and a
 * mentee already seated is never moved for an equally good alternative. So, for example, a mentee
 * whose best mentors score the same gets the lowest-index one that has room, and when mentees with
 * equal scores compete for a last seat the lowest-index mentee keeps it.
 */
import { solveCore } from './solver-core';

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
  /** `scores[i][j]`: mentee i with mentor j, an integer 0–100, or null when a hard rule forbids it. */
  scores: readonly (readonly (number | null)[])[];
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

/** The input cannot be solved as given: bad shape, or locked pairs that break a rule. */
export class SolverInputError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      problems.length === 1
        ? (problems[0] as string)
        : `${problems.length} problems:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    this.name = 'SolverInputError';
    this.problems = problems;
  }
}

/** At most this many problems (and listed full mentors) are spelled out in a message. */
const MAX_LISTED = 10;

const isScore = (s: unknown): s is number =>
  typeof s === 'number' && Number.isInteger(s) && s >= 0 && s <= 100;

function checkShape(input: SolverInput): string[] {
  const problems: string[] = [];
  const { menteeIds, mentors, scores } = input;
  const add = (p: string): boolean => {
    problems.push(p);
    return problems.length >= MAX_LISTED;
  };
  if (input.objective !== 'best-total' && input.objective !== 'most-matched') {
    add(`unknown objective "${String(input.objective)}" (expected best-total or most-matched)`);
  }
  const seenMentee = new Set<string>();
  for (const id of menteeIds) {
    if (seenMentee.has(id) && add(`duplicate mentee id "${id}"`)) return problems;
    seenMentee.add(id);
  }
  const seenMentor = new Set<string>();
  for (const m of mentors) {
    if (seenMentor.has(m.id) && add(`duplicate mentor id "${m.id}"`)) return problems;
    seenMentor.add(m.id);
    if (!Number.isInteger(m.capacity) || m.capacity < 0) {
      if (add(`mentor ${m.id} has capacity ${m.capacity}; expected a whole number ≥ 0`)) {
        return problems;
      }
    }
  }
  if (scores.length !== menteeIds.length) {
    add(`scores has ${scores.length} rows but there are ${menteeIds.length} mentees`);
    return problems;
  }
  for (let i = 0; i < scores.length; i++) {
    const row = scores[i] as readonly (number | null)[];
    const who = `mentee ${menteeIds[i] ?? i}`;
    if (row.length !== mentors.length) {
      if (add(`scores row for ${who} has ${row.length} entries, expected ${mentors.length}`)) {
        return problems;
      }
      continue;
    }
    for (let j = 0; j < row.length; j++) {
      const s = row[j];
      if (s !== null && !isScore(s)) {
        const what = `score for ${who} with mentor ${mentors[j]?.id ?? j} is ${String(s)}`;
        if (add(`${what}; expected an integer 0–100 or null`)) return problems;
      }
    }
  }
  return problems;
}

function checkLocks(input: SolverInput, menteeIndex: Map<string, number>): string[] {
  const problems: string[] = [];
  const { mentors, scores, locked } = input;
  const mentorIndex = new Map(mentors.map((m, j) => [m.id, j] as const));
  const lockedTo = new Map<string, string>();
  const byMentor = new Map<number, string[]>();
  for (const lock of locked) {
    const name = `locked pair ${lock.mentee} → ${lock.mentor}`;
    const i = menteeIndex.get(lock.mentee);
    const j = mentorIndex.get(lock.mentor);
    if (i === undefined) problems.push(`${name}: unknown mentee "${lock.mentee}"`);
    if (j === undefined) problems.push(`${name}: unknown mentor "${lock.mentor}"`);
    const earlier = lockedTo.get(lock.mentee);
    if (earlier !== undefined) {
      problems.push(
        `${name}: mentee ${lock.mentee} is locked twice (to ${earlier} and to ${lock.mentor})`,
      );
      continue;
    }
    lockedTo.set(lock.mentee, lock.mentor);
    if (i === undefined || j === undefined) continue;
    if ((scores[i]?.[j] ?? null) === null) {
      problems.push(`${name} is not allowed: a hard rule excludes this pair (score is null)`);
      continue;
    }
    const list = byMentor.get(j) ?? [];
    list.push(lock.mentee);
    byMentor.set(j, list);
  }
  for (const [j, list] of [...byMentor].sort((a, b) => a[0] - b[0])) {
    const m = mentors[j] as MentorSpec;
    if (list.length > m.capacity) {
      problems.push(
        `mentor ${m.id} has capacity ${m.capacity} but ${list.length} locked mentees: ${list.join(', ')}`,
      );
    }
  }
  return problems;
}

/** Solves the assignment exactly. Throws `SolverInputError` on malformed input or bad locks. */
export function solveAssignment(input: SolverInput): SolverResult {
  const shape = checkShape(input);
  if (shape.length > 0) throw new SolverInputError(shape);
  const { menteeIds, mentors, scores, objective } = input;
  const menteeIndex = new Map(menteeIds.map((id, i) => [id, i] as const));
  const lockProblems = checkLocks(input, menteeIndex);
  if (lockProblems.length > 0) throw new SolverInputError(lockProblems);

  const n = menteeIds.length;
  const m = mentors.length;
  const load = new Int32Array(m);
  const lockedMentor = new Int32Array(n).fill(-1);
  const mentorIndex = new Map(mentors.map((mt, j) => [mt.id, j] as const));
  for (const lock of input.locked) {
    const i = menteeIndex.get(lock.mentee) as number;
    const j = mentorIndex.get(lock.mentor) as number;
    lockedMentor[i] = j;
    load[j]++;
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
    const row = scores[rows[r] as number] as readonly (number | null)[];
    const base = r * M;
    for (let j = 0; j < m; j++) {
      const s = row[j] as number | null;
      cost[base + j] = s === null ? Infinity : -(s * scale + bonus);
    }
  }
  const capLeft = new Int32Array(m);
  for (let j = 0; j < m; j++) capLeft[j] = (mentors[j] as MentorSpec).capacity - (load[j] as number);

  const t0 = performance.now();
  const assigned = solveCore(cost, F, m, capLeft, { unit: scale });
  const solveMs = performance.now() - t0;

  const mentorOf = lockedMentor.slice();
  for (let r = 0; r < F; r++) {
    const j = assigned[r] as number;
    if (j >= 0) {
      mentorOf[rows[r] as number] = j;
      load[j]++;
    }
  }

  const pairs: SolverPair[] = [];
  const unmatched: { mentee: string; reason: string }[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const id = menteeIds[i] as string;
    const row = scores[i] as readonly (number | null)[];
    const j = mentorOf[i] as number;
    if (j >= 0) {
      const score = row[j] as number;
      total += score;
      pairs.push({
        mentee: id,
        mentor: (mentors[j] as MentorSpec).id,
        score,
        locked: lockedMentor[i] === j,
      });
    } else {
      unmatched.push({ mentee: id, reason: unmatchedReason(row, mentors, load) });
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
