/**
 * Hole repair for the warm-started sparse path of the assignment core (see solver-core.ts).
 *
 * The sparse path starts from estimated mentor prices (column duals `v < 0`) instead of zeros,
 * which leaves far fewer rows to insert by shortest paths. Once every row is seated, reduced costs
 * are non-negative and seated pairs tight, but a mentor may still have a free seat and a negative
 * dual (a "hole"), which optimality forbids: a free seat must cost nothing (`v = 0`).
 *
 * Each hole h is repaired by a reverse shortest-path search over mentor nodes. Raising the duals
 * of a settled set of mentors (and lowering the duals of the rows they hold) keeps every reduced
 * cost non-negative as long as no unsettled mentor is closer than the raise. Moving a row from
 * mentor b into settled mentor a costs its reduced cost, so mentor b is labelled at
 * `dist[a] + reduced cost`. The raise stops at `T`, the first point where a settled mentor's dual
 * would reach 0 (`dist - v`, right away for the dummy column or a mentor at 0): the rows along the
 * path to that mentor shift one step towards h (it gains a seat, that mentor loses one, now with
 * `v = 0`), or, if that mentor is h itself, h just reaches `v = 0`. Either way h has one hole fewer
 * or is done, so the repair ends. Ties: smaller distance, then the lower mentor index; stopping is
 * preferred to settling at the same distance.
 */
import type { Graph, State } from './solver-state';

/** Graph edges grouped by mentor: rows `row[start[j] .. start[j + 1])` with their costs. */
interface ByMentor {
  start: Int32Array;
  row: Int32Array;
  cost: Float64Array;
}

interface Scratch {
  epoch: number;
  /** `stamp[j] === epoch`: mentor j has a label in this search; `done[j] === epoch`: settled. */
  stamp: Int32Array;
  done: Int32Array;
  dist: Float64Array;
  /** Row that would move out of mentor j, and the mentor it would move into. */
  via: Int32Array;
  viaTo: Int32Array;
  /** Labelled, unsettled mentors (unordered). */
  open: Int32Array;
  settled: Int32Array;
}

/** Repairs every hole on graph `g` (every row seated); returns the number of settled mentors. */
export function repairHoles(st: State, g: Graph): number {
  const { cap, load, v, live, nLive } = st;
  let byMentor: ByMentor | null = null;
  let sc: Scratch | null = null;
  let settled = 0;
  for (let t = 0; t < nLive; t++) {
    const h = live[t] as number;
    while ((load[h] as number) < (cap[h] as number) && (v[h] as number) < 0) {
      byMentor ??= groupByMentor(g, st.M);
      sc ??= createScratch(st.M);
      settled += reverseSearch(st, byMentor, sc, h);
    }
  }
  return settled;
}

/** One reverse search from hole h: raises duals, then shifts rows along the path if any. */
function reverseSearch(st: State, bm: ByMentor, sc: Scratch, h: number): number {
  const { D, off, load, slotRow, col, u, v } = st;
  const { stamp, done, dist, via, viaTo, open, settled } = sc;
  const epoch = ++sc.epoch;
  stamp[h] = epoch;
  dist[h] = 0;
  open[0] = h;
  let nOpen = 1;
  let nSettled = 0;
  let T = Infinity;
  let term = h;
  for (;;) {
    // Linear scan of the open list (O(M) per pop): holes are rare after `warmPrices` (none on the
    // 2000×600 bench) and M is a few hundred mentors, so a heap is not worth its tie handling.
    let a = -1;
    let best = Infinity;
    let at = -1;
    for (let t = 0; t < nOpen; t++) {
      const x = open[t] as number;
      const d = dist[x] as number;
      if (d < best || (d === best && x < a)) {
        best = d;
        a = x;
        at = t;
      }
    }
    if (a < 0 || best >= T) break;
    open[at] = open[--nOpen] as number;
    done[a] = epoch;
    settled[nSettled++] = a;
    const stop = best - (v[a] as number); // v[D] is 0
    if (stop < T) {
      T = stop;
      term = a;
    }
    if (stop === best) break; // nothing unsettled is closer than this mentor's own stop
    const va = v[a] as number;
    const e1 = bm.start[a + 1] as number;
    for (let e = bm.start[a] as number; e < e1; e++) {
      const i = bm.row[e] as number;
      const b = col[i] as number;
      if (b === a || done[b] === epoch) continue;
      const d = best + (bm.cost[e] as number) - (u[i] as number) - va;
      if (stamp[b] !== epoch || d < (dist[b] as number)) {
        if (stamp[b] !== epoch) {
          stamp[b] = epoch;
          open[nOpen++] = b;
        }
        dist[b] = d;
        via[b] = i;
        viaTo[b] = a;
      }
    }
  }

  // Raise settled mentors by T - dist (never above 0, by the choice of T); their rows follow.
  for (let s = 0; s < nSettled; s++) {
    const a = settled[s] as number;
    const delta = T - (dist[a] as number);
    if (delta === 0 || a === D) continue;
    v[a] = (v[a] as number) + delta;
    const end = (off[a] as number) + (load[a] as number);
    for (let k = off[a] as number; k < end; k++) {
      const i = slotRow[k] as number;
      u[i] = (u[i] as number) - delta;
    }
  }
  if (term !== h) shiftRows(st, sc, term, h);
  return nSettled;
}

/** Moves the rows along the search path: `term` loses one row, h gains one. */
function shiftRows(st: State, sc: Scratch, term: number, h: number): void {
  const { D, off, load, slotRow, slotOf, col } = st;
  const { via, viaTo } = sc;
  let i = via[term] as number;
  let x = viaTo[term] as number;
  // Take i out of `term`: its seat goes to term's last seated row.
  if (term !== D) {
    const last = (off[term] as number) + (load[term] as number) - 1;
    const s = slotOf[i] as number;
    const k = slotRow[last] as number;
    slotRow[s] = k;
    slotOf[k] = s;
  }
  load[term] = (load[term] as number) - 1;
  // Each mentor on the way hands its row on and seats the incoming one in that seat.
  while (x !== h) {
    const next = via[x] as number;
    const s = slotOf[next] as number;
    slotRow[s] = i;
    slotOf[i] = s;
    col[i] = x;
    i = next;
    x = viaTo[x] as number;
  }
  const s = (off[h] as number) + (load[h] as number);
  slotRow[s] = i;
  slotOf[i] = s;
  col[i] = h;
  load[h] = (load[h] as number) + 1;
}

function groupByMentor(g: Graph, M: number): ByMentor {
  const n = g.start.length - 1;
  const start = new Int32Array(M + 1);
  for (let e = 0; e < g.col.length; e++) {
    const j = g.col[e] as number;
    start[j + 1] = (start[j + 1] as number) + 1;
  }
  for (let j = 0; j < M; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const fill = start.slice(0, M);
  const row = new Int32Array(g.col.length);
  const cost = new Float64Array(g.col.length);
  for (let i = 0; i < n; i++) {
    const e1 = g.start[i + 1] as number;
    for (let e = g.start[i] as number; e < e1; e++) {
      const j = g.col[e] as number;
      const at = fill[j] as number;
      row[at] = i;
      cost[at] = g.cost[e] as number;
      fill[j] = at + 1;
    }
  }
  return { start, row, cost };
}

function createScratch(M: number): Scratch {
  return {
    epoch: 0,
    stamp: new Int32Array(M),
    done: new Int32Array(M),
    dist: new Float64Array(M),
    via: new Int32Array(M),
    viaTo: new Int32Array(M),
    open: new Int32Array(M),
    settled: new Int32Array(M),
  };
}
