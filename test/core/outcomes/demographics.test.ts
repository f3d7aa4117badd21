import { describe, expect, it } from 'vitest';
import { demographicsInput } from '../../../shared/domain/outcomes';
import {
  consentStatus,
  recordDemographics,
  withdrawConsent,
} from '../../../electron/core/outcomes/demographics';
import { addStaff } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

describe('self-identified data with consent', () => {
  it('stores answers only with a consent day, audits without the values, and withdrawal deletes them', () => {
    const ctx = testDb();
    const ana = addStaff(ctx, 'Ana-Ruiz');
    recordDemographics(
      ctx,
      demographicsInput.parse({
        staffId: ana.id,
        gender: 'Woman',
        raceEthnicity: '',
        ageBand: '25–34',
        consentRecordedOn: '2026-11-20',
      }),
    );
    expect(consentStatus(ctx.db, ana.id)).toMatchObject({ consentRecordedOn: '2026-11-20' });
    const row = ctx.db.prepare('SELECT gender, race_ethnicity FROM staff_demographics').get();
    expect(row).toEqual({ gender: 'Woman', race_ethnicity: null });
    const audit = ctx.db
      .prepare(`SELECT action, after_json FROM audit_events WHERE entity = 'staff_demographics'`)
      .all() as { action: string; after_json: string }[];
    expect(audit[0]?.action).toBe('record_consent');
    expect(audit[0]?.after_json).not.toContain('Woman');
    expect(audit[0]?.after_json).toContain('gender');

    withdrawConsent(ctx, ana.id);
    expect(ctx.db.prepare('SELECT count(*) FROM staff_demographics').pluck().get()).toBe(0);
    expect(consentStatus(ctx.db, ana.id).consentRecordedOn).toBeNull();
    expect(() => withdrawConsent(ctx, ana.id)).toThrow(/no consent is recorded/);
  });

  it('refuses consent dated in the future and a row without consent', () => {
    const ctx = testDb();
    const ana = addStaff(ctx, 'Ana-Ruiz');
    expect(() =>
      recordDemographics(
        ctx,
        demographicsInput.parse({
          staffId: ana.id,
          gender: 'Man',
          consentRecordedOn: '2027-01-01',
        }),
      ),
    ).toThrow(/future/);
    expect(() =>
      ctx.db
        .prepare(
          `INSERT INTO staff_demographics (staff_id, gender, consent_recorded_by, updated_at) VALUES (?, 'x', 'me', 'now')`,
        )
        .run(ana.id),
    ).toThrow(/NOT NULL/);
  });
});
