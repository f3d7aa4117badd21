import { getCohort } from '../cohorts/service';
import { write, type WriteContext } from '../db/write';
import { inactivityDaysOf } from './rows';

/** The cohort's inactivity threshold (days without a held meeting); audited like any change. */
export function setInactivityDays(ctx: WriteContext, cohortId: number, days: number): void {
  getCohort(ctx.db, cohortId);
  const before = inactivityDaysOf(ctx.db, cohortId);
  if (before === days) return;
  write(ctx, (tx) => {
    tx.db
      .prepare(
        `INSERT INTO meeting_cohort_settings (cohort_id, inactivity_days, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (cohort_id) DO UPDATE SET inactivity_days = excluded.inactivity_days, updated_at = excluded.updated_at`,
      )
      .run(cohortId, days, tx.at);
    tx.audit({
      entity: 'cohort',
      entityId: cohortId,
      action: 'meetings:inactivity-days',
      before: { inactivityDays: before },
      after: { inactivityDays: days },
    });
  });
}
