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
 * Algorithm: primal-dual min-cost flow (Hungarian method) on mentor nodes with capacities instead
 * of one column per seat.
 * - Duals `u[i]` (rows) and `v[j]` (columns) keep every reduced cost `c[i][j] - u[i] - v[j]`
 *   non-negative and zero on assigned pairs, with `v[j] <= 0` and `v[j] = 0` while mentor `j` has
 *   a free seat. These are the LP optimality conditions, so the final assignment is optimal. All
 *   values are integers held in doubles (exact below 2^53).
 * - Warm start (row reduction): each row, in index order, takes the lowest-index column among its
 *   cheapest ones that still has a seat; rows whose cheapest columns are all full wait.
 * - Phases: one Dijkstra search over mentor nodes from all waiting rows at once (settling a full
 *   mentor relaxes through the rows it holds; the search stops at the first column with a free
 *   seat), a dual update that makes every shortest augmenting path "tight" (zero reduced cost),
 *   then depth-first searches over tight edges from the waiting rows, in index order, each
 *   augmenting along the first tight path it finds. Each phase seats at least one row, often many.
 *
 * Tie rule (deterministic): Dijkstra takes the closest column, a free one first among equals,
 * then the lowest index. A depth-first search first looks for a tight column with a free seat
 * (lowest index) and only then tries to move a seated row (columns by index, their rows in seat
 * order), so a seated row is never displaced when an equally good free seat exists.
 */

/** Work counters, filled in when passed to `solveCore` (for benchmarks and tuning). */
export interface CoreStats {
  /** Rows seated by the warm start. */
  warmSeated: number;
  /** Primal-dual phases (Dijkstra searches). */
  phases: number;
  /** Mentor nodes settled over all searches. */
  settled: number;
}

interface State {
  n: number;
  M: number;
  D: number;
  cost: Float64Array;
  cap: Int32Array;
  off: Int32Array;
  load: Int32Array;
  slotRow: Int32Array;
  slotOf: Int32Array;
  col: Int32Array;
  u: Float64Array;
  v: Float64Array;
  live: Int32Array;
  nLive: number;
}

/** Solves the instance; returns, per row, the assigned mentor or -1 (unmatched). */
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

  // Columns worth searching: mentors with at least one seat, then the dummy column.
  const live = new Int32Array(M);
  let nLive = 0;
  for (let j = 0; j < m; j++) if ((cap[j] as number) > 0) live[nLive++] = j;
  live[nLive++] = D;

  const st: State = {
    n,
    M,
    D,
    cost,
    cap,
    off,
    load: new Int32Array(M),
    slotRow: new Int32Array(seats), // rows of mentor j: slotRow[off[j] .. off[j] + load[j])
    slotOf: new Int32Array(n).fill(-1),
    col: new Int32Array(n).fill(-1),
    u: new Float64Array(n),
    v: new Float64Array(M),
    live,
    nLive,
  };

  const waiting = new Int32Array(n);
  const nWaiting = warmStart(st, waiting);
  if (stats) {
    stats.warmSeated = n - nWaiting;
    stats.phases = 0;
    stats.settled = 0;
  }
  if (nWaiting > 0) augmentAll(st, waiting.subarray(0, nWaiting), stats);

  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = st.col[i] as number;
    out[i] = c === D ? -1 : c;
  }
  return out;
}

/** Row reduction: seat each row at a cheapest column with room; returns how many rows wait. */
function warmStart(st: State, waiting: Int32Array): number {
  const { n, M, D, cost, cap, off, load, slotRow, slotOf, col, u, live, nLive } = st;
  let nWaiting = 0;
  for (let i = 0; i < n; i++) {
    const base = i * M;
    let minC = Infinity;
    let pick = -1;
    let pickHasRoom = false;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const c = cost[base + j] as number;
      if (c < minC) {
        minC = c;
        pick = j;
        pickHasRoom = (load[j] as number) < (cap[j] as number);
      } else if (c === minC && !pickHasRoom && (load[j] as number) < (cap[j] as number)) {
        pick = j;
        pickHasRoom = true;
      }
    }
    u[i] = minC;
    if (pickHasRoom) {
      col[i] = pick;
      if (pick !== D) {
        const s = (off[pick] as number) + (load[pick] as number);
        slotRow[s] = i;
        slotOf[i] = s;
      }
      load[pick]++;
    } else {
      waiting[nWaiting++] = i;
    }
  }
  return nWaiting;
}

