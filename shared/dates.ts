/** Calendar arithmetic on `YYYY-MM-DD` days, in UTC so no time zone moves a day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The calendar day of an instant on this workstation's clock and time zone: "today" for the
 * educator at the desk, not in Greenwich (an evening in New York is already tomorrow in UTC).
 */
export function dayOf(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
