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
  /** Column duals (minus the mentor's price): <= 0, and 0 while the mentor has a free seat. */
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
