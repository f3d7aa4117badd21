import { gridOf } from '../../../electron/core/matching/score-grid';
import { describe, it, expect } from 'vitest';
import {
  solveAssignment,
  SolverInputError,
  topMentors,
  type Objective,
  type SolverInput,
  type SolverResult,
} from '../../../electron/core/matching/solver';
import type { CoreStats, Strategy } from '../../../electron/core/matching/solver-core';
import { certify, denseGraph } from '../../../electron/core/matching/solver-graph';
import { createState, seat, type State } from '../../../electron/core/matching/solver-state';

/** Mulberry32: small seeded PRNG, floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rand: () => number, lo: number, hi: number): number =>
  lo + Math.floor(rand() * (hi - lo + 1));

/** The tests write matrices in the nested form. */
type Nested = { scores: (number | null)[][] };
type Instance = Omit<SolverInput, 'objective' | 'scores'> & Nested;

/** Small random instance with random capacities, null cells, score palettes (for ties) and locks. */
function smallInstance(seed: number, maxMentees = 7, maxMentors = 4): Instance {
  const rand = prng(seed);
  const n = int(rand, 0, maxMentees);
  const m = int(rand, 0, maxMentors);
  const nullRate = [0, 0.2, 0.5][int(rand, 0, 2)] as number;
  const palette = int(rand, 0, 2); // 0: full range, 1: few values (many ties), 2: 0/100 only
  const score = (): number =>
    palette === 0
      ? int(rand, 0, 100)
      : palette === 1
        ? 10 * int(rand, 0, 3)
        : 100 * int(rand, 0, 1);
  const mentors = Array.from({ length: m }, (_, j) => ({ id: `M${j}`, capacity: int(rand, 0, 3) }));
  const menteeIds = Array.from({ length: n }, (_, i) => `E${i}`);
  const scores = menteeIds.map(() => mentors.map(() => (rand() < nullRate ? null : score())));
  const locked: { mentee: string; mentor: string }[] = [];
  const left = mentors.map((mt) => mt.capacity);
  for (let i = 0; i < n; i++) {
    if (rand() >= 0.2) continue;
    const options = mentors
      .map((_, j) => j)
      .filter((j) => scores[i]?.[j] !== null && (left[j] as number) > 0);
    if (options.length === 0) continue;
    const j = options[int(rand, 0, options.length - 1)] as number;
    left[j] = (left[j] as number) - 1;
    locked.push({ mentee: `E${i}`, mentor: `M${j}` });
  }
  return { menteeIds, mentors, scores, locked };
}

/** Exhaustive search: the best (total, matched) under the objective's lexicographic order. */
function bruteForce(inst: Instance, objective: Objective): { total: number; matched: number } {
  const n = inst.menteeIds.length;
  const m = inst.mentors.length;
  const left = inst.mentors.map((mt) => mt.capacity);
  const lockedTo = new Map(inst.locked.map((l) => [l.mentee, Number(l.mentor.slice(1))]));
  let bestTotal = -1;
  let bestMatched = -1;
  const better = (t: number, k: number): boolean =>
    objective === 'best-total'
      ? t > bestTotal || (t === bestTotal && k > bestMatched)
      : k > bestMatched || (k === bestMatched && t > bestTotal);
  const go = (i: number, total: number, matched: number): void => {
    if (i === n) {
      if (better(total, matched)) {
        bestTotal = total;
        bestMatched = matched;
      }
      return;
    }
    const row = inst.scores[i] as (number | null)[];
    const lock = lockedTo.get(inst.menteeIds[i] as string);
    if (lock !== undefined) {
      go(i + 1, total + (row[lock] as number), matched + 1);
      return;
    }
    go(i + 1, total, matched);
    for (let j = 0; j < m; j++) {
      const s = row[j];
      if (s === null || s === undefined || (left[j] as number) === 0) continue;
      left[j] = (left[j] as number) - 1;
      go(i + 1, total + s, matched + 1);
      left[j] = (left[j] as number) + 1;
    }
  };
  for (const l of inst.locked) {
    const j = Number(l.mentor.slice(1));
    left[j] = (left[j] as number) - 1;
  }
  go(0, 0, 0);
  return { total: bestTotal, matched: bestMatched };
}

