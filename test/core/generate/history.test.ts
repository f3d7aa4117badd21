import { describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import { generateHistory } from '../../../electron/core/generate/history';
import { satisfaction } from '../../../electron/core/outcomes/satisfaction';
import { outcomesFilter } from '../../../shared/domain/outcomes';
import { testDb } from '../../helpers/db';

describe('the large-facility generator', () => {
  it('writes years of consistent history with an intact audit trail', () => {
    const ctx = testDb();
    const counts = generateHistory(ctx, { staff: 400, years: 3, seed: 5 });
    expect(counts.staff).toBe(400);
    expect(counts.leavers).toBeGreaterThan(0);
    expect(counts.cohorts).toBeGreaterThanOrEqual(8);
    expect(counts.meetings).toBeGreaterThan(0);
    const q = (sql: string) => ctx.db.prepare(sql).pluck().get() as number;
    // Leavers have left: an end day and the status say so together.
    expect(q("SELECT count(*) FROM staff WHERE (status = 'left') <> (end_date IS NOT NULL)")).toBe(
      0,
    );
    // Pairings through their lifecycle, each with a transition into its current status.
    expect(q('SELECT count(DISTINCT status) FROM pairings')).toBeGreaterThanOrEqual(3);
    expect(
      q(
        'SELECT count(*) FROM pairings p WHERE NOT EXISTS (SELECT 1 FROM pairing_transitions t WHERE t.pairing_id = p.id AND t.to_status = p.status)',
      ),
    ).toBe(0);
    // Nobody meets before their pairing starts or after it ends.
    expect(
      q(
        'SELECT count(*) FROM meetings m JOIN pairings p ON p.id = m.pairing_id WHERE m.date < p.start_date OR (p.end_date IS NOT NULL AND m.date > p.end_date)',
      ),
    ).toBe(0);
    // Transitions happen on the pairing's own days: it becomes active on its start day.
    expect(
      q(
        "SELECT count(*) FROM pairing_transitions t JOIN pairings p ON p.id = t.pairing_id WHERE t.to_status = 'active' AND substr(t.at, 1, 10) <> p.start_date",
      ),
    ).toBe(0);
    expect(q("SELECT count(*) FROM pairing_transitions WHERE at > '2026-11-24'")).toBe(0);
    // Evaluations: mentee and mentor forms, some from paper, scores on 0–100, within the pairing.
    expect(counts['evaluation responses']).toBeGreaterThan(100);
    expect(q("SELECT count(*) FROM evaluation_responses WHERE source = 'paper'")).toBeGreaterThan(
      0,
    );
    expect(
      q(
        'SELECT count(DISTINCT v.audience) FROM evaluation_responses r JOIN form_versions v ON v.id = r.form_version_id',
      ),
    ).toBe(2);
    expect(
      q(
        'SELECT count(*) FROM evaluation_responses r JOIN pairings p ON p.id = r.pairing_id WHERE r.answered_on < p.start_date OR (p.end_date IS NOT NULL AND r.answered_on > p.end_date)',
      ),
    ).toBe(0);
    expect(q('SELECT min(score) FROM evaluation_responses')).toBeGreaterThanOrEqual(0);
    expect(q('SELECT max(score) FROM evaluation_responses')).toBeLessThanOrEqual(100);
    const chart = satisfaction(ctx.db, outcomesFilter.parse({}));
    expect(chart.filter((c) => c.average !== null).length).toBeGreaterThan(4);
    // Self-identified data for most, with consent, the values never in the trail.
    expect(q('SELECT count(*) FROM staff_demographics')).toBeGreaterThan(150);
    expect(
      q(
        "SELECT count(*) FROM audit_events WHERE entity = 'staff_demographics' AND (after_json LIKE '%Female%' OR after_json LIKE '%White%')",
      ),
    ).toBe(0);
    // Leadership mentees rated by their mentor, never by themselves.
    expect(q('SELECT count(*) FROM succession_ratings')).toBeGreaterThan(0);
    expect(q('PRAGMA foreign_key_check') ?? 0).toBe(0);
    expect(verifyAuditTrail(ctx.db)).toMatchObject({ intact: true });
  });
});
