import type { ConsentStatus, DemographicsInput } from '../../../shared/domain/outcomes';
import { TandemError } from '../../../shared/result';
import { getPerson } from '../competencies/rows';
import type { Db } from '../db/open';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';

const FIELDS = [
  'gender',
  'raceEthnicity',
  'ageBand',
  'firstGeneration',
  'internationallyEducated',
] as const;

/**
 * The audit trail is exported and read by outside reviewers, so it records that consent was
 * given or withdrawn and which fields were answered, never the self-identified values.
 */
function auditView(staffId: number, consentRecordedOn: string | null, input?: DemographicsInput) {
  return {
    staffId,
    consentRecordedOn,
    fieldsAnswered: input ? FIELDS.filter((f) => input[f] !== null) : [],
  };
}

export function consentStatus(db: Db, staffId: number): ConsentStatus {
  getPerson(db, staffId);
  const row = db
    .prepare(
      'SELECT consent_recorded_on AS "on", consent_recorded_by AS "by" FROM staff_demographics WHERE staff_id = ?',
    )
    .get(staffId) as { on: string; by: string } | undefined;
  return { staffId, consentRecordedOn: row?.on ?? null, consentRecordedBy: row?.by ?? null };
}

export function recordDemographicsInTransaction(
  tx: WriteTx,
  actor: string,
  today: string,
  input: DemographicsInput,
): ConsentStatus {
  getPerson(tx.db, input.staffId);
  if (input.consentRecordedOn > today) {
    throw new TandemError(
      'invalid_input',
      'Nothing was recorded: consent cannot be dated in the future.',
      {
        problems: [
          { field: 'consentRecordedOn', value: input.consentRecordedOn, message: 'is after today' },
        ],
      },
    );
  }
  const before = tx.db
    .prepare('SELECT consent_recorded_on FROM staff_demographics WHERE staff_id = ?')
    .pluck()
    .get(input.staffId) as string | undefined;
  const bool = (b: boolean | null) => (b === null ? null : b ? 1 : 0);
  tx.db
    .prepare(
      `INSERT INTO staff_demographics (staff_id, gender, race_ethnicity, age_band, first_generation,
         internationally_educated, consent_recorded_on, consent_recorded_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (staff_id) DO UPDATE SET gender = excluded.gender,
         race_ethnicity = excluded.race_ethnicity, age_band = excluded.age_band,
         first_generation = excluded.first_generation,
         internationally_educated = excluded.internationally_educated,
         consent_recorded_on = excluded.consent_recorded_on,
         consent_recorded_by = excluded.consent_recorded_by, updated_at = excluded.updated_at`,
    )
    .run(
      input.staffId,
      input.gender,
      input.raceEthnicity,
      input.ageBand,
      bool(input.firstGeneration),
      bool(input.internationallyEducated),
      input.consentRecordedOn,
      actor,
      tx.at,
    );
  tx.audit({
    entity: 'staff_demographics',
    entityId: input.staffId,
    action: before === undefined ? 'record_consent' : 'update',
    before: before === undefined ? null : { staffId: input.staffId, consentRecordedOn: before },
    after: auditView(input.staffId, input.consentRecordedOn, input),
  });
  return {
    staffId: input.staffId,
    consentRecordedOn: input.consentRecordedOn,
    consentRecordedBy: actor,
  };
}

/** Records (or replaces) one person's self-identified data with the day they consented. */
export function recordDemographics(ctx: WriteContext, input: DemographicsInput): ConsentStatus {
  return write(ctx, (tx) =>
    recordDemographicsInTransaction(tx, ctx.actor.name, todayOf(ctx), input),
  );
}

/**
 * Withdrawing consent deletes the person's demographics row outright (nothing is kept
 * "just in case"); the audit trail keeps only that consent was withdrawn, and when.
 */
export function withdrawConsent(ctx: WriteContext, staffId: number): ConsentStatus {
  return write(ctx, (tx) => withdrawConsentInTransaction(tx, todayOf(ctx), staffId));
}

/** Withdraws consent inside the caller's transaction (the roster import uses it too). */
export function withdrawConsentInTransaction(
  tx: WriteTx,
  today: string,
  staffId: number,
): ConsentStatus {
  getPerson(tx.db, staffId);
  const before = tx.db
    .prepare('SELECT consent_recorded_on FROM staff_demographics WHERE staff_id = ?')
    .pluck()
    .get(staffId) as string | undefined;
  if (before === undefined) {
    throw new TandemError(
      'conflict',
      'Nothing was changed: no consent is recorded for this person.',
      {
        problems: [
          { field: 'staffId', value: String(staffId), message: 'has no consent recorded' },
        ],
      },
    );
  }
  tx.db.prepare('DELETE FROM staff_demographics WHERE staff_id = ?').run(staffId);
  tx.audit({
    entity: 'staff_demographics',
    entityId: staffId,
    action: 'withdraw_consent',
    before: { staffId, consentRecordedOn: before },
    after: { staffId, withdrawnOn: today },
  });
  return { staffId, consentRecordedOn: null, consentRecordedBy: null };
}
