/**
 * Instance files for the assignment solver (`npm run tandem -- match-file INSTANCE.json`):
 *
 *   {"mentees": [{"id": "E1"}, ...],
 *    "mentors": [{"id": "M1", "capacity": 4}, ...],
 *    "scores": [[80, null, ...], ...],          // scores[i][j]: mentee i with mentor j, 0–100 or null
 *    "locked": [{"mentee": "E1", "mentor": "M1"}]}   // optional
 *
 * `parseInstance` validates the shape with zod and reports every problem with its place (which
 * mentee row, which mentor column); lock rules (allowed pair, capacity) are checked by the solver.
 * `runInstance` solves it; `formatResult` renders the result for people. `solveInstanceText` is
 * what `match-file` runs: text in, result out, timed as a whole (`totalMs`) beside the solver
 * alone (`solveMs`). The scores are kept as one `ScoreGrid` (2 bytes a cell) from validation on,
 * so the nested arrays JSON.parse made can be collected before the solver's cost matrix exists.
 */
import { z } from 'zod';
import { gridOf, gridRow, type ScoreGrid } from './score-grid';
import { solveAssignment, type LockedPair, type MentorSpec, type Objective } from './solver';

export interface MatchInstance {
  menteeIds: string[];
  mentors: MentorSpec[];
  scores: ScoreGrid;
  locked: LockedPair[];
}

/** The scores of an instance as the nested rows of the file (for tests and small instances). */
export function nestedScores(inst: MatchInstance): (number | null)[][] {
  return Array.from({ length: inst.scores.rows }, (_, i) => gridRow(inst.scores, i));
}

/** What `match-file --json` prints. */
export interface InstanceResult {
  objective: Objective;
  total: number;
  matched: number;
  pairs: { mentee: string; mentor: string; score: number }[];
  unmatched: { mentee: string; reason: string }[];
  /** The solver alone, in milliseconds. */
  solveMs: number;
  /**
   * Everything from the file's text to the result (JSON parsing, validation, the cost matrix,
   * the solve and the result), in milliseconds; absent from `runInstance` (no text to time).
   */
  totalMs?: number;
}

/** The instance file is not valid; `issues` holds one line per problem. */
export class InstanceError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    const shown = issues.slice(0, MAX_ISSUES);
    const more =
      issues.length > shown.length ? `\n- … and ${issues.length - shown.length} more` : '';
    const head =
      issues.length === 1 ? 'Invalid instance:' : `Invalid instance (${issues.length} problems):`;
    super(`${head}\n${shown.map((i) => `- ${i}`).join('\n')}${more}`);
    this.name = 'InstanceError';
    this.issues = issues;
  }
}

const MAX_ISSUES = 20;

const id = z.string({ error: 'must be a text id' }).min(1, { error: 'must not be empty' });
const SCORE_TYPE = 'must be an integer from 0 to 100, or null when the pair is not allowed';
/** Invalid cells reported one by one before the rest are only counted. */
const MAX_CELL_ISSUES = 1000;

/**
 * The score matrix: rows checked by zod, cells by a refinement loop (a per-cell zod schema costs
 * ~50× more on a 2,000 × 600 matrix).
 */
const scoresSchema = z
  .array(
    z.custom<unknown[]>((row) => Array.isArray(row), {
      error: 'must be a list with one score per mentor',
    }),
    { error: 'must be a list with one row of scores per mentee' },
  )
  .superRefine((rows, ctx) => {
    let bad = 0;
    rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (cell === null) return;
        let message: string | undefined;
        if (typeof cell !== 'number' || !Number.isFinite(cell)) message = SCORE_TYPE;
        else if (!Number.isInteger(cell)) message = 'must be a whole number from 0 to 100';
        else if (cell < 0 || cell > 100) message = 'must be from 0 to 100';
        if (message === undefined) return;
        bad++;
        if (bad <= MAX_CELL_ISSUES) {
          ctx.addIssue({
            code: 'custom',
            path: [i, j],
            message: `${message}; got ${JSON.stringify(cell)}`,
          });
        }
      });
    });
    if (bad > MAX_CELL_ISSUES) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `${bad - MAX_CELL_ISSUES} more invalid scores not listed`,
      });
    }
  });

