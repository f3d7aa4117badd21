import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput, type MenteeIntake } from '../../../shared/domain/programs';
import type { Shift } from '../../../shared/domain/staff';
import { createCohort } from '../cohorts/service';
import { todayOf, type WriteContext } from '../db/write';
import { addDoNotPair } from '../do-not-pair/service';
import { enrol, listEnrolments } from '../enrolments/service';
import { transitionPairing } from '../pairings/lifecycle';
import { optimiseCohort } from '../pairings/optimise';
import { acceptProposals } from '../pairings/proposals';
import { listPairings } from '../pairings/rows';
import { createProgram } from '../programs/service';
import type { DemoCalendar } from './calendar';
import { pick, seededRandom } from './random';

const SEED = 4242;

export const DEMO_COMPETENCIES = [
  'IV insertion',
  'Wound care',
  'EHR charting',
  'Medication administration',
  'Venipuncture',
  'Patient education',
  'Leading a huddle',
  'Telemetry monitoring',
  'Sepsis recognition',
  'Specimen handling',
] as const;

const CAREER_INTERESTS = [
  'critical care',
  'education',
  'leadership',
  'quality improvement',
  'research',
  'wound care',
  'cardiac monitoring',
] as const;

interface Candidate {
  id: number;
  role: string | null;
  unit: string | null;
  shift: Shift | null;
  years: number;
  level: number;
}

function candidates(ctx: WriteContext, where: string): Candidate[] {
  return ctx.db
    .prepare(
      `SELECT id, role, unit, shift, coalesce(years_experience, 0) AS years, coalesce(job_level, 1) AS level
       FROM staff WHERE status = 'active' AND ${where} ORDER BY employee_number`,
    )
    .all() as Candidate[];
}

function intake(random: () => number, c: Candidate, wanted: readonly string[]): MenteeIntake {
  return {
    goals: 'Grow confident and independent on the unit',
    competenciesWanted: [pick(random, wanted), pick(random, wanted)].filter(
      (x, i, all) => all.indexOf(x) === i,
    ),
    careerInterests: [pick(random, CAREER_INTERESTS)],
    preferredShift: c.shift,
    unitPreference: 'same',
    languages: random() < 0.1 ? ['Spanish'] : [],
    preferences: '',
  };
}

/** A day of the demo's history; left out (today) when the workstation's clock has not reached it. */
function pastDay(ctx: WriteContext, day: string): string | undefined {
  return day < todayOf(ctx) ? day : undefined;
}

/**
 * The demo's programs: one of each kind, with cohorts, enrolments and pairings at every stage
 * of their life, so the board, the timelines and the exports all have something to show.
 */
