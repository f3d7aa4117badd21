import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput, type ProgramFormat } from '../../../shared/domain/programs';
import { createCohort } from '../../../electron/core/cohorts/service';
import type { WriteContext } from '../../../electron/core/db/write';
import { enrol, listEnrolments } from '../../../electron/core/enrolments/service';
import { optimiseCohort } from '../../../electron/core/pairings/optimise';
import { acceptAllowedProposals } from '../../../electron/core/pairings/proposals';
import { listPairings } from '../../../electron/core/pairings/rows';
import { createProgram } from '../../../electron/core/programs/service';
import { addStaff } from '../../helpers/cohort';
import { testClock, testDb } from '../../helpers/db';

/** Moves the test clock to a day (09:00 UTC). */
export function setDay(ctx: { clock: ReturnType<typeof testClock> }, day: string): void {
  ctx.clock.set(`${day}T09:00:00.000Z`);
}

/** A program of the given format (weekly, no training required), one cohort from 2026-09-01. */
export function programOf(ctx: WriteContext, format: ProgramFormat, defaultCapacity: number) {
  const template = format === 'peer' ? PROGRAM_TEMPLATES.peer : PROGRAM_TEMPLATES.residency;
  const program = createProgram(
    ctx,
    programInput.parse({
      ...template,
      name: `${format} program`,
      format,
      cadence: 'weekly',
      defaultCapacity,
      matching: { ...template.matching, requireTraining: false, requireSameShift: false },
    }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: `${format.toUpperCase()}-2026`,
    name: `${format} 2026`,
    startDate: '2026-09-01',
    endDate: null,
  });
  return { program, cohort };
}

/**
 * A group-format program (group size 3): Maya and Omar mentor, Nico, Pia and Rui are mentees.
 * Matching fills Maya's group or Omar's; accepting all makes the circles. Today is 2026-09-01.
 */
export function setUpCircle() {
  const ctx = { ...testDb(), clock: testClock('2026-09-01T08:00:00.000Z') };
  const { program, cohort } = programOf(ctx, 'group', 3);
  const maya = addStaff(ctx, 'Maya-Mentor', { yearsExperience: 12, jobLevel: 4, shift: 'day' });
  const omar = addStaff(ctx, 'Omar-Other', { yearsExperience: 9, jobLevel: 3, shift: 'day' });
  const mentees = ['Nico-Newgrad', 'Pia-Newgrad', 'Rui-Newgrad'].map((n) =>
    addStaff(ctx, n, { yearsExperience: 0, jobLevel: 1, shift: 'day' }),
  );
  enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [maya.id], capacity: 3 });
  // Omar takes nobody through matching (capacity 0): he joins a circle as its co-mentor.
  enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [omar.id], capacity: 0 });
  enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: mentees.map((m) => m.id) });
  const mentors = listEnrolments(ctx.db, cohort.id, 'mentor');
  const menteeEnrolments = listEnrolments(ctx.db, cohort.id, 'mentee');
  const byName = (list: typeof mentors, first: string) => {
    const e = list.find((x) => x.person.displayName.startsWith(first));
    if (!e) throw new Error(`no enrolment for ${first}`);
    return e;
  };
  return {
    ctx,
    program,
    cohort,
    maya: byName(mentors, 'Maya'),
    omar: byName(mentors, 'Omar'),
    nico: byName(menteeEnrolments, 'Nico'),
    pia: byName(menteeEnrolments, 'Pia'),
    rui: byName(menteeEnrolments, 'Rui'),
  };
}

/** Matches the circle cohort and accepts every proposal; returns the accepted pairings. */
export function matchAndAccept(ctx: WriteContext, cohortId: number) {
  optimiseCohort(ctx, cohortId, 'most-matched');
  const proposed = listPairings(ctx.db, "p.cohort_id = ? AND p.status = 'proposed'", cohortId);
  return acceptAllowedProposals(
    ctx,
    proposed.map((p) => p.id),
  ).accepted;
}

export const circleMeeting = (
  circleId: number,
  date: string,
  attendance: { enrolmentId: number; present: boolean; reason?: string | null }[],
) => ({
  circleId,
  date,
  durationMinutes: 60,
  mode: 'in_person' as const,
  topics: ['Handover practice'],
  notes: null,
  attendance,
});
