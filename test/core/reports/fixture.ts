import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput } from '../../../shared/domain/programs';
import { goalInput, type GoalInput } from '../../../shared/domain/goals';
import { meetingFields } from '../../../shared/domain/meetings';
import { responseInput, type ResponseInput } from '../../../shared/domain/evaluations';
import { signOffInput } from '../../../shared/domain/competencies';
import { completionInput } from '../../../shared/domain/training';
import { createCohort } from '../../../electron/core/cohorts/service';
import { createContext, type AppContext } from '../../../electron/core/context';
import type { WriteContext } from '../../../electron/core/db/write';
import { STARTER_FORM_IDS } from '../../../electron/core/db/migrations/007-evaluations';
import { latestVersion } from '../../../electron/core/evaluations/form-rows';
import { submitResponse } from '../../../electron/core/evaluations/responses';
import { recordSignOff } from '../../../electron/core/competencies/signoffs';
import { createGoal } from '../../../electron/core/goals/service';
import { recordProgress } from '../../../electron/core/goals/progress';
import { setMilestoneAchieved } from '../../../electron/core/goals/milestones';
import { logMeeting } from '../../../electron/core/meetings/service';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { createProgram } from '../../../electron/core/programs/service';
import { recordCompletion } from '../../../electron/core/training/completions';
import type { PdfPrinter } from '../../../electron/core/printing/printer';
import { memorySettings } from '../../../electron/core/settings';
import { addStaff, enrolMentee, enrolMentor } from '../../helpers/cohort';
import { TEST_ACTOR, tempDir, testClock, testDb } from '../../helpers/db';

export type TestClock = ReturnType<typeof testClock>;

export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

export const at = (clock: TestClock, day: string) => clock.set(`${day}T09:00:00.000Z`);

/** What the packet of 2026-Q3 must show, written once for the tests that look for it. */
export const MENTEE_COMMENT_Q3 =
  'My mentor made time for me after every night shift and I finally feel safe with central lines.';
export const MENTOR_COMMENT_Q3 = 'Ben handles a full assignment now; next we work on handover.';

/**
 * A residency cohort RES-2026-SPR starting 2026-04-01 with one pairing, Ana Ruiz (mentor) and
 * Ben Ode (mentee), and a quarter's worth of records in 2026-Q3: two goals with progress and an
 * achieved milestone, weekly meetings with action items, a sign-off, a training completion, and
 * quarterly evaluations from both (Ben's confidential, Ana's named) in 2026-Q2 and 2026-Q3.
 * The clock is left on 2026-10-15.
 */
export function facilityWithPairing(options: { quiet?: boolean; cohortCode?: string } = {}) {
  const clock = testClock('2026-04-01T08:00:00.000Z');
  const ctx: WriteContext & { path: string } = { ...testDb(), clock };
  ctx.db
    .prepare(
      "INSERT OR REPLACE INTO facility (id, name, created_at) VALUES (1, 'St. Elsewhere General Hospital', ?)",
    )
    .run('2026-01-01T00:00:00.000Z');
  const template = PROGRAM_TEMPLATES.residency;
  const program = createProgram(
    ctx,
    programInput.parse({ ...template, matching: { ...template.matching, requireTraining: false } }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: options.cohortCode ?? 'RES-2026-SPR',
    name: 'Residency spring 2026',
    startDate: '2026-04-01',
    endDate: null,
  });
  const mentor = addStaff(ctx, 'Ana-Ruiz', { yearsExperience: 12, jobLevel: 4 });
  const mentee = addStaff(ctx, 'Ben-Ode', { yearsExperience: 0, jobLevel: 1 });
  const pairing = addPairing(ctx, cohort.id, mentor.id, mentee.id);
  if (!options.quiet) fillQuarter(ctx, clock, pairing.id, { mentor: mentor.id, mentee: mentee.id });
  at(clock, '2026-10-15');
  return { ctx, clock, program, cohort, mentor, mentee, pairing };
}

export function addPairing(
  ctx: WriteContext,
  cohortId: number,
  mentorId: number,
  menteeId: number,
) {
  const proposed = assignMentee(ctx, {
    cohortId,
    menteeEnrolmentId: enrolMentee(ctx, cohortId, menteeId).id,
    mentorEnrolmentId: enrolMentor(ctx, cohortId, mentorId, 4).id,
  });
  return must(acceptProposals(ctx, [proposed.id])[0]);
}

export function goal(pairingId: number, n: number, overrides: Partial<GoalInput> = {}) {
  return goalInput.parse({
    pairingId,
    title:
      n === 1
        ? 'Insert peripheral IVs independently'
        : `Goal number ${n}: chart every assessment on time`,
    metric: 'Successful independent insertions',
    unit: 'insertions',
    baseline: 0,
    target: 10,
    plan: 'Two supervised insertions a shift',
    relevance: 'IV insertion',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    milestones: [{ title: 'Five independent insertions', dueDate: '2026-08-31' }],
    ...overrides,
  });
}

