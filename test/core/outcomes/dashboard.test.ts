import { describe, expect, it } from 'vitest';
import { outcomesFilter } from '../../../shared/domain/outcomes';
import { buildDemoFacility } from '../../../electron/core/demo/build';
import { outcomesDashboard } from '../../../electron/core/outcomes/dashboard';
import { todayOf } from '../../../electron/core/db/write';
import { ROSTER_PATH, testDb } from '../../helpers/db';

describe('the outcomes dashboard on the demo facility', () => {
  it('reads every measure, suppressed, and narrows by program', { timeout: 120_000 }, async () => {
    const ctx = testDb();
    await buildDemoFacility(ctx, ROSTER_PATH);
    const today = todayOf(ctx);
    const all = outcomesDashboard(ctx.db, outcomesFilter.parse({}), today);
    expect(all.retention.mentees.n).toBeGreaterThan(10);
    expect(all.retention.comparison.n).toBeGreaterThan(10);
    expect(all.retention.mentees.curve[0]).toMatchObject({ month: 0, survival: 1 });
    expect(all.satisfaction.length).toBeGreaterThan(0);
    for (const c of all.satisfaction) if (c.responses < 3) expect(c.average).toBeNull();
    expect(all.engagement.expected).toBeGreaterThan(0);
    expect(all.skills.competencies.length).toBeGreaterThan(0);
    expect(all.access.withConsent).toBeGreaterThan(100);
    for (const t of all.access.tables) {
      for (const r of t.rows) {
        for (const c of Object.values(r.cells))
          if (!c.suppressed) expect(c.count).toBeGreaterThanOrEqual(5);
      }
    }
    expect(all.succession.ratings.length).toBeGreaterThan(0);

    const leadership = all.options.programs.find((p) => p.name.toLowerCase().includes('leader'));
    if (!leadership) throw new Error('the demo has no leadership program');
    const lead = outcomesDashboard(
      ctx.db,
      outcomesFilter.parse({ programId: leadership.id }),
      today,
    );
    expect(lead.retention.mentees.n).toBeLessThan(all.retention.mentees.n);
    expect(lead.engagement.cohorts.every((c) => c.programName === leadership.name)).toBe(true);
  });

  it('refuses a date range that ends before it starts, naming the field', () => {
    const parsed = outcomesFilter.safeParse({ from: '2026-05-01', to: '2026-01-01' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['to']);
  });
});
