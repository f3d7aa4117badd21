/** Display helpers: numbers and dates in the workstation's locale; storage stays ISO. */

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "1 staff member" / "3 staff members" style wording. */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A calendar day stored as `YYYY-MM-DD`, shown without shifting it across time zones. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** `YYYY-MM-DD` standing alone in a sentence (not the day part of an instant). */
const DAY_IN_TEXT = /\b\d{4}-\d{2}-\d{2}\b(?!T\d)/g;

/**
 * A sentence from the services ("cannot be in the future (today is 2026-11-23)") with every
 * day in it shown as the workstation shows days: the services write ISO, people read their own.
 */
export function formatDaysIn(text: string): string {
  return text.replace(DAY_IN_TEXT, (day) => formatDay(day));
}

/** An instant stored as ISO-8601 UTC, shown in the workstation's time zone. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : instantFormat.format(date);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${formatCount(Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}

/** Today as `YYYY-MM-DD` in the workstation's time zone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