/** Seats every waiting row (ascending indices) by primal-dual phases. */
function augmentAll(st: State, waitingRows: Int32Array, stats: CoreStats | undefined): void {
  const { n, M, D, cost, cap, off, load, slotRow, col, u, v, live, nLive } = st;

  const wRows = Int32Array.from(waitingRows);
  let nW = wRows.length;
  const isWaiting = new Uint8Array(n);
  for (let w = 0; w < nW; w++) isWaiting[wRows[w] as number] = 1;

  // Cheapest waiting row per column (lowest index among equals): the Dijkstra start labels.
  const colMin = new Float64Array(M).fill(Infinity);
  const bestRow = new Int32Array(M).fill(-1);
  for (let w = 0; w < nW; w++) {
    const i = wRows[w] as number;
    const base = i * M;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const c = cost[base + j] as number;
      if (c < (colMin[j] as number)) {
        colMin[j] = c;
        bestRow[j] = i;
      }
    }
  }

  const spc = new Float64Array(M); // shortest path cost to each column
  const path = new Int32Array(M); // row that last improved spc[j]
  const rootOf = new Int32Array(M); // waiting row at the start of that path
  const remaining = new Int32Array(M);
  const settledRows = new Int32Array(n);
  const settledCols = new Int32Array(M);
  const starts = new Int32Array(n);
  const startMark = new Int32Array(n);
  const visited = new Int32Array(n);
  const dfs: DfsStack = {
    row: new Int32Array(n + 1),
    t: new Int32Array(n + 1),
    s: new Int32Array(n + 1),
  };

  let phase = 0;
  while (nW > 0) {
    phase++;
    // 1. Dijkstra from all waiting rows (each at distance 0, its own dual taken as 0).
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      spc[j] = (colMin[j] as number) - (v[j] as number);
      path[j] = bestRow[j] as number;
      remaining[t] = j;
    }
    let nRem = nLive;
    let nSR = 0;
    let nSC = 0;
    let dMax = 0;
    for (;;) {
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
      settledCols[nSC++] = j;
      const r = path[j] as number;
      rootOf[j] = isWaiting[r] === 1 ? r : (rootOf[col[r] as number] as number);
      if (bestFree) {
        dMax = lowest;
        break;
      }
      const end = (off[j] as number) + (load[j] as number);
      for (let s = off[j] as number; s < end; s++) {
        const k = slotRow[s] as number;
        settledRows[nSR++] = k;
        relax(cost, M, u, v, spc, path, remaining, nRem, k, lowest);
      }
    }
    if (stats) {
      stats.phases++;
      stats.settled += nSC;
    }

    // 2. Dual update: every shortest augmenting path now has zero reduced cost.
    for (let s = 0; s < nSR; s++) {
      const k = settledRows[s] as number;
      u[k] = (u[k] as number) + dMax - (spc[col[k] as number] as number);
    }
    for (let s = 0; s < nSC; s++) {
      const j = settledCols[s] as number;
      v[j] = (v[j] as number) - (dMax - (spc[j] as number));
    }
    for (let w = 0; w < nW; w++) u[wRows[w] as number] = dMax;

    // 3. Start rows: roots of shortest paths to free columns at distance dMax, ascending.
    let nStarts = 0;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      if ((spc[j] as number) !== dMax || (load[j] as number) >= (cap[j] as number)) continue;
      const r = path[j] as number;
      const root = isWaiting[r] === 1 ? r : (rootOf[col[r] as number] as number);
      if (startMark[root] !== phase) {
        startMark[root] = phase;
        starts[nStarts++] = root;
      }
    }
    starts.subarray(0, nStarts).sort();

    // 4. Augment along tight paths, each row visited at most once per phase.
    let seated = 0;
    for (let s = 0; s < nStarts; s++) {
      const i = starts[s] as number;
      if (visited[i] === phase) continue;
      if (augmentTight(st, dfs, visited, phase, i)) {
        isWaiting[i] = 0;
        seated++;
      }
    }
    if (seated === 0) throw new Error('solver invariant broken: phase seated no row');

    // 5. Drop seated rows from the waiting list and refresh the column minima they held.
    let w2 = 0;
    for (let w = 0; w < nW; w++) {
      const i = wRows[w] as number;
      if (isWaiting[i] === 1) wRows[w2++] = i;
    }
    nW = w2;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const b = bestRow[j] as number;
      if (b < 0 || isWaiting[b] === 1) continue;
      let best = Infinity;
      let who = -1;
      for (let w = 0; w < nW; w++) {
        const i = wRows[w] as number;
        const c = cost[i * M + j] as number;
        if (c < best) {
          best = c;
          who = i;
        }
      }
      colMin[j] = best;
      bestRow[j] = who;
    }
  }
  void D;
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

