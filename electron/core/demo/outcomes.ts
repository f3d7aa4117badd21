import { addDays } from '../../../shared/dates';
import { AGE_BANDS, READINESS, type DemographicsInput } from '../../../shared/domain/outcomes';
import { todayOf, write, type WriteContext } from '../db/write';
import { recordDemographicsInTransaction } from '../outcomes/demographics';
import { rateInTransaction } from '../outcomes/succession';
import { pick, seededRandom } from './random';

const SEED = 9091;
const GENDERS = ['Woman', 'Man', 'Non-binary'] as const;
const ETHNICITIES = [
  'Asian',
  'Black',
  'Hispanic or Latino',
  'White',
  'Multiracial',
  'Indigenous',
] as const;
const TARGET_ROLES = ['Charge nurse', 'Nurse manager', 'Lab supervisor'] as const;

/**
 * About two thirds of current staff recorded self-identified data with consent (some leave a
 * field empty, as anyone may); the leadership cohort's mentees get a readiness rating from
 * their mentor, and two of them a later re-rating that supersedes the first.
 */
export function buildDemoOutcomes(ctx: WriteContext): void {
  const random = seededRandom(SEED);
  const today = todayOf(ctx);
  const staff = ctx.db
    .prepare(`SELECT id, hire_date FROM staff WHERE status <> 'left' ORDER BY id`)
    .all() as { id: number; hire_date: string | null }[];
  // Proposals of the leadership cohort may still await acceptance, so raters are its mentors.
  const cohort = ctx.db
    .prepare(
      `SELECT c.id FROM cohorts c JOIN programs pr ON pr.id = c.program_id
       WHERE pr.kind = 'leadership' ORDER BY c.start_date DESC LIMIT 1`,
    )
    .pluck()
    .get() as number | undefined;
  const enrolled = (role: string) =>
    cohort === undefined
      ? []
      : (ctx.db
          .prepare(
            `SELECT staff_id FROM enrolments WHERE cohort_id = ? AND role = ? AND withdrawn_at IS NULL ORDER BY id`,
          )
          .pluck()
          .all(cohort, role) as number[]);
  const mentors = enrolled('mentor');
  const leaders = enrolled('mentee').flatMap((staffId, i) => {
    const raterId = mentors[i % Math.max(mentors.length, 1)];
    return raterId === undefined || raterId === staffId ? [] : [{ staffId, raterId }];
  });
  write(ctx, (tx) => {
    for (const s of staff) {
      if (random() > 0.66) continue;
      const consentOn = addDays(today, -Math.floor(random() * 200) - 1);
      const input: DemographicsInput = {
        staffId: s.id,
        gender:
          random() < 0.95
            ? random() < 0.02
              ? 'Non-binary'
              : pick(random, GENDERS.slice(0, 2))
            : null,
        raceEthnicity: random() < 0.9 ? pick(random, ETHNICITIES) : null,
        ageBand: random() < 0.93 ? pick(random, AGE_BANDS) : null,
        firstGeneration: random() < 0.8 ? random() < 0.3 : null,
        internationallyEducated: random() < 0.85 ? random() < 0.18 : null,
        consentRecordedOn: consentOn,
      };
      recordDemographicsInTransaction(tx, 'demo', today, input);
    }
    leaders.forEach((l, i) => {
      const first = rateInTransaction(tx, 'demo', today, {
        staffId: l.staffId,
        raterId: l.raterId,
        readiness: pick(random, READINESS),
        ratedOn: addDays(today, -20),
        targetRole: TARGET_ROLES[i % TARGET_ROLES.length] ?? 'Charge nurse',
        note: null,
      });
      if (i < 2) {
        rateInTransaction(tx, 'demo', today, {
          staffId: l.staffId,
          raterId: l.raterId,
          readiness: 'ready_now',
          ratedOn: today,
          targetRole: first.targetRole,
          note: 'Led the unit huddle for a month without support.',
        });
      }
    });
  });
}
