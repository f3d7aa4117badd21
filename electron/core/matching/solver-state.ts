/**
 * Shared state of the assignment core (see solver-core.ts): the dense cost matrix with a trailing
 * dummy "unmatched" column, a sparse candidate graph, per-mentor seat lists and the dual values.
 */
export interface State {
  /** Rows (mentees). */
  n: number;
  /** Row stride of `cost`: mentors + 1. */
  M: number;
  /** Index of the dummy "unmatched" column (= number of mentors). */
  D: number;
  /** `cost[i * M + j]`: minus the weight of the pair, +Infinity if forbidden; column D is 0. */
  cost: Float64Array;
  cap: Int32Array;
  /** First seat of each mentor in `slotRow`. */
  off: Int32Array;
  load: Int32Array;
  /** Rows seated at mentor j: `slotRow[off[j] .. off[j] + load[j])`. */
  slotRow: Int32Array;
  /** Seat of each row, -1 if none (waiting, or on the dummy column). */
  slotOf: Int32Array;
  /** Column of each row, -1 while waiting. */
  col: Int32Array;
  /** Row duals. */
  u: Float64Array;
  /**
   * Column duals (minus the mentor's price), always <= 0. On the dense path a mentor with a free
   * seat keeps 0; the warm-started sparse path may leave a free seat with a negative dual (a
   * "hole") until `repairHoles` has run. `v[D]` stays 0.
   */
  v: Float64Array;
  /** Mentors with at least one seat, ascending (the dummy column is not listed). */
  live: Int32Array;
  nLive: number;
}

/** Candidate edges per row (compressed rows, columns ascending); the dummy edge is implicit. */
export interface Graph {
  start: Int32Array;
  col: Int32Array;
  cost: Float64Array;
}

export function createState(
  cost: Float64Array,
  n: number,
  m: number,
  capacity: ArrayLike<number>,
): State {
  const M = m + 1;
  const D = m;
  if (cost.length !== n * M) throw new RangeError(`cost must have ${n} × ${M} entries`);
  const cap = new Int32Array(M);
  const off = new Int32Array(M);
  let seats = 0;
  for (let j = 0; j < m; j++) {
    const c = capacity[j] ?? 0;
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`capacity ${j} is ${c}`);
    cap[j] = c;
    off[j] = seats;
    seats += c;
  }
  cap[D] = n + 1; // never full
  off[D] = seats;
  const live = new Int32Array(m);
  let nLive = 0;
  for (let j = 0; j < m; j++) if ((cap[j] as number) > 0) live[nLive++] = j;
  return {
    n,
    M,
    D,
    cost,
    cap,
    off,
    load: new Int32Array(M),
    slotRow: new Int32Array(seats),
    slotOf: new Int32Array(n).fill(-1),
    col: new Int32Array(n).fill(-1),
    u: new Float64Array(n),
    v: new Float64Array(M),
    live,
    nLive,
  };
}

/** Empties every seat and zeroes the duals (to solve again on a larger graph). */
export function resetState(st: State): void {
  st.load.fill(0);
  st.slotOf.fill(-1);
  st.col.fill(-1);
  st.u.fill(0);
  st.v.fill(0);
}

/** Seats row i at column j (which must have room). */
export function seat(st: State, i: number, j: number): void {
  st.col[i] = j;
  if (j !== st.D) {
    const s = (st.off[j] as number) + (st.load[j] as number);
    st.slotRow[s] = i;
    st.slotOf[i] = s;
  }
  st.load[j] = (st.load[j] as number) + 1;
}

/**
 * The complementary-slackness half of the optimality certificate, in O(n + M). The LP: minimise
 * the total cost with each row on exactly one column and each mentor's load at most its capacity
 * (the dummy column is never full); its dual maximises `sum u + sum cap * v` subject to
 * `u[i] + v[j] <= c[i][j]` on every allowed pair and `v[j] <= 0`. Given reduced costs
 * `c[i][j] - u[i] - v[j] >= 0` on every allowed mentor pair (checked separately, O(n·M)), the
 * assignment is optimal iff: every row is seated and no mentor over capacity; every seated pair
 * is tight (reduced cost 0); `v[j] <= 0`, and `v[j] = 0` for a mentor with a free seat; `v[D] = 0`
 * (never full), so the dummy edge's reduced cost is `-u[i]`: `u[i] <= 0`, and 0 for a row left
 * unmatched. Also checks the seat lists agree with `col` and `load`. A failure is a solver bug,
 * never a user error, so it throws.
 */