export function buildDemoPrograms(ctx: WriteContext, calendar: DemoCalendar): void {
  const random = seededRandom(SEED);
  const programs = Object.fromEntries(
    Object.entries(PROGRAM_TEMPLATES).map(([kind, template]) => [
      kind,
      createProgram(ctx, programInput.parse(template)),
    ]),
  );

  const residency = programs.residency;
  if (!residency) return;
  const res = createCohort(ctx, {
    programId: residency.id,
    code: calendar.residency.code,
    name: calendar.residency.name,
    startDate: calendar.residency.start,
    endDate: calendar.residency.end,
  });
  const newGrads = candidates(
    ctx,
    "role = 'rn' AND coalesce(years_experience, 0) <= 2 AND job_level = 1",
  ).slice(0, 24);
  const preceptors = candidates(
    ctx,
    "role = 'rn' AND coalesce(years_experience, 0) >= 8 AND job_level >= 3",
  ).slice(0, 14);
  preceptors.forEach((p) =>
    enrol(ctx, {
      cohortId: res.id,
      role: 'mentor',
      staffIds: [p.id],
      capacity: 2,
      mentorProfile: {
        strengths: [
          ...new Set([
            pick(random, DEMO_COMPETENCIES),
            pick(random, DEMO_COMPETENCIES),
            'Patient education',
          ]),
        ],
      },
    }),
  );
  for (const g of newGrads)
    enrol(ctx, {
      cohortId: res.id,
      role: 'mentee',
      staffIds: [g.id],
      intake: intake(random, g, DEMO_COMPETENCIES),
    });
  // The residency has been running for months: its pairings were proposed and accepted in its
  // first week, then one ended early and one paused (entered now, dated then).
  optimiseCohort(ctx, res.id, 'most-matched', pastDay(ctx, calendar.residencyOptimised));
  const proposals = listPairings(ctx.db, "p.cohort_id = ? AND p.status = 'proposed'", res.id);
  const accepted = acceptProposals(
    ctx,
    proposals.slice(0, Math.max(0, proposals.length - 4)).map((p) => p.id),
    pastDay(ctx, calendar.residencyAccepted),
  );
  const [paused, ended] = accepted;
  if (paused)
    transitionPairing(ctx, {
      pairingId: paused.id,
      to: 'paused',
      note: 'Mentee on a four-week course',
      on: pastDay(ctx, calendar.residencyPaused),
    });
  if (ended)
    transitionPairing(ctx, {
      pairingId: ended.id,
      to: 'ended_early',
      reason: 'schedule_conflict',
      note: 'Preceptor moved to permanent nights',
      on: pastDay(ctx, calendar.residencyEndedEarly),
    });

  const leadership = programs.leadership;
  if (leadership) {
    const lead = createCohort(ctx, {
      programId: leadership.id,
      code: calendar.leadership.code,
      name: calendar.leadership.name,
      startDate: calendar.leadership.start,
      endDate: calendar.leadership.end,
    });
    const leaders = candidates(ctx, 'job_level = 5').slice(0, 6);
    const future = candidates(
      ctx,
      'job_level = 3 AND coalesce(years_experience, 0) BETWEEN 5 AND 12',
    ).slice(0, 10);
    enrol(ctx, {
      cohortId: lead.id,
      role: 'mentor',
      staffIds: leaders.map((l) => l.id),
      capacity: 2,
      mentorProfile: { strengths: ['Leading a huddle'] },
    });
    for (const f of future) {
      enrol(ctx, {
        cohortId: lead.id,
        role: 'mentee',
        staffIds: [f.id],
        intake: {
          ...intake(random, f, ['Leading a huddle']),
          careerInterests: ['leadership'],
          unitPreference: 'any',
        },
      });
    }
    optimiseCohort(ctx, lead.id, 'best-total');
  }

  const preceptorship = programs.preceptorship;
  if (preceptorship) {
    const phl = createCohort(ctx, {
      programId: preceptorship.id,
      code: calendar.phlebotomy.code,
      name: calendar.phlebotomy.name,
      startDate: calendar.phlebotomy.start,
      endDate: calendar.phlebotomy.end,
    });
    const phlebotomists = candidates(ctx, "role = 'phlebotomist'");
    const senior = phlebotomists.filter((p) => p.years >= 6).slice(0, 5);
    const junior = phlebotomists.filter((p) => p.years <= 2).slice(0, 6);
    enrol(ctx, {
      cohortId: phl.id,
      role: 'mentor',
      staffIds: senior.map((s) => s.id),
      capacity: 1,
      mentorProfile: { strengths: ['Venipuncture', 'Specimen handling'] },
    });
    for (const j of junior)
      enrol(ctx, {
        cohortId: phl.id,
        role: 'mentee',
        staffIds: [j.id],
        intake: intake(random, j, ['Venipuncture', 'Specimen handling']),
      });
  }

  // One do-not-pair entry, between a preceptor and a new graduate, so the rule shows on the board.
  const [firstPreceptor] = listEnrolments(ctx.db, res.id, 'mentor');
  const lastGrad = newGrads.at(-1);
  if (firstPreceptor && lastGrad)
    addDoNotPair(
      ctx,
      firstPreceptor.person.staffId,
      lastGrad.id,
      'Relatives (declared conflict of interest)',
    );
}
