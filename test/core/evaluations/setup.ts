import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput, type EvaluationSchedule } from '../../../shared/domain/programs';
import {
  responseCorrectionInput,
  responseInput,
  type ResponseCorrectionInput,
  type ResponseInput,
} from '../../../shared/domain/evaluations';
import { createCohort } from '../../../electron/core/cohorts/service';
import type { WriteContext } from '../../../electron/core/db/write';
import { STARTER_FORM_IDS } from '../../../electron/core/db/migrations/007-evaluations';
import { latestVersion } from '../../../electron/core/evaluations/form-rows';
import { correctResponse, submitResponse } from '../../../electron/core/evaluations/responses';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { createProgram } from '../../../electron/core/programs/service';
import { addStaff, enrolMentee, enrolMentor } from '../../helpers/cohort';
import { testClock, testContext, testDb } from '../../helpers/db';
import { signedInRouter } from '../../helpers/accounts';

export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

export type TestClock = ReturnType<typeof testClock>;

/** Moves the test clock to a day (09:00 UTC). */
export function setToday(clock: TestClock, day: string): void {
  clock.set(`${day}T09:00:00.000Z`);
}

export interface Options {
  /** The pairing's first day: the cohort starts then and the proposal is accepted that day. */
  startDay?: string;
  schedule?: EvaluationSchedule;
  /** The program's length; the pairing's planned end is this many weeks after its start. */
  durationWeeks?: number;
}

/**
 * A residency program (quarterly evaluations unless told otherwise) with one cohort and one
 * active pairing of Maya (mentor) and Nico (mentee), started on `startDay` (2026-08-10).
 */
export function setUpEvaluations(options: Options = {}) {
  const startDay = options.startDay ?? '2026-08-10';
  const clock = testClock(`${startDay}T08:00:00.000Z`);
  const ctx: WriteContext & { path: string } = { ...testDb(), clock };
  const template = PROGRAM_TEMPLATES.residency;
  const program = createProgram(
    ctx,
    programInput.parse({
      ...template,
      evaluationSchedule: options.schedule ?? 'quarterly',
      durationWeeks: options.durationWeeks ?? 52,
      matching: { ...template.matching, requireTraining: false },
    }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: 'EVAL-2026',
    name: 'Evaluations 2026',
    startDate: startDay,
    endDate: null,
  });
  const mentor = addStaff(ctx, 'Maya-Mentor', { yearsExperience: 12, jobLevel: 4 });
  const mentee = addStaff(ctx, 'Nico-Newgrad', { yearsExperience: 0, jobLevel: 1 });
  const other = addStaff(ctx, 'Olga-Other', { yearsExperience: 3, jobLevel: 2 });
  const proposed = assignMentee(ctx, {
    cohortId: cohort.id,
    menteeEnrolmentId: enrolMentee(ctx, cohort.id, mentee.id).id,
    mentorEnrolmentId: enrolMentor(ctx, cohort.id, mentor.id, 4).id,
  });
  const pairing = must(acceptProposals(ctx, [proposed.id])[0]);
  const versionOf = (formId: number) => latestVersion(ctx.db, formId).id;
  const forms = {
    menteeQuarterly: versionOf(STARTER_FORM_IDS.menteeQuarterly),
    mentorQuarterly: versionOf(STARTER_FORM_IDS.mentorQuarterly),
    pulse: versionOf(STARTER_FORM_IDS.pulse),
    exit: versionOf(STARTER_FORM_IDS.exit),
    program: versionOf(STARTER_FORM_IDS.program),
  };
  return { ctx, clock, program, cohort, mentor, mentee, other, pairing, forms };
}

export type Setup = ReturnType<typeof setUpEvaluations>;

/** Every required answer of the starter mentee quarterly form, in range. */
export const menteeQuarterlyAnswers = (overrides: Record<string, unknown> = {}) =>
  Object.entries({
    support_1: 4,
    support_2: 5,
    confidence_1: 3,
    skills_1: 4,
    communication_1: 4,
    met_as_planned: 1,
    overall: 8,
    ...overrides,
  }).map(([key, value]) => ({ key, value })) as ResponseInput['answers'];

/** Every required answer of the starter mentor quarterly form. */
export const mentorQuarterlyAnswers = (overrides: Record<string, unknown> = {}) =>
  Object.entries({
    skills: 4,
    judgement: 3,
    organisation: 3,
    communication: 4,
    feedback: 5,
    readiness: 'On track',
    overall: 7,
    ...overrides,
  }).map(([key, value]) => ({ key, value })) as ResponseInput['answers'];

/** The mentee's quarterly evaluation of `period`, entered by the mentee today. */
export function menteeQuarterly(s: Setup, period: string, fields: Partial<ResponseInput> = {}) {
  return submitResponse(
    s.ctx,
    responseInput.parse({
      formVersionId: s.forms.menteeQuarterly,
      pairingId: s.pairing.id,
      period,
      respondentStaffId: s.mentee.id,
      answers: menteeQuarterlyAnswers(),
      source: 'respondent',
      ...fields,
    }),
  );
}

export function correct(s: Setup, input: ResponseCorrectionInput) {
  return correctResponse(s.ctx, responseCorrectionInput.parse(input));
}

export function endPairing(s: Setup, day: string) {
  return transitionPairing(s.ctx, {
    pairingId: s.pairing.id,
    to: 'ended_early',
    reason: 'mentee_left',
    on: day,
  });
}

/** The API router over the same database and clock. */
export function routerFor(ctx: WriteContext) {
  const app = testContext();
  app.db = ctx.db;
  app.clock = ctx.clock;
  return signedInRouter(app);
}

export const counts = (ctx: WriteContext) =>
  ctx.db
    .prepare(
      `SELECT (SELECT count(*) FROM evaluation_responses) AS responses,
         (SELECT count(*) FROM evaluation_answers) AS answers,
         (SELECT count(*) FROM form_versions) AS versions,
         (SELECT count(*) FROM audit_events) AS audit`,
    )
    .get() as { responses: number; answers: number; versions: number; audit: number };