/** Feasibility of a result, and that its totals add up. */
function expectValid(inst: Instance, r: SolverResult): void {
  const menteeIndex = new Map(inst.menteeIds.map((id, i) => [id, i]));
  const mentorIndex = new Map(inst.mentors.map((mt, j) => [mt.id, j]));
  const seen = new Set<string>();
  const load = inst.mentors.map(() => 0);
  let total = 0;
  for (const p of r.pairs) {
    expect(seen.has(p.mentee)).toBe(false);
    seen.add(p.mentee);
    const i = menteeIndex.get(p.mentee) as number;
    const j = mentorIndex.get(p.mentor) as number;
    const s = inst.scores[i]?.[j];
    expect(s).not.toBeNull();
    expect(p.score).toBe(s);
    load[j] = (load[j] as number) + 1;
    total += p.score;
  }
  inst.mentors.forEach((mt, j) => expect(load[j]).toBeLessThanOrEqual(mt.capacity));
  expect(r.load).toEqual(load);
  for (const l of inst.locked) {
    expect(r.pairs).toContainEqual({
      mentee: l.mentee,
      mentor: l.mentor,
      score: expect.any(Number),
      locked: true,
    });
  }
  expect(r.total).toBe(total);
  expect(r.matched).toBe(r.pairs.length);
  expect(r.pairs.length + r.unmatched.length).toBe(inst.menteeIds.length);
  for (const u of r.unmatched) expect(seen.has(u.mentee)).toBe(false);
}

const OBJECTIVES: Objective[] = ['best-total', 'most-matched'];
const STRATEGIES: Strategy[] = ['auto', 'dense', 'sparse'];

describe('solveAssignment: exact on small instances (against exhaustive search)', () => {
  it('matches brute force on 400 seeded random instances, both objectives, every strategy', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const inst = smallInstance(seed);
      for (const objective of OBJECTIVES) {
        const best = bruteForce(inst, objective);
        for (const strategy of STRATEGIES) {
          const r = solveAssignment({ ...inst, objective }, { strategy });
          expectValid(inst, r);
          expect({ seed, objective, strategy, total: r.total, matched: r.matched }).toEqual({
            seed,
            objective,
            strategy,
            ...best,
          });
        }
      }
    }
  });

  it('stays exact when the sparse certificate fails and the graph grows to every edge', () => {
    const inst = smallInstance(4872); // known to need all four sparse rounds
    let maxRounds = 0;
    for (const objective of OBJECTIVES) {
      const stats = {} as CoreStats;
      const r = solveAssignment({ ...inst, objective }, { strategy: 'sparse', stats });
      maxRounds = Math.max(maxRounds, stats.rounds);
      expectValid(inst, r);
      expect([r.total, r.matched]).toEqual(Object.values(bruteForce(inst, objective)));
    }
    expect(maxRounds).toBe(4);
  });

  it('best-total prefers more matches among equal totals; most-matched trades score for matches', () => {
    const inst: Instance = {
      menteeIds: ['A', 'B', 'C'],
      mentors: [
        { id: 'X', capacity: 1 },
        { id: 'Y', capacity: 2 },
      ],
      scores: [
        [100, 0],
        [60, null],
        [null, 0],
      ],
      locked: [],
    };
    const bt = solveAssignment({ ...inst, objective: 'best-total' });
    expect([bt.total, bt.matched]).toEqual([100, 2]); // A-X, C-Y at score 0; B left out
    expect(bt.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['A-X', 'C-Y']);
    const mm = solveAssignment({ ...inst, objective: 'most-matched' });
    expect([mm.total, mm.matched]).toEqual([60, 3]); // A-Y, B-X, C-Y
  });
});

