import { describe, it, expect } from 'vitest';
import {
  formatResult,
  InstanceError,
  nestedScores,
  parseInstance,
  parseInstanceText,
  runInstance,
} from '../../../electron/core/matching/instance';
import { SolverInputError } from '../../../electron/core/matching/solver';

const valid = {
  mentees: [{ id: 'E1' }, { id: 'E2' }, { id: 'E3' }],
  mentors: [
    { id: 'M1', capacity: 1 },
    { id: 'M2', capacity: 1 },
  ],
  scores: [
    [50, 40],
    [60, null],
    [null, null],
  ],
  locked: [{ mentee: 'E1', mentor: 'M2' }],
};

/** The message of the InstanceError thrown for `json`. */
function problem(json: unknown): string {
  try {
    parseInstance(json);
  } catch (e) {
    expect(e).toBeInstanceOf(InstanceError);
    return (e as Error).message;
  }
  throw new Error('expected an InstanceError');
}

const clone = (): typeof valid => JSON.parse(JSON.stringify(valid)) as typeof valid;

describe('parseInstance', () => {
  it('reads a valid instance and round-trips through JSON', () => {
    const inst = parseInstanceText(JSON.stringify(valid));
    expect({ ...inst, scores: nestedScores(inst) }).toEqual({
      menteeIds: ['E1', 'E2', 'E3'],
      mentors: valid.mentors,
      scores: valid.scores,
      locked: valid.locked,
    });
    // One compact grid for the whole matrix, not an array per mentee.
    expect(inst.scores.data).toBeInstanceOf(Int16Array);
    expect(inst.scores.data).toHaveLength(valid.scores.length * valid.mentors.length);
    const back = {
      mentees: inst.menteeIds.map((id) => ({ id })),
      mentors: inst.mentors,
      scores: nestedScores(inst),
      locked: inst.locked,
    };
    expect(parseInstance(JSON.parse(JSON.stringify(back)))).toEqual(inst);
  });

  it('treats "locked" as optional and ignores extra fields', () => {
    const { locked: _locked, ...rest } = clone();
    const inst = parseInstance({
      ...rest,
      mentees: [{ id: 'E1', name: 'Ann' }, { id: 'E2' }, { id: 'E3' }],
    });
    expect(inst.locked).toEqual([]);
    expect(inst.menteeIds).toEqual(['E1', 'E2', 'E3']);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseInstanceText('{"mentees": [')).toThrow(
      /^Invalid instance:\n- not valid JSON: /,
    );
  });

  it('rejects a value that is not an instance object', () => {
    expect(problem([])).toBe(
      'Invalid instance:\n- instance: must be a JSON object with "mentees", "mentors" and "scores"',
    );
  });

  it('names the mentee row with the wrong length', () => {
    const bad = clone();
    bad.scores[1] = [60];
    expect(problem(bad)).toContain(
      'scores[1] (mentee "E2"): has 1 scores, expected 2 (one per mentor, in mentor order)',
    );
  });

  it('reports a missing or extra row', () => {
    const bad = clone();
    bad.scores.pop();
    expect(problem(bad)).toContain(
      'scores: has 2 rows, expected 3 (one per mentee, in mentee order)',
    );
  });

  it('names the cell with a score outside 0–100, a fraction or a non-number', () => {
    const bad = clone() as { scores: unknown[][] };
    bad.scores[0] = [101, 3.5];
    bad.scores[1] = ['x', -1];
    const message = problem(bad);
    expect(message).toContain(
      'scores[0][0] (mentee "E1", mentor "M1"): must be from 0 to 100; got 101',
    );
    expect(message).toContain(
      'scores[0][1] (mentee "E1", mentor "M2"): must be a whole number from 0 to 100; got 3.5',
    );
    expect(message).toContain(
      'scores[1][0] (mentee "E2", mentor "M1"): must be an integer from 0 to 100, or null when the pair is not allowed; got "x"',
    );
    expect(message).toContain(
      'scores[1][1] (mentee "E2", mentor "M2"): must be from 0 to 100; got -1',
    );
    expect(message).toMatch(/^Invalid instance \(4 problems\):/);
  });

  it('rejects a row that is not a list', () => {
    const bad = clone() as { scores: unknown[] };
    bad.scores[2] = 'none';
    expect(problem(bad)).toContain(
      'scores[2] (mentee "E3"): must be a list with one score per mentor',
    );
  });

  it('rejects duplicate ids', () => {
    const bad = clone();
    bad.mentees[2] = { id: 'E1' };
    bad.mentors[1] = { id: 'M1', capacity: 2 };
    const message = problem(bad);
    expect(message).toContain('mentees[2].id: "E1" is used more than once (first at mentees[0])');
    expect(message).toContain('mentors[1].id: "M1" is used more than once (first at mentors[0])');
  });

  it('rejects a negative or fractional capacity', () => {
    const bad = clone();
    bad.mentors[0] = { id: 'M1', capacity: -1 };
    bad.mentors[1] = { id: 'M2', capacity: 1.5 };
    const message = problem(bad);
    expect(message).toContain(
      'mentors[0].capacity (mentor "M1"): must be a whole number ≥ 0; got -1',
    );
    expect(message).toContain(
      'mentors[1].capacity (mentor "M2"): must be a whole number ≥ 0; got 1.5',
    );
  });

  it('rejects missing ids and malformed locks', () => {
    const bad = clone() as { mentees: unknown[]; locked: unknown[] };
    bad.mentees[0] = {};
    bad.locked = [{ mentee: 'E1' }];
    const message = problem(bad);
    expect(message).toContain('mentees[0].id: must be a text id; missing');
    expect(message).toContain('locked[0].mentor: must be a text id; missing');
  });

  it('lists at most 20 problems and counts the rest', () => {
    const many = {
      mentees: Array.from({ length: 30 }, (_, i) => ({ id: `E${i}` })),
      mentors: [{ id: 'M1', capacity: 1 }],
      scores: Array.from({ length: 30 }, () => [500]),
    };
    const message = problem(many);
    expect(message).toMatch(/^Invalid instance \(30 problems\):/);
    expect(message).toContain('scores[19][0] (mentee "E19", mentor "M1")');
    expect(message).not.toContain('scores[20][0]');
    expect(message.endsWith('- … and 10 more')).toBe(true);
  });
});

