/**
 * Instance files for the assignment solver (`npm run tandem -- match-file INSTANCE.json`):
 *
 *   {"mentees": [{"id": "E1"}, ...],
 *    "mentors": [{"id": "M1", "capacity": 4}, ...],
 *    "scores": [[80, null, ...], ...],          // scores[i][j]: mentee i with mentor j, 0–100 or null
 *    "locked": [{"mentee": "E1", "mentor": "M1"}]}   // optional
 *
 * `parseInstanceText` reads a file's text (or its bytes, whole or piece by piece) with the scanner
 * of instance-scan.ts, which puts the scores straight into one `ScoreGrid` (2 bytes a cell): the
 * nested arrays JSON.parse would make (~500 MB at 8,000 × 2,400) never exist. `parseInstance`
 * validates an already parsed value with zod; both report every problem with its place (which
 * mentee row, which mentor column), in the same words and order. Lock rules (allowed pair,
 * capacity) are checked by the solver. `runInstance` solves it; `formatResult` renders the result
 * for people. `solveInstanceText` is what `match-file` runs: file in, result out, timed as a whole
 * (`totalMs`, reading included) beside the solver alone (`solveMs`).
 */
import { z } from 'zod';
import {
  JsonSyntaxError,
  MAX_CELL_ISSUES,
  scanInstance,
  scoreProblem,
  type ReadInto,
  type ScannedDocument,
  type ScannedOther,
  type ScannedRows,
} from './instance-scan';
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
   * Everything from the file to the result (reading and scanning the file, validation, the cost
   * matrix, the solve and the result), in milliseconds; absent from `runInstance` (nothing read).
   */
  totalMs?: number;
}

const SCORES_NOT_LIST = 'must be a list with one row of scores per mentee';
const ROW_NOT_LIST = 'must be a list with one score per mentor';

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

/**
 * The score matrix in nested form: rows checked by zod, cells by a refinement loop (a per-cell zod
 * schema costs ~50× more on a 2,000 × 600 matrix).
 */
const scoresSchema = z
  .array(
    z.custom<unknown[]>((row) => Array.isArray(row), { error: ROW_NOT_LIST }),
    { error: SCORES_NOT_LIST },
  )
  .superRefine((rows, ctx) => {
    let bad = 0;
    rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (cell === null) return;
        const message = scoreProblem(cell);
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
      ctx.addIssue({ code: 'custom', path: [], message: moreInvalid(bad) });
    }
  });

const fields = {
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
  locked: z
    .array(
      z.object(
        { mentee: id, mentor: id },
        { error: 'must be an object like {"mentee": "E1", "mentor": "M1"}' },
      ),
      { error: 'must be a list of locked pairs' },
    )
    .optional(),
};
const NOT_AN_OBJECT = { error: 'must be a JSON object with "mentees", "mentors" and "scores"' };

/** The whole instance in nested form (what `parseInstance` checks). */
const InstanceSchema = z
  .object(
    {
      mentees: fields.mentees,
      mentors: fields.mentors,
      scores: scoresSchema,
      locked: fields.locked,
    },
    NOT_AN_OBJECT,
  )
  .superRefine((inst, ctx) => {
    const issues = shapeIssues(
      inst.mentees.map((e) => e.id),
      inst.mentors.map((mt) => mt.id),
      inst.scores.length,
      (i) => (inst.scores[i] as unknown[]).length,
    );
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  });

/**
 * The scanned matrix (instance-scan.ts) checked as `scoresSchema` checks nested rows, with the
 * same issues in the same order. zod skips the whole-instance check after an issue that does not
 * `continue` (a type error), and runs it after the cells' refinement issues (which do): a matrix
 * that is not a list, or a row that is not a list, stops it here too.
 */
const scannedScoresSchema = z.custom<ScannedRows | ScannedOther>().superRefine((scores, ctx) => {
  if (scores.kind === 'other') {
    ctx.addIssue({
      code: 'invalid_type',
      expected: 'array',
      input: scores.value,
      message: SCORES_NOT_LIST,
      continue: false,
    });
    return;
  }
  if (scores.rowsNotLists.length > 0) {
    for (const i of scores.rowsNotLists) {
      ctx.addIssue({ code: 'custom', path: [i], message: ROW_NOT_LIST, continue: false });
    }
    return;
  }
  for (const cell of scores.cellIssues) {
    ctx.addIssue({ code: 'custom', path: [cell.row, cell.col], message: cell.message });
  }
  if (scores.badCells > MAX_CELL_ISSUES) {
    ctx.addIssue({ code: 'custom', path: [], message: moreInvalid(scores.badCells) });
  }
});