describe('solveAssignment: medium and large instances', () => {
  /** Popular-mentor scores: a shared quality per mentor plus per-pair noise, 10% null. */
  function popularInstance(seed: number, n: number, m: number, capacity: number): Instance {
    const rand = prng(seed);
    const quality = Array.from({ length: m }, () => 20 + 60 * rand());
    return {
      menteeIds: Array.from({ length: n }, (_, i) => `E${i}`),
      mentors: Array.from({ length: m }, (_, j) => ({ id: `M${j}`, capacity })),
      scores: Array.from({ length: n }, () =>
        quality.map((q) =>
          rand() < 0.1 ? null : Math.min(100, Math.max(0, Math.round(q + 40 * (rand() - 0.5)))),
        ),
      ),
      locked: [],
    };
  }

  it('dense and sparse paths reach the same optimum on 60 medium instances', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rand = prng(1000 + seed);
      const n = int(rand, 20, 120);
      const m = int(rand, 3, 30);
      const inst =
        seed % 2 === 0
          ? popularInstance(seed, n, m, int(rand, 1, 5))
          : smallInstance(seed * 7919, n, m);
      for (const objective of OBJECTIVES) {
        const a = solveAssignment({ ...inst, objective }, { strategy: 'dense' });
        const b = solveAssignment({ ...inst, objective }, { strategy: 'sparse' });
        expectValid(inst, a);
        expectValid(inst, b);
        expect([b.total, b.matched]).toEqual([a.total, a.matched]);
      }
    }
  });

  it('has an optimality check that catches a worse assignment', () => {
    const inst: Instance = {
      menteeIds: ['A', 'B'],
      mentors: [
        { id: 'X', capacity: 1 },
        { id: 'Y', capacity: 1 },
      ],
      scores: [
        [100, 90],
        [95, 0],
      ],
      locked: [],
    };
    const best = solveAssignment({ ...inst, objective: 'best-total' });
    expect(best.total).toBe(185);
    expect(hasImprovingCycle(inst, best, 'best-total')).toBe(false);
    const worse: SolverResult = {
      ...best,
      total: 100,
      pairs: [
        { mentee: 'A', mentor: 'X', score: 100, locked: false },
        { mentee: 'B', mentor: 'Y', score: 0, locked: false },
      ],
    };
    expect(hasImprovingCycle(inst, worse, 'best-total')).toBe(true);
    const fewer: SolverResult = {
      ...best,
      total: 100,
      matched: 1,
      pairs: [{ mentee: 'A', mentor: 'X', score: 100, locked: false }],
      unmatched: [{ mentee: 'B', reason: '' }],
      load: [1, 0],
    };
    expect(hasImprovingCycle(inst, fewer, 'best-total')).toBe(true);
  });

  it('has a certificate that throws on broken duals, not only on negative reduced costs', () => {
    // Rows A, B; mentors X (1 seat), Y (2 seats); costs are minus the weights, column 2 is
    // "unmatched".
    // Optimum: A-Y (-90), B-X (-95), Y keeps a free seat, so v[Y] must be 0.
    const cost = Float64Array.from([-100, -90, 0, -95, -10, 0]);
    const optimal = (): State => {
      const st = createState(cost, 2, 2, [1, 2]);
      seat(st, 0, 1);
      seat(st, 1, 0);
      st.u.set([-90, -85]);
      st.v.set([-10, 0, 0]);
      return st;
    };
    const good = optimal();
    expect(certify(good, denseGraph(good), 2)).toBeNull();

    // A worse assignment (A-Y, B-Y: -100) that every reduced cost accepts, with X left free at
    // dual -85 (a hole repairHoles should have closed). Only the free-seat condition catches it.
    const hole = createState(cost, 2, 2, [1, 2]);
    seat(hole, 0, 1);
    seat(hole, 1, 1);
    hole.u.set([-90, -10]);
    hole.v.set([-85, 0, 0]);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 3; j++) {
        expect(
          (cost[i * 3 + j] as number) - (hole.u[i] as number) - (hole.v[j] as number),
        ).toBeGreaterThanOrEqual(0);
      }
    }
    expect(() => certify(hole, denseGraph(hole), 2)).toThrow(
      'solver invariant broken: mentor 0 has a free seat but dual -85, not 0',
    );

    // Each corruption keeps the other conditions (seated pairs tight where it can), so the
    // message names the condition it breaks.
    const corruptions: [string, (st: State) => void][] = [
      ['mentor 1 has a free seat', (st) => (st.v.set([-10, -1]), st.u.set([-89, -85]))],
      ['mentor 0 has dual 5 > 0', (st) => (st.v.set([5, 0]), st.u.set([-90, -100]))],
      ['row 1 has dual 5 > 0', (st) => (st.v.set([-100, 0]), st.u.set([-90, 5]))],
      ['seated pair (0, 1) has reduced cost -1', (st) => void (st.u[0] = -89)],
      ['"unmatched" column has dual -1', (st) => void (st.v[2] = -1)],
      ['row 1 is not seated', (st) => void (st.col[1] = -1)],
      ['unmatched row 1 has dual -85', (st) => void (st.col[1] = 2)],
    ];
    for (const [message, corrupt] of corruptions) {
      const st = optimal();
      corrupt(st);
      expect(() => certify(st, denseGraph(st), 2)).toThrow(/^solver invariant broken: /);
      expect(() => certify(st, denseGraph(st), 2)).toThrow(message);
    }
  });

  it('solves 2,000 × 600 (capacity 4) to a certified optimum, both objectives', () => {
    const inst = popularInstance(42, 2000, 600, 4);
    for (const objective of OBJECTIVES) {
      const r = solveAssignment({ ...inst, objective });
      expectValid(inst, r);
      expect(r.matched).toBe(2000);
      expect(hasImprovingCycle(inst, r, objective)).toBe(false);
    }
  });
});

