import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput, type Cadence } from '../../../shared/domain/programs';
import type { Shift } from '../../../shared/domain/staff';
import { createCohort } from '../../../electron/core/cohorts/service';
import type { WriteContext } from '../../../electron/core/db/write';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { createProgram } from '../../../electron/core/programs/service';
import { addStaff, enrolMentee, enrolMentor } from '../../helpers/cohort';
import { testClock, testContext, testDb } from '../../helpers/db';
import { signedInRouter } from '../../helpers/accounts';

export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

export interface Options {
  cadence?: Cadence;
  /** The day the pairing is accepted, which is its start (the cohort starts on 2026-09-01). */
  startDay?: string;
  mentorShift?: Shift | null;
  menteeShift?: Shift | null;
  cohortCode?: string;
}

/** A program with the given cadence, one cohort, and one active pairing of Maya (mentor) and Nico (mentee). */
export function setUpMeetings(options: Options = {}) {
  const clock = testClock(`${options.startDay ?? '2026-09-01'}T08:00:00.000Z`);
  const ctx: WriteContext & { path: string } = { ...testDb(), clock };
  const template = PROGRAM_TEMPLATES.residency;
  const program = createProgram(
    ctx,
    programInput.parse({
      ...template,
      cadence: options.cadence ?? 'weekly',
      matching: { ...template.matching, requireTraining: false },
    }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: options.cohortCode ?? 'MTG-2026',
    name: 'Meetings 2026',
    startDate: '2026-09-01',
    endDate: null,
  });
  const mentor = addStaff(ctx, 'Maya-Mentor', {
    yearsExperience: 12,
    jobLevel: 4,
    shift: options.mentorShift === undefined ? 'day' : options.mentorShift,
  });
  const mentee = addStaff(ctx, 'Nico-Newgrad', {
    yearsExperience: 0,
    jobLevel: 1,
    shift: options.menteeShift === undefined ? 'evening' : options.menteeShift,
  });
  const mentorEnrolment = enrolMentor(ctx, cohort.id, mentor.id, 4);
  const menteeEnrolment = enrolMentee(ctx, cohort.id, mentee.id);
  const proposed = assignMentee(ctx, {
    cohortId: cohort.id,
    menteeEnrolmentId: menteeEnrolment.id,
    mentorEnrolmentId: mentorEnrolment.id,
  });
  const [pairing] = acceptProposals(ctx, [proposed.id]);
  return { ctx, clock, program, cohort, mentor, mentorEnrolment, pairing: must(pairing) };
}

/** Moves the test clock to a day (09:00 UTC). */
export function setToday(clock: ReturnType<typeof testClock>, day: string): void {
  clock.set(`${day}T09:00:00.000Z`);
}

/** The API router over the same database and clock, for input the schemas refuse. */
export function routerFor(ctx: WriteContext) {
  const app = testContext();
  app.db = ctx.db;
  app.clock = ctx.clock;
  return signedInRouter(app);
}

export const counts = (ctx: WriteContext) => ({
  meetings: ctx.db.prepare('SELECT count(*) AS n FROM meetings').get(),
  items: ctx.db.prepare('SELECT count(*) AS n FROM meeting_action_items').get(),
  audit: ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get(),
});

export const heldMeeting = (pairingId: number, date: string) => ({
  pairingId,
  date,
  durationMinutes: 45,
  mode: 'in_person' as const,
  topics: ['IV insertion practice'],
  notes: null,
  actionItems: [],
});