/** The instance with its scores scanned (what `parseInstanceText` checks). */
const ScannedInstanceSchema = z
  .object(
    {
      mentees: fields.mentees,
      mentors: fields.mentors,
      scores: scannedScoresSchema,
      locked: fields.locked,
    },
    NOT_AN_OBJECT,
  )
  .superRefine((inst, ctx) => {
    const scores = inst.scores;
    if (scores.kind !== 'rows') return;
    const issues = shapeIssues(
      inst.mentees.map((e) => e.id),
      inst.mentors.map((mt) => mt.id),
      scores.rowCount,
      (i) => scores.rowLengths[i] as number,
    );
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  });

interface Issue {
  path: PropertyKey[];
  message: string;
  /** zod's issue code; anything but 'custom' gets the offending value appended. */
  code?: string;
}
type ShapeIssue = { path: (string | number)[]; message: string };

/**
 * Problems of the instance as a whole, once each part is well formed: repeated ids, and a matrix
 * that is not one row per mentee of one score per mentor.
 */
function shapeIssues(
  menteeIds: string[],
  mentorIds: string[],
  rowCount: number,
  rowLength: (i: number) => number,
): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const duplicates = (ids: string[], key: string): void => {
    const first = new Map<string, number>();
    ids.forEach((itemId, i) => {
      const seen = first.get(itemId);
      if (seen === undefined) first.set(itemId, i);
      else {
        issues.push({
          path: [key, i, 'id'],
          message: `"${itemId}" is used more than once (first at ${key}[${seen}])`,
        });
      }
    });
  };
  duplicates(menteeIds, 'mentees');
  duplicates(mentorIds, 'mentors');
  const n = menteeIds.length;
  const m = mentorIds.length;
  if (rowCount !== n) {
    issues.push({
      path: ['scores'],
      message: `has ${rowCount} rows, expected ${n} (one per mentee, in mentee order)`,
    });
  }
  for (let i = 0; i < rowCount; i++) {
    const length = rowLength(i);
    if (length !== m) {
      issues.push({
        path: ['scores', i],
        message: `has ${length} scores, expected ${m} (one per mentor, in mentor order)`,
      });
    }
  }
  return issues;
}

const moreInvalid = (bad: number): string =>
  `${bad - MAX_CELL_ISSUES} more invalid scores not listed`;

/**
 * Validates an instance already parsed from JSON (nested score rows). Throws `InstanceError`
 * listing problems. Files go through `parseInstanceText`, which never builds the nested rows.
 */
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

/**
 * Parses an instance file (JSON: its text, its UTF-8 bytes, or a reader of them) and validates
 * it, with the same result and the same problems as `parseInstance(JSON.parse(text))`, but the
 * scores go from the bytes straight into the grid (instance-scan.ts). Syntax errors name the
 * line, column and score cell (`scores[i][j]`). `options.window`: the reader's window in bytes
 * (1 MB; tests make it small).
 */
export function parseInstanceText(
  text: string | Uint8Array | ReadInto,
  options: { window?: number } = {},
): MatchInstance {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  let doc: ScannedDocument;
  try {
    doc = scanInstance(bytes, options.window);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new InstanceError([`not valid JSON: ${e.message}`]);
    throw e;
  }
  // Not an object (a list, a number…): small and wrong, so the nested check words it.
  if (doc.kind === 'other') return parseInstance(doc.value);

  const scores: ScannedRows | ScannedOther = doc.scores ?? { kind: 'other', value: undefined };
  const parsed = ScannedInstanceSchema.safeParse({ ...doc.members, scores });
  if (!parsed.success || parsed.data.scores.kind !== 'rows') {
    // Messages look values up in the document as JSON.parse would have made it.
    const json = { ...doc.members, scores: scores.kind === 'other' ? scores.value : undefined };
    throw new InstanceError(
      (parsed.error?.issues ?? []).map((issue) => describeIssue(json, issue)),
    );
  }
  const inst = parsed.data;
  const rows = inst.scores as ScannedRows;
  const cells =
    rows.cellCount === rows.cells.length ? rows.cells : rows.cells.slice(0, rows.cellCount);
  return {
    menteeIds: inst.mentees.map((e) => e.id),
    mentors: inst.mentors.map((mt) => ({ id: mt.id, capacity: mt.capacity })),
    scores: { rows: rows.rowCount, cols: inst.mentors.length, data: cells },
    locked: (inst.locked ?? []).map((l) => ({ mentee: l.mentee, mentor: l.mentor })),
  };
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
  text: string | Uint8Array | ReadInto,
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
function describeIssue(json: unknown, issue: Issue): string {
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
  if (issue.code !== 'custom') {
    if (value === undefined) got = '; missing';
    else if (typeof value !== 'object' || value === null) got = `; got ${JSON.stringify(value)}`;
  }
  return `${where}${context}: ${issue.message}${got}`;
}
