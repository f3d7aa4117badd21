/**
 * Numeric core of the assignment solver: exact minimum-cost assignment of rows (mentees) to
 * capacitated columns (mentors), on typed arrays only. Pure: no I/O, no Node APIs.
 *
 * Model. `cost` is a flat row-major matrix with `n` rows and `m + 1` columns. Columns 0..m-1 are
 * mentors (capacity `capacity[j]`); column `m` is a dummy "leave unmatched" column with unlimited
 * capacity whose cost must be 0. A real cost must be a negative integer (minus the weight of the
 * pair) or `+Infinity` for a forbidden pair. Every row is assigned to exactly one column, so the
 * minimum total cost is the maximum total weight, rows on the dummy column being unmatched.
 *
 * Algorithm. Successive shortest augmenting paths with dual potentials (Hungarian method in the
 * form of Crouse 2016 / SciPy's `linear_sum_assignment`), run on mentor nodes with capacities
 * instead of one column per seat:
 * - Duals `u[i]` (rows) and `v[j]` (columns) keep every reduced cost `c[i][j] - u[i] - v[j]`
 *   non-negative and zero on assigned pairs; `v[j] <= 0`, and `v[j] = 0` while mentor `j` has a
 *   free seat. Together these are the LP optimality conditions, so the final assignment is
 *   optimal. All values are integers held in doubles (exact below 2^53).
 * - Warm start (row reduction): each row, in index order, takes a cheapest column that still has
 *   room (lowest index among equal costs); rows whose cheapest columns are all full wait.
 * - Each waiting row, in index order, is inserted by Dijkstra over mentor nodes: settling a full
 *   mentor relaxes through the rows it holds; the search stops at the first mentor with a free seat
 *   (or the dummy column), then duals are updated and the path is flipped.
 *
 * Tie rule (deterministic): the minimum is taken over columns in ascending index order, preferring
 * a column with a free seat among equal distances, and a distance label is only replaced by a
 * strictly smaller one, so a row that already holds a seat is never displaced by an equally good
 * alternative.
 */

/** Exact-bid auction steps allowed per row before the remaining rows go to shortest paths. */
const BID_BUDGET_PER_ROW = Number(process.env.BUDGET ?? 8);
const EVICT_ON_TIE = process.env.EVICT === '1';

/** Work counters, filled in when passed to `solveCore` (for benchmarks and tuning). */
export interface CoreStats {
  /** Auction bids made in the warm start. */
  bids: number;
  /** Rows left for the shortest-path phase. */
  augmentations: number;
  /** Mentor nodes settled over all shortest-path searches. */
  settled: number;
}

