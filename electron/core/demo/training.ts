import { addDays } from '../../../shared/dates';
import { addMonths } from '../../../shared/domain/training';
import { todayOf, type WriteContext } from '../db/write';
import { correctCompletion, recordCompletion } from '../training/completions';
import { nameKey } from '../training/modules';
import { catalogue } from '../training/status';
import { pick, seededRandom } from './random';

const SEED = 5150;

const EVIDENCE = [
  'Certificate on file in the education office',
  'LMS transcript',
  'Sign-in sheet, classroom session',
  'Attended the skills day in person',
  'Online module with post-test passed',
] as const;

interface Person {
  id: number;
  hire_date: string | null;
}

function staffWhere(ctx: WriteContext, where: string): Person[] {
  return ctx.db
    .prepare(
      `SELECT id, hire_date FROM staff WHERE status = 'active' AND ${where} ORDER BY employee_number`,
    )
    .all() as Person[];
}

/**
 * What happens to the demo's residency preceptors, by their place in the list the programs demo
 * enrols them from (the first 14 experienced senior RNs): most are trained, a few are not, so
 * the pairing board shows refusals with their reasons, and the due list has something in it.
 */
type Scenario = 'trained' | 'untrained' | 'expired' | 'no_feedback' | 'expiring';
const PRECEPTOR_SCENARIOS: Partial<Record<number, Scenario>> = {
  3: 'untrained',
  6: 'no_feedback',
  10: 'expired',
  12: 'expiring',
};

/**
 * The demo facility's training records, dated back from the day the demo is built, so expiry
 * looks the same whenever it is built: the residency preceptors (see PRECEPTOR_SCENARIOS), the
 * leadership and phlebotomy mentors, and the new graduates' mentee modules. Runs before the
 * programs demo, which enrols these people and asks matching about their training.
 */
export function buildDemoTraining(ctx: WriteContext): void {
  const today = todayOf(ctx);
  const random = seededRandom(SEED);
  const modules = catalogue(ctx.db);
  const record = (person: Person, moduleName: string, monthsAgo: number, extraDays = 0) => {
    const module = modules.get(nameKey(moduleName));
    if (!module) return null;
    const target = addDays(addMonths(today, -monthsAgo), -extraDays);
    // Nobody completes training before they were hired.
    const completedOn =
      person.hire_date !== null && target < person.hire_date ? person.hire_date : target;
    return recordCompletion(ctx, {
      staffId: person.id,
      moduleId: module.id,
      completedOn,
      evidence: pick(random, EVIDENCE),
    });
  };
  const months = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const preceptors = staffWhere(
    ctx,
    "role = 'rn' AND coalesce(years_experience, 0) >= 8 AND job_level >= 3",
  ).slice(0, 20);
  preceptors.forEach((p, i) => {
    const scenario = PRECEPTOR_SCENARIOS[i] ?? 'trained';
    if (scenario === 'untrained') return;
    if (scenario === 'expired') record(p, 'Preceptor essentials', 24, 60 + months(0, 90));
    else if (scenario === 'expiring') record(p, 'Preceptor essentials', 23, -months(5, 25));
    else record(p, 'Preceptor essentials', months(1, 20));
    if (scenario !== 'no_feedback') record(p, 'Giving effective feedback', months(1, 30));
    if (random() < 0.4) record(p, 'Inclusive mentoring', months(1, 18));
  });

  // A correction, so the history shows a void next to the record that replaced it.
  const corrected = preceptors[1];
  if (corrected) {
    const wrong = record(corrected, 'Setting SMART goals', 0, 3);
    if (wrong) {
      correctCompletion(ctx, {
        id: wrong.id,
        completedOn: addDays(wrong.completedOn, -7),
        evidence: wrong.evidence,
        reason: 'Typed the date the sign-in sheet was filed, not the session date',
      });
    }
  }

  for (const leader of staffWhere(ctx, 'job_level = 5').slice(0, 6)) {
    record(leader, 'Preceptor essentials', months(2, 20));
    record(leader, 'Inclusive mentoring', months(1, 20));
  }
  const phlebotomists = staffWhere(
    ctx,
    "role = 'phlebotomist' AND coalesce(years_experience, 0) >= 6",
  ).slice(0, 5);
  for (const senior of phlebotomists) record(senior, 'Preceptor essentials', months(1, 22));

  const newGrads = staffWhere(
    ctx,
    "role = 'rn' AND coalesce(years_experience, 0) <= 2 AND job_level = 1",
  ).slice(0, 24);
  newGrads.forEach((g, i) => {
    if (i % 3 !== 2) record(g, 'Setting SMART goals', 0, months(3, 60));
    if (i % 5 === 0) record(g, 'Inclusive mentoring', months(0, 2), 5);
  });
}
