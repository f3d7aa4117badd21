/** Words and numbers on paper, in the locale the document was built for; days stay in UTC. */

export function formatDay(day: string | null, locale: string): string {
  if (!day) return '—';
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export function formatNumber(n: number | null, locale: string, decimals = 1): string {
  if (n === null) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(n);
}

/** "n = 3" style counts for tables. */
export function countText(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A change between two means, signed, or a dash when either is missing. */
export function changeText(
  current: number | null,
  previous: number | null,
  locale: string,
): string {
  if (current === null || previous === null) return '—';
  const delta = Math.round((current - previous) * 10) / 10;
  if (delta === 0) return 'No change';
  return `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta), locale)}`;
}