/** Solves the instance; returns, per row, the assigned column or -1 (unmatched). */
export function solveCore(
  cost: Float64Array,
  n: number,
  m: number,
  capacity: ArrayLike<number>,
  stats?: CoreStats,
): Int32Array {
  const M = m + 1;
  const D = m;
  if (cost.length !== n * M) throw new RangeError(`cost must have ${n} × ${M} entries`);

  const cap = new Int32Array(M);
  const off = new Int32Array(M);
  let seats = 0;
  for (let j = 0; j < m; j++) {
    const c = capacity[j] ?? 0;
    cap[j] = c;
    off[j] = seats;
    seats += c;
  }
  cap[D] = n + 1; // never full
  off[D] = seats;

  const slotRow = new Int32Array(seats); // rows held by mentor j: slotRow[off[j] .. off[j]+load[j])
  const slotOf = new Int32Array(n).fill(-1);
  const load = new Int32Array(M);
  const col = new Int32Array(n).fill(-1);
  const u = new Float64Array(n);
  const v = new Float64Array(M);

  // Columns worth searching: mentors with at least one seat, then the dummy column.
  const live = new Int32Array(M);
  let nLive = 0;
  for (let j = 0; j < m; j++) if (cap[j] > 0) live[nLive++] = j;
  live[nLive++] = D;

  // Warm start: an auction with exact (zero-epsilon) bids that keeps the duals feasible.
  // A free row scans its reduced values c[i][j] - v[j] (its "price-adjusted costs"): best column j1
  // (free seat first among equals, then lower index), second best j2. A column with a free seat
  // just takes it. A full mentor lowers v[j1] (raises its price) and evicts its weakest occupant
  // when the bidder's margin beats that occupant's slack; otherwise the price rises by the margin
  // and the bidder takes j2 if it has room, or waits for the exact phase. Slack (how much a seated
  // row prefers its seat over its next best column) is kept as a lower bound: slackBase[k] + v[a].
  const slackBase = new Float64Array(n);
  const waiting = new Int32Array(n);
  let nWaiting = 0;
  const queue = new Int32Array(n + 1);
  let qHead = 0;
  let qTail = 0;
  for (let i = 0; i < n; i++) queue[qTail++] = i;
  let budget = BID_BUDGET_PER_ROW * n;
  const seat = (i: number, j: number, slot: number, slack: number): void => {
    col[i] = j;
    if (j !== D) {
      if (slot < 0) {
        slot = (off[j] as number) + (load[j] as number);
        load[j]++;
      }
      slotRow[slot] = i;
      slotOf[i] = slot;
    } else {
      load[D]++;
    }
    slackBase[i] = slack - (v[j] as number);
  };
  while (qHead !== qTail) {
    const i = queue[qHead] as number;
    qHead = qHead === n ? 0 : qHead + 1;
    if (budget-- <= 0) {
      waiting[nWaiting++] = i;
      continue;
    }
    const base = i * M;
    let min1 = Infinity;
    let j1 = -1;
    let free1 = false;
    let min2 = Infinity;
    let j2 = -1;
    let free2 = false;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const val = (cost[base + j] as number) - (v[j] as number);
      if (val > min2 || val === Infinity) continue;
      const free = (load[j] as number) < (cap[j] as number);
      if (val < min1 || (val === min1 && free && !free1)) {
        min2 = min1;
        j2 = j1;
        free2 = free1;
        min1 = val;
        j1 = j;
        free1 = free;
      } else if (val < min2 || (free && !free2)) {
        min2 = val;
        j2 = j;
        free2 = free;
      }
    }
    // j1 >= 0: the dummy column is always live, finite and free; if j1 is a mentor, j2 >= 0.
    if (free1) {
      seat(i, j1, -1, min2 - min1);
      continue;
    }
    const margin = min2 - min1;
    // Weakest occupant e of j1 (smallest slack; the highest row index among equals), and the
    // second smallest slack.
    const first = off[j1] as number;
    const end = first + (load[j1] as number);
    let e = -1;
    let eBase = Infinity;
    let base2 = Infinity;
    for (let sl = first; sl < end; sl++) {
      const k = slotRow[sl] as number;
      const b = slackBase[k] as number;
      if (b < eBase || (b === eBase && k > e)) {
        base2 = eBase;
        eBase = b;
        e = k;
      } else if (b < base2) {
        base2 = b;
      }
    }
    const vj = v[j1] as number;
    if (e >= 0 && (margin > eBase + vj || (EVICT_ON_TIE && margin > 0))) {
      const delta = Math.min(margin, base2 + vj);
      v[j1] = vj - delta;
      const sl = slotOf[e] as number;
      col[e] = -1;
      slotOf[e] = -1;
      queue[qTail] = e;
      qTail = qTail === n ? 0 : qTail + 1;
      seat(i, j1, sl, margin - delta);
    } else {
      v[j1] = vj - margin;
      if (free2) seat(i, j2, -1, 0);
      else waiting[nWaiting++] = i;
    }
  }
  for (let i = 0; i < n; i++) {
    const a = col[i] as number;
    u[i] = a < 0 ? 0 : (cost[i * M + a] as number) - (v[a] as number);
  }
  waiting.subarray(0, nWaiting).sort();
  if (stats) {
    stats.bids = BID_BUDGET_PER_ROW * n - Math.max(0, budget);
    stats.augmentations = nWaiting;
    stats.settled = 0;
  }

  // Shortest augmenting paths for the waiting rows.
  const spc = new Float64Array(M); // shortest path cost to each column
  const path = new Int32Array(M); // row that last improved spc[j]
  const remaining = new Int32Array(M); // unsettled columns, ascending
  const settledRows = new Int32Array(n);
  const settledCols = new Int32Array(M);

  /** Relaxes every unsettled column from `row`, itself reached at distance `dist`. */
  const relax = (row: number, dist: number, nRem: number): void => {
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
  };

  for (let w = 0; w < nWaiting; w++) {
    const i0 = waiting[w] as number;
    remaining.set(live.subarray(0, nLive));
    let nRem = nLive;
    for (let t = 0; t < nRem; t++) spc[remaining[t] as number] = Infinity;
    let nSR = 0;
    let nSC = 0;
    let minVal = 0;
    let sink = -1;
    settledRows[nSR++] = i0;
    relax(i0, 0, nRem);

    for (;;) {
      // Pick the closest unsettled column; free seats first among equals, then lower index.
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
        relax(k, minVal, nRem);
      }
    }

    if (stats) stats.settled += nSC;
    // Dual update.
    u[i0] = (u[i0] as number) + minVal;
    for (let s = 1; s < nSR; s++) {
      const k = settledRows[s] as number;
      u[k] = (u[k] as number) + minVal - (spc[col[k] as number] as number);
    }
    for (let s = 0; s < nSC; s++) {
      const j = settledCols[s] as number;
      v[j] = (v[j] as number) - (minVal - (spc[j] as number));
    }

    // Flip the path: the sink gains a seat, every other mentor on it swaps one row for another.
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
  }

  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = col[i] as number;
    out[i] = c === D ? -1 : c;
  }
  return out;
}
