import { addDays, dayOf } from '../../../shared/dates';
import type { PairingStatus } from '../../../shared/domain/pairings';
import type { Cadence } from '../../../shared/domain/programs';

/**
 * The pure calendar of expected meetings: no database, no clock. Days are `YYYY-MM-DD`
 * strings, which compare in calendar order.
 */

const STEP_DAYS: Record<Exclude<Cadence, 'monthly'>, number> = { weekly: 7, biweekly: 14 };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The same day `months` later, clamped at month ends (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const date = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/**
 * The k-th expected day from an anchor. Monthly steps are always counted from the anchor,
 * never from the previous (clamped) day, so Jan 31 → Feb 28 → Mar 31 keeps the 31st.
 */
export function cadenceDay(anchor: string, cadence: Cadence, k: number): string {
  return cadence === 'monthly' ? addMonths(anchor, k) : addDays(anchor, STEP_DAYS[cadence] * k);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A stretch of active time: from `from` (included) until `until` (excluded; null = open). */
export interface Stretch {
  from: string;
  until: string | null;
}

export interface StatusChange {
  from: PairingStatus | null;
  to: PairingStatus;
  /** The ISO instant of the change; its UTC day is the day it takes effect. */
  at: string;
}

export interface PairingDates {
  startDate: string | null;
  /** Planned end of an open pairing, or the day a closed one ended (included when planned). */
  endDate: string | null;
}

/**
 * When a pairing was active: from its start to its end date, leaving out the time it was
 * paused (active → paused … paused → active) and the time between completing and being
 * re-opened. A day a pairing pauses or ends on is not active; the day it resumes is.
 */
export function activeStretches(dates: PairingDates, changes: readonly StatusChange[]): Stretch[] {
  if (dates.startDate === null) return [];
  const raw: Stretch[] = [];
  let open: string | null = null;
  for (const change of changes) {
    const day = dayOf(new Date(change.at));
    if (change.to === 'active' && change.from !== 'active' && open === null) open = day;
    else if (change.from === 'active' && change.to !== 'active' && open !== null) {
      raw.push({ from: open, until: day });
      open = null;
    }
  }
  if (open !== null) raw.push({ from: open, until: null });
  // A pairing without recorded transitions (older data) counts as active throughout.
  if (raw.length === 0 && changes.length === 0) raw.push({ from: dates.startDate, until: null });
  const endUntil = dates.endDate === null ? null : addDays(dates.endDate, 1);
  return raw
    .map((s) => clip(s, dates.startDate as string, endUntil))
    .filter((s): s is Stretch => s !== null);
}

function minDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function clip(s: Stretch, start: string, endUntil: string | null): Stretch | null {
  const from = s.from > start ? s.from : start;
  const until = minDay(s.until, endUntil);
  return until !== null && until <= from ? null : { from, until };
}

export function stretchOf(day: string, stretches: readonly Stretch[]): Stretch | null {
  return stretches.find((s) => s.from <= day && (s.until === null || day < s.until)) ?? null;
}

export interface ExpectedDay {
  date: string;
  /** The last day of its period: before the next cadence day, a pause, or the end. */
  until: string;
}

/**
 * The expected meetings: one every cadence step from the anchor (the pairing's start), kept
 * only when the pairing is active that day. A stretch without an end is cut at `horizon`.
 */
export function expectedDays(
  anchor: string,
  cadence: Cadence,
  stretches: readonly Stretch[],
  horizon: string,
): ExpectedDay[] {
  const last = stretches.at(-1);
  if (!last) return [];
  const stop = minDay(last.until, addDays(horizon, 1)) as string;
  const result: ExpectedDay[] = [];
  for (let k = 0; k < 5000; k += 1) {
    const date = cadenceDay(anchor, cadence, k);
    if (date >= stop) break;
    const stretch = stretchOf(date, stretches);
    if (stretch === null) continue;
    const next = cadenceDay(anchor, cadence, k + 1);
    result.push({ date, until: addDays(minDay(next, stretch.until) as string, -1) });
  }
  return result;
}

/** Active days in [from, to): the days of the stretches that fall between them. */
export function activeDaysBetween(from: string, to: string, stretches: readonly Stretch[]): number {
  let total = 0;
  for (const s of stretches) {
    const a = s.from > from ? s.from : from;
    const b = minDay(s.until, to) as string;
    if (b > a) total += daysBetween(a, b);
  }
  return total;
}

/** Twice the cadence from a day, in days: 14, 28, or the length of the next two months. */
export function twiceCadenceDays(from: string, cadence: Cadence): number {
  return daysBetween(from, cadenceDay(from, cadence, 2));
}
