/**
 * Numeric core of the assignment solver: exact minimum-cost assignment of rows (mentees) to
 * capacitated columns (mentors), on typed arrays only. Pure: no I/O, no Node APIs.
 *
 * Model. `cost` is a flat row-major matrix with `n` rows and `m + 1` columns. Columns 0..m-1 are
 * mentors (capacity `capacity[j]`); column `m` is a dummy "leave unmatched" column with unlimited
 * capacity whose cost must be 0. A real cost is a negative integer (minus the weight of the pair)
 * or `+Infinity` for a forbidden pair. Every row goes to exactly one column, so the minimum total
 * cost is the maximum total weight, rows on the dummy column being unmatched.
 *
 * Algorithm: successive shortest augmenting paths with duals (the Hungarian method, as in
 * Crouse 2016 / SciPy's `linear_sum_assignment`), run on mentor nodes with capacities instead of
 * one column per seat.
 * - Invariant: duals `u[i]` (rows) and `v[j]` (columns) keep every reduced cost
 *   `c[i][j] - u[i] - v[j]` non-negative on the edges searched (the dummy edge included, so
 *   `u[i] <= 0`, with `v[D] = 0`) and zero on seated pairs, with `v[j] <= 0`. On the dense path
 *   `v[j] = 0` also holds while mentor `j` has a free seat; the warm-started sparse path may leave
 *   a free seat with `v[j] < 0` (a "hole") until `repairHoles` has run, and only then does it hold.
 *   With every row seated and all of this holding on every allowed pair, these are the LP
 *   optimality conditions (complementary slackness), so the assignment is optimal; both paths
 *   check them at the end (`checkInvariants`, and `certify` on the sparse path), throwing if
 *   broken. All values are integers held in doubles (exact below 2^53).
 * - Start: row reduction (solver-dense.ts) seats each row at a cheapest mentor with room.
 * - Easy instances (small, or few rows left waiting): each waiting row, in index order, is
 *   inserted by Dijkstra over mentor nodes scanning every column (solver-dense.ts).
 * - Contested instances (many rows want the same mentors): an ε-scaling auction estimates mentor
 *   prices; each row keeps the mentors whose cost + price is near its best (solver-graph.ts); the
 *   same shortest paths run on that sparse graph with a heap (solver-sparse.ts), warm-started from
 *   the prices (lowered so the cheapest mentors start at 0): mentor duals start at minus the price,
 *   which seats most rows at once. A mentor still holding a free seat and a negative dual at the
 *   end is repaired by reverse shortest paths (solver-holes.ts), restoring `v = 0`. Then the
 *   certificate checks the invariants above (throwing if broken) and the reduced cost of EVERY
 *   allowed pair: if none is negative the duals certify optimality, otherwise the rows concerned
 *   get more edges and the graph is solved again (after a few rounds, on every edge). The
 *   auction only guides the search; exactness comes from the certificate.
 *
 * Tie rule (deterministic: same input, same output): rows are processed in index order, columns
 * scanned in ascending index order and the first of equal candidates kept; a seated row is never
 * displaced for an equally good alternative (labels are only replaced by strictly smaller ones,
 * and a column with a free seat is preferred among equal distances).
 */
import { augmentDense, createDenseScratch, rowReduction } from './solver-dense';
import { auctionPrices, certify, denseGraph, warmPrices, windowGraph } from './solver-graph';
import { repairHoles } from './solver-holes';
import { augmentSparse, createSparseScratch } from './solver-sparse';
import {
  checkInvariants,
  createState,
  resetState,
  seat,
  type Graph,
  type State,
} from './solver-state';

export type Strategy = 'auto' | 'dense' | 'sparse';

/** Work counters, filled in when passed to `solveCore` (for benchmarks and tuning). */
export interface CoreStats {
  /** Path taken: every column scanned, or a sparse candidate graph. */
  strategy: 'dense' | 'sparse';
  /** Rows left waiting by the first row reduction. */
  waiting: number;
  /** Graph rounds (sparse: 1 unless the certificate failed and edges were added). */
  rounds: number;
  /** Candidate edges in the last round (sparse). */
  edges: number;
  /** Rows inserted by shortest paths (summed over rounds). */
  augmentations: number;
  /** Mentor nodes settled over all shortest-path searches. */
  settled: number;
}

export interface CoreOptions {
  /** Cost of one score point (scales the auction and candidate window; results stay exact). */
  unit?: number;
  /** 'auto' (default) picks by size and contention; the others force a path (tests, benchmarks). */
  strategy?: Strategy;
  stats?: CoreStats;
}

