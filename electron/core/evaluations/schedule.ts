import { addDays } from '../../../shared/dates';
import type { PlanRule } from '../../../shared/domain/evaluations';
import type { PairingStatus } from '../../../shared/domain/pairings';
import {
  formatQuarter,
  nextQuarter,
  parseQuarter,
  quarterOf,
  quarterRange,
} from '../../../shared/periods';

/** The part of a pairing its evaluation schedule depends on. */
export interface PairingSpan {
  startDate: string;
  /** The planned end while it runs, the day it ended once closed; null when open-ended. */
  endDate: string | null;
  status: PairingStatus;
}

/** One period a plan rule asks for: when it opens and when it is due. */
export interface PeriodSlot {
  period: string;
  opensOn: string;
  dueOn: string;
}

/** A quarter is evaluated when the pairing ran at least this many days of it. */
export const QUARTER_MIN_DAYS = 30;
/** A quarter's evaluation opens this many days before the quarter ends, due as many after. */
export const QUARTER_WINDOW_DAYS = 14;
export const PULSE_FIRST_DAY = 30;
export const PULSE_EVERY_DAYS = 60;
export const PULSE_DUE_DAYS = 7;
export const END_DUE_DAYS = 14;
// A bound on the walk through quarters and pulses for open-ended pairings (100 years).
const MAX_SLOTS = 400;

const ENDED: readonly PairingStatus[] = ['completed', 'ended_early'];

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** Days of a quarter the pairing runs (both ends included); an open end runs to the quarter's end. */
function daysIn(span: PairingSpan, range: { start: string; end: string }): number {
  const from = max(span.startDate, range.start);
  const to = span.endDate === null ? range.end : min(span.endDate, range.end);
  return to < from ? 0 : daysFrom(from, to) + 1;
}

function quarterSlot(span: PairingSpan, period: string, end: string): PeriodSlot {
  const closes = addDays(end, -QUARTER_WINDOW_DAYS);
  return {
    period,
    opensOn: span.endDate !== null && span.endDate < closes ? span.endDate : closes,
    dueOn: addDays(end, QUARTER_WINDOW_DAYS),
  };
}

function* quarterly(span: PairingSpan): Generator<PeriodSlot> {
  let q = quarterOf(span.startDate);
  for (let n = 0; n < MAX_SLOTS; n += 1, q = nextQuarter(q)) {
    const range = quarterRange(q);
    if (span.endDate !== null && range.start > span.endDate) return;
    if (daysIn(span, range) >= QUARTER_MIN_DAYS)
      yield quarterSlot(span, formatQuarter(q), range.end);
  }
}

function* pulses(span: PairingSpan): Generator<PeriodSlot> {
  for (let n = 0; n < MAX_SLOTS; n += 1) {
    const day = PULSE_FIRST_DAY + n * PULSE_EVERY_DAYS;
    const on = addDays(span.startDate, day);
    if (span.endDate !== null && on > span.endDate) return;
    yield { period: `day-${day}`, opensOn: on, dueOn: addDays(on, PULSE_DUE_DAYS) };
  }
}

function* atEnd(span: PairingSpan): Generator<PeriodSlot> {
  if (ENDED.includes(span.status) && span.endDate !== null)
    yield { period: 'end', opensOn: span.endDate, dueOn: addDays(span.endDate, END_DUE_DAYS) };
}

const RULES: Record<PlanRule, (span: PairingSpan) => Generator<PeriodSlot>> = {
  quarterly,
  pulse: pulses,
  end: atEnd,
};

/**
 * The periods a rule asks of a pairing, in order: every one already open by `today`, and the
 * next one to open (shown as upcoming); later ones are not generated yet.
 */
export function planSlots(rule: PlanRule, span: PairingSpan, today: string): PeriodSlot[] {
  const slots: PeriodSlot[] = [];
  for (const slot of RULES[rule](span)) {
    slots.push(slot);
    if (slot.opensOn > today) break;
  }
  return slots;
}

/** The rule a period belongs to, by its shape. */
export function ruleOfPeriod(period: string): PlanRule {
  if (period === 'end') return 'end';
  return period.startsWith('day-') ? 'pulse' : 'quarterly';
}

/**
 * Why a pairing cannot have a response for this period, or null when it can: a quarter it ran
 * in that has begun, a pulse day on the schedule that it reached while running, or its end
 * once it has ended. Looser than the plan (a quarter of a few days may still be answered).
 */
export function periodProblem(span: PairingSpan, period: string, today: string): string | null {
  const quarter = parseQuarter(period);
  if (quarter) {
    const range = quarterRange(quarter);
    if (daysIn(span, range) === 0)
      return `the pairing did not run in ${period} (it runs from ${span.startDate}${span.endDate ? ` to ${span.endDate}` : ''})`;
    if (range.start > today) return `${period} has not begun yet`;
    return null;
  }
  const pulse = /^day-(\d+)$/.exec(period);
  if (pulse) {
    const day = Number(pulse[1]);
    if (day < PULSE_FIRST_DAY || (day - PULSE_FIRST_DAY) % PULSE_EVERY_DAYS !== 0)
      return `pulses are at day ${PULSE_FIRST_DAY}, then every ${PULSE_EVERY_DAYS} days (day-30, day-90, day-150…)`;
    const on = addDays(span.startDate, day);
    if (span.endDate !== null && on > span.endDate)
      return `day ${day} (${on}) is after the pairing's end on ${span.endDate}`;
    if (on > today) return `day ${day} of the pairing is ${on}, after today`;
    return null;
  }
  if (period === 'end') {
    return ENDED.includes(span.status)
      ? null
      : 'the pairing has not ended; an end-of-pairing evaluation comes once it is completed or ended early';
  }
  return 'a quarter like 2026-Q3, day-30, or end';
}