/**
 * Independent optimality check: an assignment is optimal iff no cycle of moves improves it
 * (negative cycle in the residual graph). Nodes are mentors, U (unmatched) and T (spare seats);
 * moving a free mentee from node a to node b costs w(a) - w(b) under the objective's weights.
 * Bellman-Ford on the node graph (edges aggregated by minimum).
 */
function hasImprovingCycle(inst: Instance, r: SolverResult, objective: Objective): boolean {
  const n = inst.menteeIds.length;
  const m = inst.mentors.length;
  const F = n - inst.locked.length;
  const weight = (s: number): number =>
    objective === 'best-total' ? s * (F + 1) + 1 : s + 100 * F + 1;
  const U = m;
  const T = m + 1;
  const V = m + 2;
  const W = new Float64Array(V * V).fill(Infinity);
  const edge = (a: number, b: number, c: number): void => {
    if (c < (W[a * V + b] as number)) W[a * V + b] = c;
  };
  const mentorIndex = new Map(inst.mentors.map((mt, j) => [mt.id, j]));
  const at = new Map(r.pairs.filter((p) => !p.locked).map((p) => [p.mentee, p]));
  const lockedSet = new Set(inst.locked.map((l) => l.mentee));
  for (let i = 0; i < n; i++) {
    const id = inst.menteeIds[i] as string;
    if (lockedSet.has(id)) continue;
    const p = at.get(id);
    const a = p ? (mentorIndex.get(p.mentor) as number) : U;
    const wa = p ? weight(p.score) : 0;
    const row = inst.scores[i] as (number | null)[];
    for (let b = 0; b < m; b++) {
      const s = row[b];
      if (b !== a && s !== null && s !== undefined) edge(a, b, wa - weight(s));
    }
    if (a !== U) edge(a, U, wa);
  }
  for (let j = 0; j < m; j++) {
    const cap = (inst.mentors[j] as { capacity: number }).capacity;
    const load = r.load[j] as number;
    if (load < cap) edge(j, T, 0);
    if (load > 0) edge(T, j, 0);
  }
  edge(U, T, 0);
  if (r.unmatched.length > 0) edge(T, U, 0);
  const d = new Float64Array(V); // virtual source to every node at 0
  for (let pass = 0; pass <= V; pass++) {
    let changed = false;
    for (let a = 0; a < V; a++) {
      const da = d[a] as number;
      for (let b = 0; b < V; b++) {
        const c = W[a * V + b] as number;
        if (c !== Infinity && da + c < (d[b] as number)) {
          d[b] = da + c;
          changed = true;
        }
      }
    }
    if (!changed) return false;
  }
  return true;
}

