import { addDays } from '../../../shared/dates';
import {
  correctionInput,
  signOffInput,
  type SignOff,
  type SignOffInput,
  type SignOffMethod,
} from '../../../shared/domain/competencies';
import { listCompetencies } from '../competencies/catalogue';
import {
  correctionInTransaction,
  recorderOf,
  signOffInTransaction,
  type Recorder,
} from '../competencies/signoffs';
import type { Db } from '../db/open';
import { write, type WriteContext, type WriteTx } from '../db/write';
import type { DemoCalendar } from './calendar';
import { DEMO_COMPETENCIES } from './programs';
import { pick, seededRandom } from './random';

const SEED = 20260902;
/**
 * The seed buildDemoPrograms draws the residency preceptors' strengths with (its SEED). This
 * runs before it, so it replays the same draws to sign those strengths off; a test checks that
 * the two stay in step.
 */
const PROGRAMS_SEED = 4242;

/** Who buildDemoPrograms (and this file) picks, by employee number among active staff. */
const GROUPS = {
  preceptors: ["role = 'rn' AND coalesce(years_experience, 0) >= 8 AND job_level >= 3", 14],
  newGrads: ["role = 'rn' AND coalesce(years_experience, 0) <= 2 AND job_level = 1", 24],
  nurseEducators: ["role = 'rn' AND job_level = 4", 6],
  seniorPhlebotomists: ["role = 'phlebotomist' AND coalesce(years_experience, 0) >= 6", 5],
  juniorPhlebotomists: ["role = 'phlebotomist' AND coalesce(years_experience, 0) <= 2", 6],
  leaders: ['job_level = 5', 6],
  labLeads: ["role IN ('phlebotomist', 'lab_scientist', 'lab_technician') AND job_level >= 4", 6],
  labScientists: ["role = 'lab_scientist' AND coalesce(years_experience, 0) >= 5", 4],
} as const satisfies Record<string, readonly [string, number]>;

/** What a new graduate works on in the first months of the residency. */
const RESIDENCY_SKILLS = [
  'Medication administration',
  'EHR charting',
  'IV insertion',
  'Sepsis recognition',
  'Wound care',
  'Telemetry monitoring',
  'Patient education',
];

type Plan = Omit<SignOffInput, 'competencyId'> & { competency: string };
interface Person {
  id: number;
  unit: string | null;
}

function group(db: Db, [where, limit]: readonly [string, number]): Person[] {
  return db
    .prepare(
      `SELECT id, unit FROM staff WHERE status = 'active' AND ${where} ORDER BY employee_number LIMIT ?`,
    )
    .all(limit) as Person[];
}

/** The strengths buildDemoPrograms gives the residency preceptors, in the same order. */
export function residencyPreceptorStrengths(count: number): string[][] {
  const random = seededRandom(PROGRAMS_SEED);
  return Array.from({ length: count }, () => {
    const drawn = [pick(random, DEMO_COMPETENCIES), pick(random, DEMO_COMPETENCIES)];
    return [...drawn, 'Patient education'].filter((x, i, all) => all.indexOf(x) === i);
  });
}

/** Someone other than the person, taking turns through the candidates. */
function otherThan(staffId: number, candidates: readonly Person[], turn: number): number | null {
  const others = candidates.filter((c) => c.id !== staffId);
  return others[turn % Math.max(1, others.length)]?.id ?? null;
}

/** Experienced staff, validated proficient or expert at the spring competency fair. */
function seniorPlans(
  { random, day }: { random: () => number; day: string },
  who: readonly Person[],
  skills: (i: number) => readonly string[],
  validators: readonly Person[],
): Plan[] {
  return who.flatMap((p, i) => {
    const validatorId = otherThan(p.id, validators, i);
    if (validatorId === null) return [];
    return skills(i).map((competency, k) => ({
      staffId: p.id,
      competency,
      level: k === 0 && random() < 0.6 ? 5 : 4,
      validatorId,
      date: addDays(day, Math.floor(random() * 60)),
      method: random() < 0.7 ? 'observation' : 'demonstration',
      note: k === 0 ? 'Annual competency validation' : null,
    }));
  });
}

