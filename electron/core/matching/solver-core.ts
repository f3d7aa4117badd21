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
 * one column per seat, over a sparse candidate graph (solver-graph.ts).
 * - Invariant: duals `u[i]` (rows) and `v[j]` (columns) keep every reduced cost
 *   `c[i][j] - u[i] - v[j]` non-negative on graph edges and zero on seated pairs, with
 *   `v[j] <= 0` and `v[j] = 0` while mentor `j` has a free seat. All values are integers held in
 *   doubles (exact below 2^53).
 * - Warm start (row reduction): each row, in index order, takes the lowest-index cheapest graph
 *   column that still has a seat; rows whose cheapest columns are all full wait.
 * - Each waiting row, in index order, is inserted by Dijkstra over mentor nodes (binary heap):
 *   settling a full mentor relaxes the graph edges of the rows it holds; the search stops at the
 *   first column with a free seat (or the dummy column); the duals are updated and the path is
 *   flipped.
 * - Certificate: once every row is seated, the reduced cost of EVERY allowed pair is checked. If
 *   none is negative, the duals prove optimality (LP complementary slackness); otherwise the
 *   violated rows get more edges and the graph is solved again (at worst, on every edge).
 *
 * Tie rule (deterministic): rows and columns are scanned in ascending index order and the first
 * of equal candidates is kept; Dijkstra pops the smallest distance, a column with a free seat
 * first among equals, then the lowest index; a label is only replaced by a strictly smaller one,
 * so a seated row is not displaced for an equally good alternative.
 */
import { certify, DENSE_CELLS, denseGraph, windowGraph } from './solver-graph';
import { createState, resetState, seat, type Graph, type State } from './solver-state';

/** Work counters, filled in when passed to `solveCore` (for benchmarks and tuning). */
export interface CoreStats {
  /** First candidate graph: every edge, a window on raw costs, or a window on priced costs. */
  graph: 'dense' | 'raw' | 'priced';
  /** Graph rounds (1 unless the certificate failed and edges were added). */
  rounds: number;
  /** Candidate edges in the last round. */
  edges: number;
  /** Rows inserted by shortest paths (summed over rounds). */
  augmentations: number;
  /** Mentor nodes settled over all shortest-path searches. */
  settled: number;
}

export interface CoreOptions {
  /** Cost of one score point (scales the auction and candidate window; results stay exact). */
  unit?: number;
  /** Use every allowed edge from the start (no auction). Default: only for small instances. */
  dense?: boolean;
  stats?: CoreStats;
}

/** 'priced' graph when more than 1/CONTESTED_SHARE of the rows would wait after row reduction. */
const CONTESTED_SHARE = 8;
/** Rounds with a partial graph before falling back to every edge. */
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
  const stats = options.stats;
  if (stats) {
    stats.graph = 'dense';
    stats.rounds = 0;
    stats.edges = 0;
    stats.augmentations = 0;
    stats.settled = 0;
  }
  const kind = (options.dense ?? n * m <= DENSE_CELLS) ? 'dense' : graphKind(st);
  let g: Graph = kind === 'dense' ? denseGraph(st) : windowGraph(st, unit, kind === 'priced');
  let round = 1;
  for (;;) {
    if (stats) {
      stats.graph = kind;
      stats.rounds = round;
      stats.edges = g.col.length;
    }
    solveGraph(st, g, stats);
    const next = certify(st, g, 2 * unit);
    if (next === null) break;
    round++;
    g = round > MAX_SPARSE_ROUNDS ? denseGraph(st) : next;
    resetState(st);
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = st.col[i] as number;
    out[i] = c === st.D ? -1 : c;
  }
  return out;
}

/**
 * 'raw' when a trial row reduction leaves few rows waiting (raw costs already point at the
 * answer), else 'priced'.
 */
function graphKind(st: State): 'raw' | 'priced' {
  const { n, M, cost, cap, live, nLive } = st;
  const load = new Int32Array(M);
  let waiting = 0;
  for (let i = 0; i < n; i++) {
    const base = i * M;
    let best = 0;
    let pick = -1;
    let room = true;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const c = cost[base + j] as number;
      const free = (load[j] as number) < (cap[j] as number);
      if (c < best || (c === best && free && !room)) {
        best = c;
        pick = j;
        room = free;
      }
    }
    if (!room) waiting++;
    else if (pick >= 0) load[pick]++;
  }
  return waiting * CONTESTED_SHARE <= n ? 'raw' : 'priced';
}

