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
 * Algorithm: successive shortest augmenting paths with duals (the Hungarian method in the form of
 * Crouse 2016 / SciPy's `linear_sum_assignment`), run on mentor nodes with capacities instead of
 * one column per seat.
 * - Invariant: duals `u[i]` (rows) and `v[j]` (columns) keep every reduced cost
 *   `c[i][j] - u[i] - v[j]` non-negative and zero on seated pairs, with `v[j] <= 0` and `v[j] = 0`
 *   while mentor `j` has a free seat. These are the LP optimality conditions for the seated rows,
 *   so once every row is seated the assignment is optimal. All values are integers held in
 *   doubles (exact below 2^53).
 * - Warm start (solver-warm.ts): an ε-scaling auction estimates mentor prices; rows are seated at
 *   their exact cheapest column under those prices while seats last, and mentors left with a free
 *   seat drop their price to 0 (moving rows that then prefer them), which establishes the
 *   invariant. Rows that could not be seated wait.
 * - Each waiting row, in index order, is inserted by Dijkstra over mentor nodes: settling a full
 *   mentor relaxes through the rows it holds; the search stops at the first column with a free
 *   seat (or the dummy column); the duals are updated and the path is flipped.
 *
 * Tie rule (deterministic): every step scans rows and columns in ascending index order and keeps
 * the first of equal candidates; among equal distances Dijkstra prefers a column with a free seat,
 * and a label is only replaced by a strictly smaller one, so a seated row is not displaced for an
 * equally good alternative.
 */
import { auctionPrices, rowReduction, seatByPrices } from './solver-warm';
import { createState, type State } from './solver-state';

/** Work counters, filled in when passed to `solveCore` (for benchmarks and tuning). */
export interface CoreStats {
  /** Auction bids in the warm start. */
  bids: number;
  /** Rows left for the shortest-path phase. */
  augmentations: number;
  /** Mentor nodes settled over all shortest-path searches. */
  settled: number;
}

export interface CoreOptions {
  /** Cost of one score point (sets the auction's ε schedule; any value keeps results exact). */
  unit?: number;
  stats?: CoreStats;
}

export const HIST: number[] = [];
/** Solves the instance; returns, per row, the assigned mentor or -1 (unmatched). */
export function solveCore(
  cost: Float64Array,
  n: number,
  m: number,
  capacity: ArrayLike<number>,
  options: CoreOptions = {},
): Int32Array {
  const st = createState(cost, n, m, capacity);
  const waiting = new Int32Array(n);
  let nWaiting: number;
  let bids = 0;
  if (process.env.WARM === 'auction') {
    const auction = auctionPrices(st, options.unit ?? 1);
    nWaiting = seatByPrices(st, auction, waiting);
    bids = auction.bids;
  } else {
    nWaiting = rowReduction(st, waiting);
  }
  const stats = options.stats;
  if (stats) {
    stats.bids = bids;
    stats.augmentations = nWaiting;
    stats.settled = 0;
  }
  const scratch = createScratch(st);
  for (let w = 0; w < nWaiting; w++) {
    const settled = augmentRow(st, scratch, waiting[w] as number);
    if (stats) stats.settled += settled;
    if (process.env.HIST) HIST.push(settled);
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = st.col[i] as number;
    out[i] = c === st.D ? -1 : c;
  }
  return out;
}

interface Scratch {
  /** Shortest path cost to each column. */
  spc: Float64Array;
  /** Row that last improved spc[j]. */
  path: Int32Array;
  /** Unsettled columns, ascending. */
  remaining: Int32Array;
  settledRows: Int32Array;
  settledCols: Int32Array;
}

function createScratch(st: State): Scratch {
  return {
    spc: new Float64Array(st.M),
    path: new Int32Array(st.M),
    remaining: new Int32Array(st.M),
    settledRows: new Int32Array(st.n),
    settledCols: new Int32Array(st.M),
  };
}

/** Seats waiting row i0 along a shortest augmenting path; returns the number of settled columns. */
function augmentRow(st: State, sc: Scratch, i0: number): number {
  const { M, D, cost, cap, off, load, slotRow, slotOf, col, u, v, live, nLive } = st;
  const { spc, path, remaining, settledRows, settledCols } = sc;
  remaining.set(live.subarray(0, nLive));
  let nRem = nLive;
  for (let t = 0; t < nRem; t++) spc[remaining[t] as number] = Infinity;
  let nSR = 0;
  let nSC = 0;
  let minVal = 0;
  let sink = -1;
  settledRows[nSR++] = i0;
  relax(cost, M, u, v, spc, path, remaining, nRem, i0, 0);

  for (;;) {
    // Closest unsettled column; a free one first among equals, then the lower index.
    let lowest = Infinity;
    let bestT = -1;
    let bestFree = false;
    for (let t = 0; t < nRem; t++) {
      const j = remaining[t] as number;
      const d = spc[j] as number;
      if (d < lowest) {
        lowest = d;
        bestT = t;
        bestFree = (load[j] as number) < (cap[j] as number);
      } else if (d === lowest && !bestFree && (load[j] as number) < (cap[j] as number)) {
        bestT = t;
        bestFree = true;
      }
    }
    // The dummy column is always reachable and free, so bestT >= 0.
    if (bestT < 0) throw new Error('solver invariant broken: no augmenting path');
    const j = remaining[bestT] as number;
    remaining.copyWithin(bestT, bestT + 1, nRem);
    nRem--;
    minVal = lowest;
    settledCols[nSC++] = j;
    if (bestFree) {
      sink = j;
      break;
    }
    // A full mentor: continue through each row it holds (moving that row elsewhere).
    const end = (off[j] as number) + (load[j] as number);
    for (let s = off[j] as number; s < end; s++) {
      const k = slotRow[s] as number;
      settledRows[nSR++] = k;
      relax(cost, M, u, v, spc, path, remaining, nRem, k, minVal);
    }
  }

  // Dual update (i0 is at distance 0; other settled rows at their mentor's distance).
  u[i0] = (u[i0] as number) + minVal;
  for (let s = 1; s < nSR; s++) {
    const k = settledRows[s] as number;
    u[k] = (u[k] as number) + minVal - (spc[col[k] as number] as number);
  }
  for (let s = 0; s < nSC; s++) {
    const j = settledCols[s] as number;
    v[j] = (v[j] as number) - (minVal - (spc[j] as number));
  }

  // Flip the path: the sink gains a seat, each other mentor on it swaps one row for another.
  let j = sink;
  let slot = j === D ? -1 : (off[j] as number) + (load[j] as number);
  load[j]++;
  for (;;) {
    const i = path[j] as number;
    const pj = col[i] as number;
    const ps = slotOf[i] as number;
    col[i] = j;
    slotOf[i] = slot;
    if (slot >= 0) slotRow[slot] = i;
    if (i === i0) break;
    j = pj;
    slot = ps;
  }
  return nSC;
}

/** Relaxes every unsettled column from `row`, itself reached at distance `dist`. */
function relax(
  cost: Float64Array,
  M: number,
  u: Float64Array,
  v: Float64Array,
  spc: Float64Array,
  path: Int32Array,
  remaining: Int32Array,
  nRem: number,
  row: number,
  dist: number,
): void {
  const base = dist - (u[row] as number);
  const rb = row * M;
  for (let t = 0; t < nRem; t++) {
    const j = remaining[t] as number;
    const r = base + (cost[rb + j] as number) - (v[j] as number);
    if (r < (spc[j] as number)) {
      spc[j] = r;
      path[j] = row;
    }
  }
}
