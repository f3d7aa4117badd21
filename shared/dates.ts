/** Calendar arithmetic on `YYYY-MM-DD` days, in UTC so no time zone moves a day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day of an instant, as the workstation's clock gives it, in UTC. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