export function checkInvariants(st: State): void {
  const { n, M, D, cost, cap, off, load, slotRow, slotOf, col, u, v } = st;
  const broken = (what: string): never => {
    throw new Error(`solver invariant broken: ${what}`);
  };
  const count = new Int32Array(M);
  for (let i = 0; i < n; i++) {
    const j = col[i] as number;
    if (!(j >= 0 && j <= D)) broken(`row ${i} is not seated`);
    count[j] = (count[j] as number) + 1;
    const ui = u[i] as number;
    // Negated comparisons so that NaN fails too.
    if (!(ui <= 0)) broken(`row ${i} has dual ${ui} > 0 (negative reduced cost on "unmatched")`);
    if (j === D) {
      if (ui !== 0) broken(`unmatched row ${i} has dual ${ui}, not 0`);
      if (slotOf[i] !== -1) broken(`unmatched row ${i} holds a seat`);
    } else {
      const r = (cost[i * M + j] as number) - ui - (v[j] as number);
      if (r !== 0) broken(`seated pair (${i}, ${j}) has reduced cost ${r}, not 0`);
      const s = slotOf[i] as number;
      const first = off[j] as number;
      if (!(s >= first && s < first + (load[j] as number)) || slotRow[s] !== i) {
        broken(`row ${i} is not in mentor ${j}'s seat list`);
      }
    }
  }
  if (v[D] !== 0) broken(`the "unmatched" column has dual ${v[D]}, not 0`);
  for (let j = 0; j < D; j++) {
    const lj = load[j] as number;
    const vj = v[j] as number;
    if (lj !== count[j]) broken(`mentor ${j} has load ${lj} but ${count[j]} rows`);
    if (lj > (cap[j] as number)) broken(`mentor ${j} has load ${lj} over capacity ${cap[j]}`);
    if (!(vj <= 0)) broken(`mentor ${j} has dual ${vj} > 0`);
    if (lj < (cap[j] as number) && vj !== 0) {
      broken(`mentor ${j} has a free seat but dual ${vj}, not 0`);
    }
  }
  if (load[D] !== count[D])
    broken(`the "unmatched" column has load ${load[D]} but ${count[D]} rows`);
}

/** What one shortest augmenting path search found, for `finishSearch`. */
export interface SearchResult {
  /** The row the search started from (at distance 0). */
  i0: number;
  /** The column with a free seat (or the dummy column) the path ends at. */
  sink: number;
  /** The path's length: the distance of the sink. */
  dMax: number;
  dist: Float64Array;
  /** Row that last improved each column's label. */
  path: Int32Array;
  settledRows: Int32Array;
  nSR: number;
  settledCols: Int32Array;
  nSC: number;
}

/**
 * Ends a search, the same on the dense and the sparse path: moves the duals of everything it
 * settled by how far inside the path length it lay (which keeps every reduced cost non-negative
 * and makes the path tight), then flips the path so that the sink gains a seat and each other
 * mentor on it swaps one row for another.
 */
export function finishSearch(st: State, r: SearchResult): void {
  const { D, off, load, slotRow, slotOf, col, u, v } = st;
  const { i0, sink, dMax, dist, path, settledRows, nSR, settledCols, nSC } = r;
  u[i0] = (u[i0] as number) + dMax;
  for (let s = 1; s < nSR; s++) {
    const k = settledRows[s] as number;
    u[k] = (u[k] as number) + dMax - (dist[col[k] as number] as number);
  }
  for (let s = 0; s < nSC; s++) {
    const j = settledCols[s] as number;
    v[j] = (v[j] as number) - (dMax - (dist[j] as number));
  }

  let j = sink;
  let slot = j === D ? -1 : (off[j] as number) + (load[j] as number);
  load[j] = (load[j] as number) + 1;
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
