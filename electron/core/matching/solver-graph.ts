/**
 * Candidate graph for the sparse path of the assignment core: per row, the mentors whose cost plus
 * an estimated price is within a window of the row's best, prices coming from a quick ε-scaling
 * auction. The graph only affects speed: the core certifies the final duals against EVERY allowed
 * pair (`certify`), adds edges and solves again if one is violated.
 */
import { checkInvariants, type Graph, type State } from './solver-state';

/** Candidate window above a row's best (price-adjusted) cost, in score points. */
const WINDOW_POINTS = 2;
/** ε schedule of the auction, in score points: start, end, divisor. */
const EPS_START = 8;
const EPS_END = 1 / 2;
const EPS_DIVISOR = 4;
/** Bids allowed per row and auction phase; past it the phase stops (prices stay usable). */
const BIDS_PER_ROW = 32;

/** Estimated mentor prices (per column, 0 for mentors never bid up) and the last ε. */
export interface Prices {
  prices: Float64Array;
  eps: number;
}

/**
 * Starting prices for the exact search (whole numbers, 0 for the cheapest mentors). At the optimum
 * every free seat costs nothing, and at least `seats - rows` seats stay free. Auction prices of
 * the cheapest mentors overshoot (a seat bid on in an early phase keeps its price), and a mentor
 * left with a free seat and a price costs a slow repair (solver-holes.ts). So every price is
 * lowered by the price level at which the cheapest mentors hold that many seats, plus the
 * candidate window as a margin for the auction's error.
 */
export function warmPrices(st: State, unit: number, auction: Prices): Float64Array {
  const { n, cap, live, nLive } = st;
  const { prices, eps } = auction;
  const order = Array.from(live.subarray(0, nLive)).sort(
    (a, b) => (prices[a] as number) - (prices[b] as number) || a - b,
  );
  let spare = -n;
  for (const j of order) spare += cap[j] as number;
  let level = 0;
  for (const j of order) {
    if (spare <= 0) break;
    level = prices[j] as number;
    spare -= cap[j] as number;
  }
  const shift = level + WINDOW_POINTS * unit + 2 * eps;
  const warm = new Float64Array(prices.length);
  for (const j of order) warm[j] = Math.floor(Math.max(0, (prices[j] as number) - shift));
  return warm;
}

/** Every allowed edge. */
export function denseGraph(st: State): Graph {
  const { n, M, cost, live, nLive } = st;
  const b = new GraphBuilder(n, n * nLive);
  for (let i = 0; i < n; i++) {
    const base = i * M;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const c = cost[base + j] as number;
      if (c !== Infinity) b.add(j, c);
    }
    b.endRow(i);
  }
  return b.finish();
}

/** Edges within a window of each row's best `cost + price` (prices from `auctionPrices`). */
export function windowGraph(st: State, unit: number, auction: Prices): Graph {
  const { n, M, cost, live, nLive } = st;
  const { prices, eps } = auction;
  const window = WINDOW_POINTS * unit + 2 * eps;
  const b = new GraphBuilder(n, n * 48);
  for (let i = 0; i < n; i++) {
    const base = i * M;
    let best = 0; // the dummy column: cost 0, price 0
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const val = (cost[base + j] as number) + (prices[j] as number);
      if (val < best) best = val;
    }
    const limit = best + window;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const c = cost[base + j] as number;
      if (c + (prices[j] as number) <= limit) b.add(j, c);
    }
    b.endRow(i);
  }
  return b.finish();
}

/**
 * Certificate: checks the O(n + M) invariants (`checkInvariants`: every row seated, seated pairs
 * tight, `v <= 0`, `v = 0` on free seats and the "unmatched" column, `u <= 0`), which throw if
 * broken (a bug, e.g. a hole `repairHoles` missed), then every allowed edge for a negative reduced
 * cost. Returns null when none (the assignment is optimal), else a larger graph: violating rows
 * get every edge whose reduced cost is below `slack`.
 */
export function certify(st: State, g: Graph, slack: number): Graph | null {
  checkInvariants(st);
  const { n, M, cost, u, v, live, nLive } = st;
  let violated = 0;
  const bad = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * M;
    const ui = u[i] as number;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      if ((cost[base + j] as number) - ui - (v[j] as number) < 0) {
        bad[i] = 1;
        violated++;
        break;
      }
    }
  }
  if (violated === 0) return null;
  const b = new GraphBuilder(n, g.col.length + violated * 64);
  const mark = new Uint8Array(M);
  for (let i = 0; i < n; i++) {
    const s0 = g.start[i] as number;
    const s1 = g.start[i + 1] as number;
    if (bad[i] === 0) {
      for (let e = s0; e < s1; e++) b.add(g.col[e] as number, g.cost[e] as number);
    } else {
      for (let e = s0; e < s1; e++) mark[g.col[e] as number] = 1;
      const base = i * M;
      const ui = u[i] as number;
      for (let t = 0; t < nLive; t++) {
        const j = live[t] as number;
        const c = cost[base + j] as number;
        if (c !== Infinity && (mark[j] === 1 || c - ui - (v[j] as number) < slack)) b.add(j, c);
        mark[j] = 0;
      }
    }
    b.endRow(i);
  }
  return b.finish();
}