/** Seats every row optimally for graph `g` (row reduction, then shortest augmenting paths). */
function solveGraph(st: State, g: Graph, stats: CoreStats | undefined): void {
  const { n, D, cap, load, u } = st;
  const waiting: number[] = [];
  for (let i = 0; i < n; i++) {
    let minC = 0; // the dummy column
    let pick = D;
    let pickHasRoom = true;
    const e1 = g.start[i + 1] as number;
    for (let e = g.start[i] as number; e < e1; e++) {
      const j = g.col[e] as number;
      const c = g.cost[e] as number;
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
    if (pickHasRoom) seat(st, i, pick);
    else waiting.push(i);
  }
  const sc = createScratch(st);
  for (const i of waiting) {
    const settled = augmentRow(st, g, sc, i);
    if (stats) {
      stats.augmentations++;
      stats.settled += settled;
    }
  }
}

interface Scratch {
  /** Search number; `stamp[j] === epoch` means column j has a label in this search. */
  epoch: number;
  stamp: Int32Array;
  done: Int32Array;
  dist: Float64Array;
  /** Row that last improved dist[j]. */
  path: Int32Array;
  settledRows: Int32Array;
  settledCols: Int32Array;
  heap: Heap;
}

function createScratch(st: State): Scratch {
  return {
    epoch: 0,
    stamp: new Int32Array(st.M),
    done: new Int32Array(st.M),
    dist: new Float64Array(st.M),
    path: new Int32Array(st.M),
    settledRows: new Int32Array(st.n),
    settledCols: new Int32Array(st.M),
    heap: { key: new Float64Array(64), seq: new Int32Array(64), col: new Int32Array(64), size: 0, pushes: 0 },
  };
}

/** Seats waiting row i0 along a shortest augmenting path; returns the number of settled columns. */
function augmentRow(st: State, g: Graph, sc: Scratch, i0: number): number {
  const { D, cap, off, load, slotRow, slotOf, col, u, v } = st;
  const { dist, path, done, settledRows, settledCols, heap } = sc;
  const epoch = ++sc.epoch;
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

  // Dual update (i0 is at distance 0; other settled rows at their mentor's distance).
  u[i0] = (u[i0] as number) + dMax;
  for (let s = 1; s < nSR; s++) {
    const k = settledRows[s] as number;
    u[k] = (u[k] as number) + dMax - (dist[col[k] as number] as number);
  }
  for (let s = 0; s < nSC; s++) {
    const j = settledCols[s] as number;
    v[j] = (v[j] as number) - (dMax - (dist[j] as number));
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

/**
 * Relaxes the graph edges of `row` (reached at distance `d`) and its dummy edge. Returns early
 * with a column that has a free seat and gets label `exit` (the current minimum, so nothing can
 * beat it), else -1.
 */
function relaxRow(
  st: State,
  g: Graph,
  sc: Scratch,
  row: number,
  d: number,
  exit: number,
): number {
  const { u, v, D, load, cap } = st;
  const { stamp, done, dist, path, epoch } = sc;
  const base = d - (u[row] as number);
  const e1 = g.start[row + 1] as number;
  for (let e = g.start[row] as number; e <= e1; e++) {
    // e === e1 stands for the dummy column (cost 0, v = 0).
    const j = e === e1 ? D : (g.col[e] as number);
    if (done[j] === epoch) continue;
    const r = e === e1 ? base : base + (g.cost[e] as number) - (v[j] as number);
    if (stamp[j] !== epoch || r < (dist[j] as number)) {
      stamp[j] = epoch;
      dist[j] = r;
      path[j] = row;
      const free = (load[j] as number) < (cap[j] as number);
      if (free && r === exit) return j;
      heapPush(sc.heap, r, j, free);
    }
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
function heapPop(h: Heap, sc: Scratch): number {
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
        if (r < n && before(keys[r] as number, seqs[r] as number, keys[l] as number, seqs[l] as number)) {
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
