import { addDays } from './dates';

/** A calendar quarter as the field writes it: `2026-Q3` is July to September 2026. */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export interface Quarter {
  year: number;
  /** 1 to 4. */
  quarter: number;
}

/** The quarter a `YYYY-Qn` text names, or null when it is not one. */
export function parseQuarter(text: string): Quarter | null {
  const match = QUARTER_PATTERN.exec(text.trim());
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

export function formatQuarter(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** The quarter a `YYYY-MM-DD` day falls in. */
export function quarterOf(day: string): Quarter {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** The first and last day of a quarter, both included. */
export function quarterRange(q: Quarter): { start: string; end: string } {
  const start = firstDayOf(q);
  return { start, end: addDays(firstDayOf(nextQuarter(q)), -1) };
}

function firstDayOf(q: Quarter): string {
  return `${q.year}-${String((q.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { ...q, quarter: q.quarter - 1 };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { ...q, quarter: q.quarter + 1 };
}

/** "July–September 2026", for headings and covers. */
export function quarterLabel(q: Quarter): string {
  const months = [
    ['January', 'March'],
    ['April', 'June'],
    ['July', 'September'],
    ['October', 'December'],
  ] as const;
  const [first, last] = months[q.quarter - 1] ?? months[0];
  return `${first}–${last} ${q.year}`;
}