class GraphBuilder {
  private col: Int32Array;
  private cost: Float64Array;
  private readonly start: Int32Array;
  private size = 0;

  constructor(n: number, guess: number) {
    const cap = Math.max(16, guess);
    this.col = new Int32Array(cap);
    this.cost = new Float64Array(cap);
    this.start = new Int32Array(n + 1);
  }

  add(j: number, c: number): void {
    if (this.size === this.col.length) {
      const col = new Int32Array(this.size * 2);
      col.set(this.col);
      this.col = col;
      const cost = new Float64Array(this.size * 2);
      cost.set(this.cost);
      this.cost = cost;
    }
    this.col[this.size] = j;
    this.cost[this.size] = c;
    this.size++;
  }

  endRow(i: number): void {
    this.start[i + 1] = this.size;
  }

  finish(): Graph {
    return {
      start: this.start,
      col: this.col.slice(0, this.size),
      cost: this.cost.slice(0, this.size),
    };
  }
}

/**
 * Forward auction over mentor seats with ε-scaling (Bertsekas), each seat with its own price; a
 * mentor's price is its lowest seat price. Rows bid for their best column by `cost + price`, the
 * dummy column (unmatched) being free at 0. A heuristic: it only estimates prices.
 */
export function auctionPrices(st: State, unit: number): Prices {
  const { n, M, D, cap, off, live, nLive } = st;
  const seats = off[D] as number;
  const a: Auction = {
    holder: new Int32Array(seats),
    price: new Float64Array(seats),
    minP: new Float64Array(M),
    minSlot: new Int32Array(M),
  };
  const queue = new Int32Array(n + 1);
  let eps = EPS_START * unit;
  const epsEnd = EPS_END * unit;
  for (;;) {
    a.holder.fill(-1);
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      refreshMentor(a, j, off[j] as number, cap[j] as number);
    }
    let head = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) queue[tail++] = i;
    let budget = BIDS_PER_ROW * n;
    while (head !== tail && budget > 0) {
      budget--;
      const i = queue[head] as number;
      head = head === n ? 0 : head + 1;
      const old = bid(st, a, i, eps);
      if (old >= 0) {
        queue[tail] = old;
        tail = tail === n ? 0 : tail + 1;
      }
    }
    if (eps <= epsEnd) break;
    eps = Math.max(epsEnd, eps / EPS_DIVISOR);
  }
  return { prices: a.minP, eps };
}

interface Auction {
  holder: Int32Array;
  price: Float64Array;
  minP: Float64Array;
  minSlot: Int32Array;
}

/** One bid of row i; returns the row it evicted, or -1. */
function bid(st: State, a: Auction, i: number, eps: number): number {
  const { M, cost, cap, off, live, nLive } = st;
  const minP = a.minP;
  const base = i * M;
  let b1 = 0; // the dummy column
  let j1 = -1;
  let b2 = Infinity;
  for (let t = 0; t < nLive; t++) {
    const j = live[t] as number;
    const val = (cost[base + j] as number) + (minP[j] as number);
    if (val < b1) {
      b2 = b1;
      b1 = val;
      j1 = j;
    } else if (val < b2) {
      b2 = val;
    }
  }
  if (j1 < 0) return -1; // unmatched in this phase
  if (b2 > 0) b2 = 0; // the dummy column is always an alternative
  const s = a.minSlot[j1] as number;
  const old = a.holder[s] as number;
  a.price[s] = (minP[j1] as number) + (b2 - b1) + eps;
  a.holder[s] = i;
  refreshMentor(a, j1, off[j1] as number, cap[j1] as number);
  return old;
}

/** Recomputes mentor j's lowest seat price (a free seat first among equals). */
function refreshMentor(a: Auction, j: number, first: number, count: number): void {
  const { holder, price } = a;
  let best = Infinity;
  let bestSlot = first;
  let bestFree = false;
  const end = first + count;
  for (let s = first; s < end; s++) {
    const p = price[s] as number;
    const free = holder[s] === -1;
    if (p < best || (p === best && free && !bestFree)) {
      best = p;
      bestSlot = s;
      bestFree = free;
    }
  }
  a.minP[j] = best;
  a.minSlot[j] = bestSlot;
}