interface DfsStack {
  row: Int32Array;
  /** Next live-column position to try at this depth (-1: free columns not checked yet). */
  t: Int32Array;
  /** Next seat of that column to try. */
  s: Int32Array;
}

/**
 * Depth-first search over tight edges from waiting row `i0` for a column with a free seat; on
 * success, flips the path (each row on it takes the seat of the next one) and returns true.
 */
function augmentTight(
  st: State,
  stack: DfsStack,
  visited: Int32Array,
  phase: number,
  i0: number,
): boolean {
  const { M, D, cost, cap, off, load, slotRow, slotOf, col, u, v, live, nLive } = st;
  const sRow = stack.row;
  const sT = stack.t;
  const sS = stack.s;
  let depth = 0;
  sRow[0] = i0;
  sT[0] = -1;
  visited[i0] = phase;
  while (depth >= 0) {
    const k = sRow[depth] as number;
    const kb = k * M;
    const uk = u[k] as number;
    if (sT[depth] === -1) {
      for (let t = 0; t < nLive; t++) {
        const j = live[t] as number;
        if (
          (load[j] as number) < (cap[j] as number) &&
          (cost[kb + j] as number) - uk - (v[j] as number) === 0
        ) {
          // Flip: the deepest row takes a new seat at j, each other row the seat of the next.
          let tc = j;
          let ts = j === D ? -1 : (off[j] as number) + (load[j] as number);
          load[j]++;
          for (let x = depth; x >= 0; x--) {
            const r = sRow[x] as number;
            const pc = col[r] as number;
            const ps = slotOf[r] as number;
            col[r] = tc;
            slotOf[r] = ts;
            if (ts >= 0) slotRow[ts] = r;
            tc = pc;
            ts = ps;
          }
          return true;
        }
      }
      sT[depth] = 0;
      sS[depth] = 0;
    }
    let t = sT[depth] as number;
    let s = sS[depth] as number;
    let next = -1;
    const own = col[k] as number;
    while (t < nLive) {
      const j = live[t] as number;
      if (
        s === 0 &&
        (j === own ||
          (load[j] as number) < (cap[j] as number) ||
          (cost[kb + j] as number) - uk - (v[j] as number) !== 0)
      ) {
        t++;
        continue;
      }
      const first = off[j] as number;
      const cnt = load[j] as number;
      while (s < cnt) {
        const k2 = slotRow[first + s] as number;
        s++;
        if (visited[k2] !== phase) {
          next = k2;
          break;
        }
      }
      if (next >= 0) break;
      t++;
      s = 0;
    }
    if (next >= 0) {
      sT[depth] = t;
      sS[depth] = s;
      visited[next] = phase;
      depth++;
      sRow[depth] = next;
      sT[depth] = -1;
    } else {
      depth--;
    }
  }
  return false;
}