describe('runInstance', () => {
  it('returns exactly the documented shape', () => {
    const result = runInstance(parseInstance(valid), 'most-matched');
    expect(Object.keys(result)).toEqual([
      'objective',
      'total',
      'matched',
      'pairs',
      'unmatched',
      'solveMs',
    ]);
    const { solveMs, ...rest } = result;
    expect(solveMs).toBeGreaterThanOrEqual(0);
    expect(rest).toEqual({
      objective: 'most-matched',
      total: 100,
      matched: 2,
      pairs: [
        { mentee: 'E1', mentor: 'M2', score: 40 },
        { mentee: 'E2', mentor: 'M1', score: 60 },
      ],
      unmatched: [{ mentee: 'E3', reason: 'no eligible mentor' }],
    });
  });

  it('defaults to best-total', () => {
    const { locked: _locked, ...rest } = clone();
    const result = runInstance(parseInstance(rest));
    expect(result.objective).toBe('best-total');
    expect([result.total, result.matched]).toEqual([100, 2]); // E1-M2 (40) + E2-M1 (60)
  });

  it('surfaces lock problems from the solver', () => {
    const bad = clone();
    bad.locked = [{ mentee: 'E3', mentor: 'M1' }];
    expect(() => runInstance(parseInstance(bad))).toThrow(SolverInputError);
    expect(() => runInstance(parseInstance(bad))).toThrow('locked pair E3 → M1 is not allowed');
  });
});

describe('formatResult', () => {
  it('prints a summary line, a table of pairs and the unmatched mentees', () => {
    const text = formatResult({
      objective: 'best-total',
      total: 150,
      matched: 2,
      pairs: [
        { mentee: 'E1', mentor: 'M2', score: 90 },
        { mentee: 'Eleanor', mentor: 'M1', score: 60 },
      ],
      unmatched: [{ mentee: 'E3', reason: 'no eligible mentor' }],
      solveMs: 0.25,
    });
    expect(text).toBe(
      [
        'best-total: total score 150, 2 of 3 mentees matched (1 unmatched), solved in 0.3 ms',
        '',
        'Mentee   Mentor  Score',
        '-------  ------  -----',
        'E1       M2         90',
        'Eleanor  M1         60',
        '',
        'Unmatched:',
        '  E3: no eligible mentor',
      ].join('\n'),
    );
  });

  it('omits empty sections', () => {
    const text = formatResult({
      objective: 'most-matched',
      total: 0,
      matched: 0,
      pairs: [],
      unmatched: [],
      solveMs: 0,
    });
    expect(text).toBe('most-matched: total score 0, 0 of 0 mentees matched, solved in 0.0 ms');
  });
});
