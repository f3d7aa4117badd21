import type { Compliance, ExpectedState } from '../../../../shared/domain/meetings';
import type { Cadence } from '../../../../shared/domain/programs';

const weekdayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A meeting day with its weekday ("Mon, Nov 30, 2026"): people plan meetings by weekday. */
export function formatMeetingDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : weekdayFormat.format(date);
}

export const CADENCE_WORDS: Record<Cadence, string> = {
  weekly: 'one meeting a week',
  biweekly: 'one meeting every two weeks',
  monthly: 'one meeting a month',
};

/** "9 of 12 expected meetings held (75%)", or why there is no figure yet. */
export function heldWords(c: Compliance): string {
  if (c.percent === null) return 'No meetings expected yet';
  return `${c.held} of ${c.expectedSoFar} expected meetings held (${c.percent}%)`;
}

/** The same figure for a table whose column already says "held vs expected". */
export function heldShort(c: Compliance): string {
  return c.percent === null
    ? 'None expected yet'
    : `${c.held} of ${c.expectedSoFar} held (${c.percent}%)`;
}

export const STATE_TONE: Record<ExpectedState, string> = {
  held: 'ok',
  missed: 'danger',
  cancelled: 'neutral',
  overdue: 'warn',
  due: 'info',
  planned: 'neutral',
};

export function daysWords(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
