/**
 * Input checks for the assignment solver (solver.ts): the shape of the matrix and the locked
 * pairs. Problems are collected, not thrown one by one, so a message can list them all.
 */
import { isGrid, NO_SCORE, scoreAt } from './score-grid';
import type { MentorSpec, SolverInput } from './solver';

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
export const MAX_LISTED = 10;

const isScore = (s: unknown): s is number =>
  typeof s === 'number' && Number.isInteger(s) && s >= 0 && s <= 100;

export function checkShape(input: SolverInput): string[] {
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
  if (isGrid(scores)) {
    if (scores.rows !== menteeIds.length || scores.cols !== mentors.length) {
      add(
        `scores is ${scores.rows} × ${scores.cols} but there are ${menteeIds.length} mentees and ${mentors.length} mentors`,
      );
      return problems;
    }
    const { data, cols } = scores;
    for (let k = 0; k < data.length; k++) {
      const s = data[k] as number;
      if (s === NO_SCORE || (s >= 0 && s <= 100)) continue;
      const who = `mentee ${menteeIds[Math.floor(k / cols)] ?? ''}`;
      const what = `score for ${who} with mentor ${mentors[k % cols]?.id ?? ''} is ${s}`;
      if (add(`${what}; expected an integer 0–100 or null`)) return problems;
    }
    return problems;
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

export function checkLocks(input: SolverInput, menteeIndex: Map<string, number>): string[] {
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
    if (scoreAt(scores, i, j) === null) {
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