export const versionOf = (ctx: WriteContext, formId: number) => latestVersion(ctx.db, formId).id;

const menteeAnswers = (level: number, comment: string | null) => [
  { key: 'support_1', value: level },
  { key: 'support_2', value: level },
  { key: 'confidence_1', value: level },
  { key: 'skills_1', value: level },
  { key: 'communication_1', value: level },
  { key: 'met_as_planned', value: 1 },
  { key: 'overall', value: level * 2 },
  ...(comment ? [{ key: 'comments', value: comment }] : []),
];

const mentorAnswers = (level: number, comment: string | null) => [
  { key: 'skills', value: level },
  { key: 'judgement', value: level },
  { key: 'organisation', value: level },
  { key: 'communication', value: level },
  { key: 'feedback', value: level },
  { key: 'readiness', value: 'On track' },
  { key: 'overall', value: level * 2 },
  ...(comment ? [{ key: 'comments', value: comment }] : []),
];

export function menteeResponse(
  ctx: WriteContext,
  pairingId: number,
  menteeId: number,
  period: string,
  paperDate: string,
  level: number,
  comment: string | null,
) {
  const input: ResponseInput = {
    formVersionId: versionOf(ctx, STARTER_FORM_IDS.menteeQuarterly),
    pairingId,
    period,
    respondentStaffId: menteeId,
    answers: menteeAnswers(level, comment),
    source: 'paper',
    paperDate,
  };
  return submitResponse(ctx, responseInput.parse(input));
}

export function mentorResponse(
  ctx: WriteContext,
  pairingId: number,
  mentorId: number,
  period: string,
  paperDate: string,
  level: number,
  comment: string | null,
) {
  return submitResponse(
    ctx,
    responseInput.parse({
      formVersionId: versionOf(ctx, STARTER_FORM_IDS.mentorQuarterly),
      pairingId,
      period,
      respondentStaffId: mentorId,
      answers: mentorAnswers(level, comment),
      source: 'paper',
      paperDate,
    }),
  );
}

function fillQuarter(
  ctx: WriteContext,
  clock: TestClock,
  pairingId: number,
  people: { mentor: number; mentee: number },
) {
  const iv = createGoal(ctx, goal(pairingId, 1));
  createGoal(ctx, goal(pairingId, 2, { milestones: [] }));
  at(clock, '2026-10-15');
  recordProgress(ctx, { goalId: iv.id, date: '2026-07-20', value: 3, note: 'First three' });
  recordProgress(ctx, { goalId: iv.id, date: '2026-09-10', value: 6, note: 'Six now' });
  setMilestoneAchieved(ctx, must(iv.milestones[0]).id, '2026-09-10');
  for (const [i, date] of ['2026-07-02', '2026-07-09', '2026-08-06', '2026-09-03'].entries()) {
    logMeeting(ctx, {
      pairingId,
      ...meetingFields.parse({
        date,
        durationMinutes: 45,
        mode: i % 2 === 0 ? 'in_person' : 'video',
        topics: ['IV insertion practice'],
        actionItems:
          i === 0
            ? [
                {
                  description: 'Book a place in the IV simulation lab',
                  owner: 'mentee',
                  dueDate: '2026-07-31',
                },
              ]
            : [],
      }),
    });
  }
  recordSignOff(
    ctx,
    signOffInput.parse({
      staffId: people.mentee,
      competencyId: 1,
      level: 3,
      validatorId: people.mentor,
      date: '2026-09-15',
      method: 'observation',
    }),
  );
  recordCompletion(
    ctx,
    completionInput.parse({ staffId: people.mentor, moduleId: 2, completedOn: '2026-08-20' }),
  );
  menteeResponse(ctx, pairingId, people.mentee, '2026-Q2', '2026-06-25', 3, null);
  mentorResponse(ctx, pairingId, people.mentor, '2026-Q2', '2026-06-26', 3, 'Settling in.');
  menteeResponse(ctx, pairingId, people.mentee, '2026-Q3', '2026-09-28', 4, MENTEE_COMMENT_Q3);
  mentorResponse(ctx, pairingId, people.mentor, '2026-Q3', '2026-09-29', 5, MENTOR_COMMENT_Q3);
}

/** An application context on the same database and clock, with a given printer. */
export function appContext(
  ctx: WriteContext,
  printer?: () => PdfPrinter,
  locale = 'en-GB',
): AppContext {
  const app = createContext({
    settings: memorySettings({
      printing: { paperSize: 'a4', outputFolder: `${tempDir()}/Printed` },
    }),
    userDataDir: tempDir(),
    actor: TEST_ACTOR,
    clock: ctx.clock,
    locale,
    ...(printer ? { printer } : {}),
  });
  app.db = ctx.db;
  return app;
}
