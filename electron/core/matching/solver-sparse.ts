/**
 * Shortest augmenting path on the sparse candidate graph (see solver-core.ts for the invariant):
 * Dijkstra over mentor nodes with a binary heap. Settling a full mentor relaxes the graph edges
 * of the rows it holds; the search stops at the first column with a free seat (or the dummy
 * column), the duals are updated and the path is flipped.
 *
 * Ties: smaller distance first; among equal distances a column with a free seat, then the most
 * recently labelled column (so a plateau of equal distances is explored depth-first, which
 * reaches a free seat sooner); a label is only replaced by a strictly smaller one.
 */
import { finishSearch, type Graph, type State } from './solver-state';

export interface SparseScratch {
  /** Search number; `stamp[j] === epoch` means column j has a label in this search. */
  epoch: number;
  /**
   * Smallest label of a column with a free seat so far: the search ends at or before it, so a
   * larger label (or an equal one on a full column, which pops after the free one) is skipped.
   */
  bound: number;
  stamp: Int32Array;
  done: Int32Array;
  dist: Float64Array;
  /** Row that last improved dist[j]. */
  path: Int32Array;
  settledRows: Int32Array;
  settledCols: Int32Array;
  heap: Heap;
}

export function createSparseScratch(st: State): SparseScratch {
  return {
    epoch: 0,
    bound: Infinity,
    stamp: new Int32Array(st.M),
    done: new Int32Array(st.M),
    dist: new Float64Array(st.M),
    path: new Int32Array(st.M),
    settledRows: new Int32Array(st.n),
    settledCols: new Int32Array(st.M),
    heap: {
      key: new Float64Array(64),
      seq: new Int32Array(64),
      col: new Int32Array(64),
      size: 0,
      pushes: 0,
    },
  };
}

/** Seats waiting row i0 along a shortest augmenting path; returns the number of settled columns. */
export function augmentSparse(st: State, g: Graph, sc: SparseScratch, i0: number): number {
  const { cap, off, load, slotRow } = st;
  const { dist, path, done, settledRows, settledCols, heap } = sc;
  const epoch = ++sc.epoch;
  sc.bound = Infinity;
  heap.size = 0;
  heap.pushes = 0;
  let nSR = 0;
  let nSC = 0;
  settledRows[nSR++] = i0;
  let dMax = 0;
  let sink = -1;
  // Labels from i0 may be negative (its dual is arbitrary), so no early exit here.
  relaxRow(st, g, sc, i0, 0, NaN);
  while (sink < 0) {
    const j = heapPop(heap, sc);
    // The dummy column is always labelled and free, so the heap cannot run dry first.
    if (j < 0) throw new Error('solver invariant broken: no augmenting path');
    done[j] = epoch;
    settledCols[nSC++] = j;
    const d = dist[j] as number;
    if ((load[j] as number) < (cap[j] as number)) {
      dMax = d;
      sink = j;
      break;
    }
    const end = (off[j] as number) + (load[j] as number);
    for (let s = off[j] as number; s < end; s++) {
      const k = slotRow[s] as number;
      settledRows[nSR++] = k;
      const f = relaxRow(st, g, sc, k, d, d);
      if (f >= 0) {
        dMax = d;
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
 * Relaxes the graph edges of `row` (reached at distance `d`) and its dummy edge. Returns early
 * with a column that has a free seat and gets label `exit` (the current minimum, so nothing can
 * beat it), else -1.
 */
function relaxRow(
  st: State,
  g: Graph,
  sc: SparseScratch,
  row: number,
  d: number,
  exit: number,
): number {
  const { u, v, D, load, cap } = st;
  const { stamp, done, dist, path, epoch, heap } = sc;
  const gCol = g.col;
  const gCost = g.cost;
  const base = d - (u[row] as number);
  const e1 = g.start[row + 1] as number;
  for (let e = g.start[row] as number; e < e1; e++) {
    const j = gCol[e] as number;
    if (done[j] === epoch) continue;
    const r = base + (gCost[e] as number) - (v[j] as number);
    if (r > sc.bound) continue;
    if (r < (dist[j] as number) || stamp[j] !== epoch) {
      const free = (load[j] as number) < (cap[j] as number);
      if (!free && r === sc.bound) continue;
      stamp[j] = epoch;
      dist[j] = r;
      path[j] = row;
      if (free) {
        if (r === exit) return j;
        sc.bound = r;
      }
      heapPush(heap, r, j, free);
    }
  }
  // The dummy column: cost 0, v = 0, always free, never settled before the search ends.
  if (base <= sc.bound && (base < (dist[D] as number) || stamp[D] !== epoch)) {
    stamp[D] = epoch;
    dist[D] = base;
    path[D] = row;
    if (base === exit) return D;
    sc.bound = base;
    heapPush(heap, base, D, true);
  }
  return -1;
}

interface Heap {
  key: Float64Array;
  /** Rank among equal keys: push number (+ FREE_BONUS for a free column); larger pops first. */
  seq: Int32Array;
  col: Int32Array;
  size: number;
  pushes: number;
}

/** Pushes of a column with a free seat rank above any other push with the same key. */
const FREE_BONUS = 1 << 30;

/** Heap order: smaller key, then the larger rank (free seat first, then the later push). */
function before(k1: number, s1: number, k2: number, s2: number): boolean {
  return k1 < k2 || (k1 === k2 && s1 > s2);
}

function heapPush(h: Heap, key: number, j: number, free: boolean): void {
  if (h.size === h.key.length) {
    const k = new Float64Array(h.size * 2);
    k.set(h.key);
    h.key = k;
    const q = new Int32Array(h.size * 2);
    q.set(h.seq);
    h.seq = q;
    const c = new Int32Array(h.size * 2);
    c.set(h.col);
    h.col = c;
  }
  const keys = h.key;
  const seqs = h.seq;
  const cols = h.col;
  const sq = ++h.pushes + (free ? FREE_BONUS : 0);
  let i = h.size++;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const pk = keys[p] as number;
    const ps = seqs[p] as number;
    if (!before(key, sq, pk, ps)) break;
    keys[i] = pk;
    seqs[i] = ps;
    cols[i] = cols[p] as number;
    i = p;
  }
  keys[i] = key;
  seqs[i] = sq;
  cols[i] = j;
}

/** Pops the best live entry (skipping settled columns and stale labels); -1 if empty. */
function heapPop(h: Heap, sc: SparseScratch): number {
  const keys = h.key;
  const seqs = h.seq;
  const cols = h.col;
  while (h.size > 0) {
    const topKey = keys[0] as number;
    const topCol = cols[0] as number;
    const n = --h.size;
    if (n > 0) {
      const key = keys[n] as number;
      const sq = seqs[n] as number;
      const j = cols[n] as number;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let c = l;
        if (
          r < n &&
          before(keys[r] as number, seqs[r] as number, keys[l] as number, seqs[l] as number)
        ) {
          c = r;
        }
        if (!before(keys[c] as number, seqs[c] as number, key, sq)) break;
        keys[i] = keys[c] as number;
        seqs[i] = seqs[c] as number;
        cols[i] = cols[c] as number;
        i = c;
      }
      keys[i] = key;
      seqs[i] = sq;
      cols[i] = j;
    }
    if (sc.done[topCol] !== sc.epoch && topKey === sc.dist[topCol]) return topCol;
  }
  return -1;
}