describe('solveAssignment: locks', () => {
  const base: SolverInput & Nested = {
    menteeIds: ['A', 'B', 'C', 'D'],
    mentors: [
      { id: 'M1', capacity: 1 },
      { id: 'M7', capacity: 2 },
    ],
    scores: [
      [90, 10],
      [80, 20],
      [null, 30],
      [70, 40],
    ],
    locked: [],
    objective: 'best-total',
  };

  it('keeps locked pairs, which consume capacity, and optimises the rest around them', () => {
    const r = solveAssignment({ ...base, locked: [{ mentee: 'B', mentor: 'M1' }] });
    expect(r.pairs).toContainEqual({ mentee: 'B', mentor: 'M1', score: 80, locked: true });
    expect(r.pairs.filter((p) => p.mentor === 'M1')).toHaveLength(1);
    expect(r.total).toBe(80 + 30 + 40); // M7 takes C and D
  });

  const rejects = (locked: SolverInput['locked'], ...parts: string[]): void => {
    let error: unknown;
    try {
      solveAssignment({ ...base, locked });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SolverInputError);
    for (const part of parts) expect((error as Error).message).toContain(part);
  };

  it('rejects a lock on a pair a hard rule forbids', () => {
    rejects([{ mentee: 'C', mentor: 'M1' }], 'locked pair C → M1', 'not allowed');
  });
  it('rejects a lock naming an unknown mentee or mentor', () => {
    rejects([{ mentee: 'Z', mentor: 'M1' }], 'locked pair Z → M1', 'unknown mentee "Z"');
    rejects([{ mentee: 'A', mentor: 'M9' }], 'locked pair A → M9', 'unknown mentor "M9"');
  });
  it('rejects a mentee locked twice', () => {
    rejects(
      [
        { mentee: 'A', mentor: 'M7' },
        { mentee: 'A', mentor: 'M1' },
      ],
      'locked pair A → M1',
      'mentee A is locked twice (to M7 and to M1)',
    );
  });
  it('rejects more locks than a mentor has seats', () => {
    rejects(
      [
        { mentee: 'A', mentor: 'M7' },
        { mentee: 'B', mentor: 'M7' },
        { mentee: 'C', mentor: 'M7' },
      ],
      'mentor M7 has capacity 2 but 3 locked mentees: A, B, C',
    );
  });
  it('lists every problem when several locks are bad', () => {
    let error: unknown;
    try {
      solveAssignment({
        ...base,
        locked: [
          { mentee: 'C', mentor: 'M1' },
          { mentee: 'Q', mentor: 'M7' },
        ],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SolverInputError);
    expect((error as SolverInputError).problems).toHaveLength(2);
    expect((error as Error).message).toMatch(/^2 problems:\n- locked pair C → M1/);
  });
  it('solves the compact grid form exactly as the nested form, and checks its shape', () => {
    const grid = gridOf(base.scores, base.mentors.length);
    expect(solveAssignment({ ...base, scores: grid })).toEqual({
      ...solveAssignment(base),
      solveMs: expect.any(Number) as number,
    });
    expect(() => solveAssignment({ ...base, scores: { ...grid, rows: grid.rows - 1 } })).toThrow(
      /scores is 3 × \d+ but there are 4 mentees/,
    );
  });

  it('rejects a malformed matrix', () => {
    expect(() => solveAssignment({ ...base, scores: base.scores.slice(1) })).toThrow(
      'scores has 3 rows but there are 4 mentees',
    );
    expect(() =>
      solveAssignment({
        ...base,
        scores: [
          [90, 10],
          [80, 20.5],
          [null, 30],
          [70, 40],
        ],
      }),
    ).toThrow('score for mentee B with mentor M7 is 20.5');
  });
});

describe('solveAssignment: determinism and ties', () => {
  it('returns the same result for the same input (apart from solveMs)', () => {
    for (const seed of [3, 17, 99]) {
      const inst = smallInstance(seed, 40, 12);
      for (const objective of OBJECTIVES) {
        const { solveMs: _a, ...first } = solveAssignment({ ...inst, objective });
        const { solveMs: _b, ...second } = solveAssignment({ ...inst, objective });
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }
    }
  });

  it('is deterministic on the sparse (contested) path too', () => {
    const rand = prng(5);
    const quality = Array.from({ length: 40 }, () => 20 + 60 * rand());
    const inst: Instance = {
      menteeIds: Array.from({ length: 150 }, (_, i) => `E${i}`),
      mentors: quality.map((_, j) => ({ id: `M${j}`, capacity: 4 })),
      scores: Array.from({ length: 150 }, () =>
        quality.map((q) => (rand() < 0.1 ? null : Math.round(q + 10 * (rand() - 0.5)))),
      ),
      locked: [],
    };
    for (const objective of OBJECTIVES) {
      const { solveMs: _a, ...first } = solveAssignment(
        { ...inst, objective },
        { strategy: 'sparse' },
      );
      const { solveMs: _b, ...second } = solveAssignment(
        { ...inst, objective },
        { strategy: 'sparse' },
      );
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    }
  });

  it('gives a mentee the lowest-index mentor among equally good ones', () => {
    const r = solveAssignment({
      menteeIds: ['A', 'B'],
      mentors: [
        { id: 'X', capacity: 1 },
        { id: 'Y', capacity: 1 },
        { id: 'Z', capacity: 1 },
      ],
      scores: [
        [50, 50, 50],
        [50, 50, 50],
      ],
      locked: [],
      objective: 'best-total',
    });
    expect(r.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['A-X', 'B-Y']);
  });

  it('lets the lowest-index mentee keep a contested last seat', () => {
    const r = solveAssignment({
      menteeIds: ['A', 'B', 'C'],
      mentors: [{ id: 'X', capacity: 1 }],
      scores: [[70], [70], [70]],
      locked: [],
      objective: 'most-matched',
    });
    expect(r.pairs.map((p) => p.mentee)).toEqual(['A']);
    expect(r.unmatched.map((u) => u.mentee)).toEqual(['B', 'C']);
  });
});

describe('solveAssignment: unmatched reasons', () => {
  it('says why a mentee is left out', () => {
    const r = solveAssignment({
      menteeIds: ['A', 'B', 'C', 'D', 'E'],
      mentors: [
        { id: 'M1', capacity: 1 },
        { id: 'M2', capacity: 0 },
        { id: 'M3', capacity: 1 },
      ],
      scores: [
        [90, null, 80],
        [85, null, 75],
        [null, null, null],
        [10, 50, 10],
        [null, null, 5],
      ],
      locked: [],
      objective: 'best-total',
    });
    expect(r.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['A-M1', 'B-M3']);
    expect(r.unmatched).toEqual([
      { mentee: 'C', reason: 'no eligible mentor' },
      { mentee: 'D', reason: 'every eligible mentor is full: M1 (1/1), M2 (0/0), M3 (1/1)' },
      { mentee: 'E', reason: 'every eligible mentor is full: M3 (1/1)' },
    ]);
  });

  it('shortens long lists of full mentors', () => {
    const m = 14;
    const r = solveAssignment({
      menteeIds: ['A'],
      mentors: Array.from({ length: m }, (_, j) => ({ id: `M${j}`, capacity: 0 })),
      scores: [Array.from({ length: m }, () => 50)],
      locked: [],
      objective: 'best-total',
    });
    expect(r.unmatched[0]?.reason).toMatch(
      /^every eligible mentor is full: M0 \(0\/0\), .*M9 \(0\/0\) and 4 more$/,
    );
  });
});

describe('topMentors', () => {
  const mentors = [
    { id: 'M0', capacity: 2 },
    { id: 'M1', capacity: 1 },
    { id: 'M2', capacity: 3 },
    { id: 'M3', capacity: 1 },
  ];
  it('ranks allowed mentors by score, ties by index, with seats left', () => {
    expect(topMentors([70, null, 90, 70], mentors, [2, 0, 1, 0])).toEqual([
      { mentor: 'M2', index: 2, score: 90, remaining: 2, full: false },
      { mentor: 'M0', index: 0, score: 70, remaining: 0, full: true },
      { mentor: 'M3', index: 3, score: 70, remaining: 1, full: false },
    ]);
  });
  it('honours k and skips forbidden mentors', () => {
    expect(topMentors([null, 10, null, 20], mentors, [0, 0, 0, 0], 1)).toEqual([
      { mentor: 'M3', index: 3, score: 20, remaining: 1, full: false },
    ]);
    expect(topMentors([null, null, null, null], mentors, [0, 0, 0, 0])).toEqual([]);
  });
});