const InstanceSchema = z
  .object(
    {
      mentees: z.array(z.object({ id }, { error: 'must be an object like {"id": "E1"}' }), {
        error: 'must be a list of mentees like [{"id": "E1"}]',
      }),
      mentors: z.array(
        z.object(
          {
            id,
            capacity: z
              .number({ error: 'must be a whole number ≥ 0' })
              .int({ error: 'must be a whole number ≥ 0' })
              .min(0, { error: 'must be a whole number ≥ 0' }),
          },
          { error: 'must be an object like {"id": "M1", "capacity": 4}' },
        ),
        { error: 'must be a list of mentors like [{"id": "M1", "capacity": 4}]' },
      ),
      scores: scoresSchema,
      locked: z
        .array(
          z.object(
            { mentee: id, mentor: id },
            { error: 'must be an object like {"mentee": "E1", "mentor": "M1"}' },
          ),
          { error: 'must be a list of locked pairs' },
        )
        .optional(),
    },
    { error: 'must be a JSON object with "mentees", "mentors" and "scores"' },
  )
  .superRefine((inst, ctx) => {
    const duplicates = (list: { id: string }[], key: string): void => {
      const first = new Map<string, number>();
      list.forEach((item, i) => {
        const seen = first.get(item.id);
        if (seen === undefined) first.set(item.id, i);
        else {
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'id'],
            message: `"${item.id}" is used more than once (first at ${key}[${seen}])`,
          });
        }
      });
    };
    duplicates(inst.mentees, 'mentees');
    duplicates(inst.mentors, 'mentors');
    const n = inst.mentees.length;
    const m = inst.mentors.length;
    if (inst.scores.length !== n) {
      ctx.addIssue({
        code: 'custom',
        path: ['scores'],
        message: `has ${inst.scores.length} rows, expected ${n} (one per mentee, in mentee order)`,
      });
    }
    inst.scores.forEach((row: unknown[], i) => {
      if (row.length !== m) {
        ctx.addIssue({
          code: 'custom',
          path: ['scores', i],
          message: `has ${row.length} scores, expected ${m} (one per mentor, in mentor order)`,
        });
      }
    });
  });

/** Validates an instance (already parsed from JSON). Throws `InstanceError` listing problems. */
export function parseInstance(json: unknown): MatchInstance {
  const parsed = InstanceSchema.safeParse(json);
  if (!parsed.success) {
    throw new InstanceError(parsed.error.issues.map((issue) => describeIssue(json, issue)));
  }
  const inst = parsed.data;
  return {
    menteeIds: inst.mentees.map((e) => e.id),
    mentors: inst.mentors.map((mt) => ({ id: mt.id, capacity: mt.capacity })),
    scores: gridOf(inst.scores as (number | null)[][], inst.mentors.length),
    locked: (inst.locked ?? []).map((l) => ({ mentee: l.mentee, mentor: l.mentor })),
  };
}

/** Parses the text of an instance file (JSON) and validates it. */
export function parseInstanceText(text: string): MatchInstance {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InstanceError([`not valid JSON: ${(e as Error).message}`]);
  }
  return parseInstance(json);
}

/**
 * Solves an instance. Throws `SolverInputError` (from solver.ts) when a locked pair breaks a rule.
 * `solveMs` is rounded to microseconds.
 */
export function runInstance(
  instance: MatchInstance,
  objective: Objective = 'best-total',
): InstanceResult {
  const r = solveAssignment({ ...instance, objective });
  return {
    objective: r.objective,
    total: r.total,
    matched: r.matched,
    pairs: r.pairs.map((p) => ({ mentee: p.mentee, mentor: p.mentor, score: p.score })),
    unmatched: r.unmatched.map((u) => ({ mentee: u.mentee, reason: u.reason })),
    solveMs: Math.round(r.solveMs * 1000) / 1000,
  };
}

