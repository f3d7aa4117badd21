/**
 * Warm start for the assignment core: near-equilibrium mentor prices from an ε-scaling auction,
 * turned into an EXACTLY dual-feasible partial assignment (the auction itself is only a heuristic;
 * exactness comes from the shortest-path phase that follows, see solver-core.ts).
 */
import { seat, unseat, type State } from './solver-state';

/** ε schedule in score points (one point = `unit` in cost units): start, end, divisor. */
const EPS_START = Number(process.env.E0 ?? 4);
const EPS_END = Number(process.env.E1 ?? 1 / 8);
const EPS_DIVISOR = Number(process.env.EDIV ?? 4);
/** Bids allowed per row and auction phase; past it the phase stops (prices stay usable). */
const BIDS_PER_ROW = 64;
/** Prices handed to the exact phase are lowered by this many final ε (then clipped at 0). */
const PRICE_DISCOUNT = Number(process.env.DISC ?? 1);

/**
 * Forward auction over mentor seats with ε-scaling (Bertsekas), each seat with its own price; a
 * mentor's price is the lowest price among its seats. Rows bid for their best column by
 * `cost + price`, the dummy column (unmatched) being free at 0. Returns the mentor prices (>= 0).
 */
export interface AuctionResult {
  /** Mentor prices (>= 0), indexed by column. */
  prices: Float64Array;
  /** Each row's column when the auction ended (-1 if it ran out of budget). */
  choice: Int32Array;
  /** The final ε, in cost units. */
  eps: number;
  bids: number;
}

export function auctionPrices(st: State, unit: number): AuctionResult {
  const { n, M, D, cost, cap, off, live, nLive } = st;
  const seats = off[D] as number;
  const holder = new Int32Array(seats);
  const price = new Float64Array(seats);
  const minP = new Float64Array(M);
  const minSlot = new Int32Array(M);
  const queue = new Int32Array(n + 1);
  const choice = new Int32Array(n);
  let bids = 0;

  const refresh = (j: number): void => {
    const first = off[j] as number;
    const end = first + (cap[j] as number);
    let best = Infinity;
    let bestSlot = first;
    let bestFree = false;
    for (let s = first; s < end; s++) {
      const p = price[s] as number;
      const free = holder[s] === -1;
      if (p < best || (p === best && free && !bestFree)) {
        best = p;
        bestSlot = s;
        bestFree = free;
      }
    }
    minP[j] = best;
    minSlot[j] = bestSlot;
  };

  let eps = EPS_START * unit;
  const epsEnd = EPS_END * unit;
  for (;;) {
    holder.fill(-1);
    choice.fill(-1);
    for (let t = 0; t < nLive - 1; t++) refresh(live[t] as number);
    let head = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) queue[tail++] = i;
    let budget = BIDS_PER_ROW * n;
    while (head !== tail && budget > 0) {
      budget--;
      const i = queue[head] as number;
      head = head === n ? 0 : head + 1;
      const base = i * M;
      let b1 = Infinity;
      let j1 = D;
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
      choice[i] = j1;
      if (j1 === D) continue; // unmatched in this phase
      bids++;
      const s = minSlot[j1] as number;
      const old = holder[s] as number;
      price[s] = (minP[j1] as number) + (b2 - b1) + eps;
      holder[s] = i;
      if (old >= 0) {
        choice[old] = -1;
        queue[tail] = old;
        tail = tail === n ? 0 : tail + 1;
      }
      refresh(j1);
    }
    if (eps <= epsEnd) break;
    eps = Math.max(epsEnd, eps / EPS_DIVISOR);
  }
  const prices = new Float64Array(M);
  for (let t = 0; t < nLive - 1; t++) {
    const j = live[t] as number;
    prices[j] = minP[j] as number;
  }
  return { prices, choice, eps, bids };
}

/**
 * Seats rows from mentor prices so that the duals are exactly feasible: `v[j] = -price`, each row
 * (in index order) at the lowest-index cheapest column (by `cost - v`) that has room, or waiting.
 * Then every mentor left with a free seat but a positive price drops its price to 0; seated rows
 * that now strictly prefer it move there while it has room, or wait. Fills `waiting` (ascending)
 * and returns its length.
 */
export function seatByPrices(st: State, auction: AuctionResult, waiting: Int32Array): number {
  const { n, M, D, cost, cap, load, off, slotRow, col, u, v, live, nLive } = st;
  const { prices, choice, eps } = auction;
  for (let t = 0; t < nLive - 1; t++) {
    const j = live[t] as number;
    v[j] = -Math.max(0, (prices[j] as number) - eps * PRICE_DISCOUNT);
  }
  v[D] = 0;

  for (let i = 0; i < n; i++) {
    const base = i * M;
    let minC = Infinity;
    let pick = -1;
    let pickHasRoom = false;
    for (let t = 0; t < nLive; t++) {
      const j = live[t] as number;
      const c = (cost[base + j] as number) - (v[j] as number);
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
    const own = choice[i] as number;
    if (own >= 0 && own !== pick && (cost[base + own] as number) - (v[own] as number) === minC) {
      if ((load[own] as number) < (cap[own] as number)) seat(st, i, own);
      else if (pickHasRoom) seat(st, i, pick);
    } else if (pickHasRoom) {
      seat(st, i, pick);
    }
  }

  if (process.env.DBG) { let w = 0; for (let i = 0; i < n; i++) if (col[i] === -1) w++; let nf = 0; for (let t = 0; t < nLive - 1; t++) { const j = live[t] as number; if ((v[j] as number) < 0 && (load[j] as number) < (cap[j] as number)) nf++; } console.log('after step2 waiting', w, 'nonfull priced', nf); }
  // Mentors with a free seat must have price 0.
  const queue = new Int32Array(M);
  const queued = new Uint8Array(M);
  let head = 0;
  let tail = 0;
  for (let t = 0; t < nLive - 1; t++) {
    const j = live[t] as number;
    if ((v[j] as number) < 0 && (load[j] as number) < (cap[j] as number)) {
      queue[tail++] = j;
      queued[j] = 1;
    }
  }
  while (head < tail) {
    const j = queue[head++] as number;
    v[j] = 0;
    const first = off[j] as number;
    const end = first + (load[j] as number);
    for (let s = first; s < end; s++) {
      const k = slotRow[s] as number;
      u[k] = cost[k * M + j] as number;
    }
    for (let k = 0; k < n; k++) {
      const b = col[k] as number;
      if (b < 0 || b === j) continue;
      const c = cost[k * M + j] as number;
      if (c >= (u[k] as number)) continue;
      unseat(st, k);
      if ((load[j] as number) < (cap[j] as number)) {
        seat(st, k, j);
        u[k] = c;
      }
      if (b !== D && queued[b] === 0 && (v[b] as number) < 0) {
        queue[tail++] = b;
        queued[b] = 1;
      }
    }
  }

  let nWaiting = 0;
  for (let i = 0; i < n; i++) if (col[i] === -1) waiting[nWaiting++] = i;
  return nWaiting;
}

/** Row reduction: each row takes the lowest-index cheapest column with room, else waits. */
export function rowReduction(st: State, waiting: Int32Array): number {
  const { n, M, cost, cap, load, u, live, nLive } = st;
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
    if (pickHasRoom) seat(st, i, pick);
    else waiting[nWaiting++] = i;
  }
  return nWaiting;
}
