import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayOf } from '../../shared/dates';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe("a day on the workstation's calendar", () => {
  it('is the local day: an evening in New York is still that day, not tomorrow in UTC', () => {
    process.env.TZ = 'America/New_York';
    expect(dayOf(new Date('2026-12-03T01:30:00.000Z'))).toBe('2026-12-02');
  });

  it('is the local day east of Greenwich too: just after midnight in Auckland is the next day', () => {
    process.env.TZ = 'Pacific/Auckland';
    expect(dayOf(new Date('2026-12-02T12:30:00.000Z'))).toBe('2026-12-03');
  });

  it('counts days across month ends and a daylight-saving change without losing one', () => {
    process.env.TZ = 'Europe/London';
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
  });
});