/** New starters: novice in the skills lab, advanced beginner on the unit, then competent for most. */
function learnerPlans(
  random: () => number,
  who: readonly Person[],
  skills: readonly string[],
  start: string,
  validators: { lab: readonly Person[]; unit: readonly Person[] },
): Plan[] {
  return who.flatMap((p, i) => {
    const sameUnit = validators.unit.filter((m) => m.unit === p.unit);
    const mentorId = otherThan(p.id, sameUnit.length > 0 ? sameUnit : validators.unit, i);
    const educatorId = otherThan(p.id, validators.lab, i);
    if (mentorId === null || educatorId === null) return [];
    const day = (from: number, spread: number) =>
      addDays(start, from + Math.floor(random() * spread));
    const step = (
      competency: string,
      level: number,
      validatorId: number,
      date: string,
      method: SignOffMethod,
      note: string | null,
    ): Plan => ({ staffId: p.id, competency, level, validatorId, date, method, note });
    return skills
      .filter(() => random() < 0.75)
      .flatMap((competency) => {
        // Some skills are still new to them, most are on the way, about half are there.
        const reached = random();
        const how = random() < 0.5 ? 'observation' : 'demonstration';
        return [
          step(
            competency,
            1,
            educatorId,
            day(1, 10),
            'simulation',
            'Skills lab during orientation',
          ),
          ...(reached >= 0.15
            ? [step(competency, 2, mentorId, day(27, 40), 'observation', null)]
            : []),
          ...(reached >= 0.5
            ? [step(competency, 3, mentorId, day(80, 120), how, 'Independent on the unit')]
            : []),
        ];
      });
  });
}

function record(tx: WriteTx, by: Recorder, ids: Map<string, number>, plan: Plan): SignOff | null {
  const competencyId = ids.get(plan.competency);
  // The demo may be built while a learner is still on the way: never record a future day.
  if (competencyId === undefined || plan.date > by.today) return null;
  return signOffInTransaction(tx, by, signOffInput.parse({ ...plan, competencyId }));
}

/**
 * Sign-offs for the demo facility: the residency preceptors proficient or expert in the
 * strengths they offer, the new graduates moving from novice towards competent over their first
 * months (one sign-off corrected), and phlebotomy, laboratory and leadership staff.
 */
export function buildDemoCompetencies(ctx: WriteContext, calendar: DemoCalendar): void {
  const random = seededRandom(SEED);
  const ids = new Map(listCompetencies(ctx.db).map((c) => [c.name, c.id]));
  const g = Object.fromEntries(
    Object.entries(GROUPS).map(([name, spec]) => [name, group(ctx.db, spec)]),
  ) as Record<keyof typeof GROUPS, Person[]>;
  const strengths = residencyPreceptorStrengths(g.preceptors.length);
  const phlebotomySkills = ['Venipuncture', 'Specimen handling', 'Blood culture collection'];
  const fair = { random, day: calendar.competencyFair };

  const plans: Plan[] = [
    ...seniorPlans(fair, g.preceptors, (i) => strengths[i] ?? [], g.nurseEducators),
    ...seniorPlans(
      fair,
      g.seniorPhlebotomists,
      () => ['Venipuncture', 'Specimen handling', 'Pediatric draws'],
      g.labLeads,
    ),
    ...seniorPlans(
      fair,
      g.labScientists,
      () => ['Quality control (QC)', 'Analyser maintenance'],
      g.labLeads,
    ),
    ...seniorPlans(fair, g.leaders, () => ['Leading a huddle'], g.leaders),
    ...learnerPlans(random, g.newGrads, RESIDENCY_SKILLS, calendar.residency.start, {
      lab: g.nurseEducators,
      unit: g.preceptors,
    }),
    ...learnerPlans(random, g.juniorPhlebotomists, phlebotomySkills, calendar.phlebotomy.start, {
      lab: g.labLeads,
      unit: g.seniorPhlebotomists,
    }),
  ];
  // One new graduate's "competent" was first typed as proficient, then corrected.
  const slip = plans.findIndex((p) => p.level === 3 && g.newGrads.some((n) => n.id === p.staffId));
  const typed = plans.map((p, i) => (i === slip ? { ...p, level: 4 } : p));
  const by = recorderOf(ctx);
  write(ctx, (tx) => {
    const recorded = typed.map((plan) => record(tx, by, ids, plan));
    const wrong = recorded[slip];
    if (!wrong) return;
    correctionInTransaction(
      tx,
      by,
      correctionInput.parse({
        signOffId: wrong.id,
        level: 3,
        validatorId: wrong.validator.staffId,
        date: wrong.date,
        method: wrong.method,
        note: wrong.note,
        reason: 'Entered as proficient by mistake; the preceptor observed competent practice.',
      }),
    );
  });
}