/** At most this many cells always take the dense path. */
const DENSE_CELLS = 40_000;
/** Dense path while at most 1/CONTESTED_SHARE of the rows wait after row reduction. */
const CONTESTED_SHARE = 8;
/** Dense path on a large instance: settled mentors allowed per (row + mentor) before switching. */
const DENSE_SETTLE_BUDGET = 8;
/** Sparse rounds before the graph holds every allowed edge. */
const MAX_SPARSE_ROUNDS = 3;

/** Solves the instance; returns, per row, the assigned mentor or -1 (unmatched). */
export function solveCore(
  cost: Float64Array,
  n: number,
  m: number,
  capacity: ArrayLike<number>,
  options: CoreOptions = {},
): Int32Array {
  const st = createState(cost, n, m, capacity);
  const unit = options.unit ?? 1;
  const stats: CoreStats = options.stats ?? {
    strategy: 'dense',
    waiting: 0,
    rounds: 0,
    edges: 0,
    augmentations: 0,
    settled: 0,
  };
  stats.rounds = 1;
  stats.edges = 0;
  stats.augmentations = 0;
  stats.settled = 0;

  const waiting = rowReduction(st);
  stats.waiting = waiting.length;
  const strategy = options.strategy ?? 'auto';
  const small = n * m <= DENSE_CELLS;
  let dense =
    strategy === 'dense' ||
    (strategy === 'auto' && (small || waiting.length * CONTESTED_SHARE <= n));
  if (dense) {
    stats.strategy = 'dense';
    // In 'auto' on a large instance, give up on scanning every column if the searches turn out
    // long (contested after all) and take the sparse path instead.
    const budget = strategy === 'auto' && !small ? DENSE_SETTLE_BUDGET * (n + m) : Infinity;
    const sc = createDenseScratch(st);
    for (const i of waiting) {
      stats.augmentations++;
      stats.settled += augmentDense(st, sc, i);
      if (stats.settled > budget) {
        dense = false;
        break;
      }
    }
    // Scanning every column keeps every reduced cost non-negative, so only the O(n + M) half
    // of the certificate is checked here (the sparse path checks it in `certify`).
    if (dense) checkInvariants(st);
  }
  if (!dense) {
    stats.strategy = 'sparse';
    resetState(st);
    const auction = auctionPrices(st, unit);
    let g: Graph = windowGraph(st, unit, auction);
    const warm = warmPrices(st, unit, auction);
    for (;;) {
      stats.edges = g.col.length;
      solveGraph(st, g, warm, stats);
      const next = certify(st, g, 2 * unit);
      if (next === null) break;
      // On every edge the invariant is the certificate, so this cannot fail; never loop forever.
      if (stats.rounds > MAX_SPARSE_ROUNDS) {
        throw new Error('solver invariant broken: certificate failed on every edge');
      }
      stats.rounds++;
      g = stats.rounds > MAX_SPARSE_ROUNDS ? denseGraph(st) : next;
      resetState(st);
    }
  }

  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = st.col[i] as number;
    out[i] = c === st.D ? -1 : c;
  }
  return out;
}

/**
 * Seats every row optimally for graph `g`, warm-started from the auction's prices: mentor duals
 * start at minus the (rounded down) price, each row takes its cheapest reduced cost if that mentor
 * has room, shortest paths insert the others, and `repairHoles` brings every mentor left with a
 * free seat back to a zero dual.
 */
function solveGraph(st: State, g: Graph, prices: Float64Array, stats: CoreStats): void {
  const { n, D, cap, load, u, v, live, nLive } = st;
  // Any prices keep the duals feasible once each row's dual is its cheapest reduced cost.
  for (let t = 0; t < nLive; t++) {
    const j = live[t] as number;
    v[j] = -(prices[j] as number);
  }
  const waiting: number[] = [];
  for (let i = 0; i < n; i++) {
    let minR = 0; // the dummy column
    let pick = D;
    let room = true;
    const e1 = g.start[i + 1] as number;
    for (let e = g.start[i] as number; e < e1; e++) {
      const j = g.col[e] as number;
      const r = (g.cost[e] as number) - (v[j] as number);
      if (r < minR) {
        minR = r;
        pick = j;
        room = (load[j] as number) < (cap[j] as number);
      } else if (r === minR && !room && (load[j] as number) < (cap[j] as number)) {
        pick = j;
        room = true;
      }
    }
    u[i] = minR;
    if (room) seat(st, i, pick);
    else waiting.push(i);
  }
  const sc = createSparseScratch(st);
  for (const i of waiting) {
    stats.augmentations++;
    stats.settled += augmentSparse(st, g, sc, i);
  }
  stats.settled += repairHoles(st, g);
}
