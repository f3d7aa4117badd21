/**
 * Dense steps of the assignment core (see solver-core.ts for the invariant): row reduction and a
 * shortest augmenting path that scans every column, as in SciPy's `linear_sum_assignment` but on
 * mentor nodes with capacities. Best when few rows wait after row reduction, or when the matrix is
 * small.
 *
 * Ties: columns are scanned in ascending index order; the closest unsettled column is taken, a
 * column with a free seat first among equal distances, then the lower index; a label is only
 * replaced by a strictly smaller one.
 */
import { finishSearch, seat, type State } from './solver-state';

/**
 * Row reduction: each row, in index order, takes the lowest-index cheapest column (the dummy
 * column costs 0) among those with a free seat, if one of its cheapest columns has one; its dual
 * is that cheapest cost. Returns the rows left waiting, ascending.
 */
export function rowReduction(st: State): Int32Array {
  const { n, M, D, cost, cap, load, u, live, nLive } = st;
  const waiting = new Int32Array(n);
  let nWaiting = 0;
  for (let i = 0; i < n; i++) {
    const base = i * M;
    let minC = 0;
    let pick = D;
    let room = true;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const c = cost[base + j] as number;
      if (c < minC) {
        minC = c;
        pick = j;
        room = (load[j] as number) < (cap[j] as number);
      } else if (c === minC && !room && (load[j] as number) < (cap[j] as number)) {
        pick = j;
        room = true;
      }
    }
    u[i] = minC;
    if (room) seat(st, i, pick);
    else waiting[nWaiting++] = i;
  }
  return waiting.slice(0, nWaiting);
}

export interface DenseScratch {
  /** Label (shortest path cost so far) of each column. */
  dist: Float64Array;
  /** Row that last improved dist[j]. */
  path: Int32Array;
  /** Unsettled columns, ascending (live mentors, then the dummy column). */
  remaining: Int32Array;
  settledRows: Int32Array;
  settledCols: Int32Array;
}

export function createDenseScratch(st: State): DenseScratch {
  return {
    dist: new Float64Array(st.M),
    path: new Int32Array(st.M),
    remaining: new Int32Array(st.M),
    settledRows: new Int32Array(st.n),
    settledCols: new Int32Array(st.M),
  };
}

/** Seats waiting row i0 along a shortest augmenting path; returns the number of settled columns. */
export function augmentDense(st: State, sc: DenseScratch, i0: number): number {
  const { D, cost, M, cap, off, load, slotRow, u, v, live, nLive } = st;
  const { dist, path, remaining, settledRows, settledCols } = sc;
  remaining.set(live.subarray(0, nLive));
  remaining[nLive] = D;
  let nRem = nLive + 1;
  for (let t = 0; t < nRem; t++) dist[remaining[t] as number] = Infinity;
  let nSR = 0;
  let nSC = 0;
  let dMax = 0;
  let sink = -1;
  settledRows[nSR++] = i0;
  // Labels from i0 may be negative (its dual is arbitrary), so no early exit here.
  relaxDense(cost, M, u, v, load, cap, dist, path, remaining, nRem, i0, 0, NaN);

  while (sink < 0) {
    // Closest unsettled column; a free one first among equals, then the lower index.
    let lowest = Infinity;
    let bestT = -1;
    let bestFree = false;
    for (let t = 0; t < nRem; t++) {
      const j = remaining[t] as number;
      const d = dist[j] as number;
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
    settledCols[nSC++] = j;
    if (bestFree) {
      dMax = lowest;
      sink = j;
      break;
    }
    // A full mentor: continue through each row it holds (moving that row elsewhere).
    const end = (off[j] as number) + (load[j] as number);
    for (let s = off[j] as number; s < end; s++) {
      const k = slotRow[s] as number;
      settledRows[nSR++] = k;
      const f = relaxDense(
        cost,
        M,
        u,
        v,
        load,
        cap,
        dist,
        path,
        remaining,
        nRem,
        k,
        lowest,
        lowest,
      );
      if (f >= 0) {
        dMax = lowest;
        sink = f;
        settledCols[nSC++] = f;
        break;
      }
    }
  }

  finishSearch(st, { i0, sink, dMax, dist, path, settledRows, nSR, settledCols, nSC });
  return nSC;
}

/**
 * Relaxes every unsettled column from `row`, reached at distance `d`. Returns early with a column
 * that has a free seat and gets label `exit` (the current minimum, so nothing can beat it), else
 * -1.
 */
function relaxDense(
  cost: Float64Array,
  M: number,
  u: Float64Array,
  v: Float64Array,
  load: Int32Array,
  cap: Int32Array,
  dist: Float64Array,
  path: Int32Array,
  remaining: Int32Array,
  nRem: number,
  row: number,
  d: number,
  exit: number,
): number {
  const base = d - (u[row] as number);
  const rb = row * M;
  for (let t = 0; t < nRem; t++) {
    const j = remaining[t] as number;
    const r = base + (cost[rb + j] as number) - (v[j] as number);
    if (r < (dist[j] as number)) {
      dist[j] = r;
      path[j] = row;
      if (r === exit && (load[j] as number) < (cap[j] as number)) return j;
    }
  }
  return -1;
}