/** What `match-file` runs: parse, validate, solve, with `totalMs` around all of it. */
export function solveInstanceText(
  text: string,
  objective: Objective = 'best-total',
): InstanceResult {
  const t0 = performance.now();
  const result = runInstance(parseInstanceText(text), objective);
  return { ...result, totalMs: Math.round((performance.now() - t0) * 1000) / 1000 };
}

/** Human-readable result: a summary line, a table of pairs, then the unmatched mentees. */
export function formatResult(result: InstanceResult): string {
  const count = result.matched + result.unmatched.length;
  const lines = [
    `${result.objective}: total score ${result.total}, ${result.matched} of ${count} mentees ` +
      `matched${result.unmatched.length > 0 ? ` (${result.unmatched.length} unmatched)` : ''}, ` +
      `solved in ${result.solveMs.toFixed(1)} ms` +
      (result.totalMs === undefined ? '' : ` (${result.totalMs.toFixed(1)} ms in all)`),
  ];
  if (result.pairs.length > 0) {
    const rows = result.pairs.map((p) => [p.mentee, p.mentor, String(p.score)]);
    const header = ['Mentee', 'Mentor', 'Score'];
    const w = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
    const fmt = (r: string[]): string =>
      [
        (r[0] ?? '').padEnd(w[0] ?? 0),
        (r[1] ?? '').padEnd(w[1] ?? 0),
        (r[2] ?? '').padStart(w[2] ?? 0),
      ]
        .join('  ')
        .trimEnd();
    lines.push('', fmt(header), fmt(w.map((x) => '-'.repeat(x))), ...rows.map(fmt));
  }
  if (result.unmatched.length > 0) {
    lines.push('', 'Unmatched:', ...result.unmatched.map((u) => `  ${u.mentee}: ${u.reason}`));
  }
  return lines.join('\n');
}

/** "scores[2][5] (mentee "E2", mentor "M5"): must be from 0 to 100; got 101". */
function describeIssue(json: unknown, issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path;
  let where = path.length === 0 ? 'instance' : '';
  for (const key of path) {
    where += typeof key === 'number' ? `[${key}]` : `${where === '' ? '' : '.'}${String(key)}`;
  }
  const at = (p: PropertyKey[]): unknown => {
    let cur: unknown = json;
    for (const key of p) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<PropertyKey, unknown>)[key];
    }
    return cur;
  };
  const idAt = (list: string, index: unknown): string | undefined => {
    if (typeof index !== 'number') return undefined;
    const v = at([list, index, 'id']);
    return typeof v === 'string' ? v : undefined;
  };
  const names: string[] = [];
  if (path[0] === 'scores') {
    const mentee = idAt('mentees', path[1]);
    const mentor = idAt('mentors', path[2]);
    if (mentee !== undefined) names.push(`mentee "${mentee}"`);
    if (mentor !== undefined) names.push(`mentor "${mentor}"`);
  } else if ((path[0] === 'mentees' || path[0] === 'mentors') && path[2] !== 'id') {
    const name = idAt(path[0], path[1]);
    if (name !== undefined) names.push(`${path[0] === 'mentees' ? 'mentee' : 'mentor'} "${name}"`);
  }
  const context = names.length > 0 ? ` (${names.join(', ')})` : '';
  const value = at(path);
  // Custom issues carry their own details; zod's own ones get the offending value appended.
  let got = '';
  if ((issue as { code?: string }).code !== 'custom') {
    if (value === undefined) got = '; missing';
    else if (typeof value !== 'object' || value === null) got = `; got ${JSON.stringify(value)}`;
  }
  return `${where}${context}: ${issue.message}${got}`;
}
