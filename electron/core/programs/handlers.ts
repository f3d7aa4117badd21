import type { DomainHandlers } from '../api/router';
import { createCohort, getCohort, listCohorts } from '../cohorts/service';
import { requireDb } from '../context';
import { addDoNotPair, listDoNotPair, removeDoNotPair } from '../do-not-pair/service';
import { listEnrolCandidates } from '../enrolments/candidates';
import { enrol, listEnrolments, updateEnrolment, withdraw } from '../enrolments/service';
import { withTrainingStatus } from '../enrolments/training';
import type { Enrolment } from '../../../shared/domain/programs';
import { todayOf, type WriteContext } from '../db/write';
import { createProgram, getProgram, listPrograms, updateProgram } from './service';

export const programHandlers: DomainHandlers<'programs'> = {
  'programs.list': (_input, ctx) => listPrograms(requireDb(ctx).db),
  'programs.get': ({ id }, ctx) => getProgram(requireDb(ctx).db, id),
  'programs.create': (input, ctx) => createProgram(requireDb(ctx), input),
  'programs.update': ({ id, program }, ctx) => updateProgram(requireDb(ctx), id, program),
};

export const cohortHandlers: DomainHandlers<'cohorts'> = {
  'cohorts.list': ({ programId }, ctx) => listCohorts(requireDb(ctx).db, programId),
  'cohorts.get': ({ id }, ctx) => getCohort(requireDb(ctx).db, id),
  'cohorts.create': (input, ctx) => createCohort(requireDb(ctx), input),
};

/** Every enrolment the renderer sees carries the mentors' training status, as matching sees it. */
function withStatus(ctx: WriteContext, cohortId: number, enrolments: Enrolment[]): Enrolment[] {
  return withTrainingStatus(ctx.db, enrolments, cohortId, todayOf(ctx));
}

function oneWithStatus(ctx: WriteContext, enrolment: Enrolment): Enrolment {
  return withStatus(ctx, enrolment.cohortId, [enrolment])[0] ?? enrolment;
}

export const enrolmentHandlers: DomainHandlers<'enrolments'> = {
  'enrolments.list': ({ cohortId, role }, ctx) => {
    const w = requireDb(ctx);
    return withStatus(w, cohortId, listEnrolments(w.db, cohortId, role));
  },
  'enrolments.add': (input, ctx) => enrol(requireDb(ctx), input),
  'enrolments.update': ({ id, ...changes }, ctx) => {
    const w = requireDb(ctx);
    return oneWithStatus(w, updateEnrolment(w, id, changes));
  },
  'enrolments.withdraw': ({ id }, ctx) => {
    const w = requireDb(ctx);
    return oneWithStatus(w, withdraw(w, id));
  },
  'enrolments.candidates': (query, ctx) => {
    const w = requireDb(ctx);
    return listEnrolCandidates(w.db, query, todayOf(w));
  },
};

export const doNotPairHandlers: DomainHandlers<'doNotPair'> = {
  'doNotPair.list': (_input, ctx) => listDoNotPair(requireDb(ctx).db),
  'doNotPair.add': ({ staffA, staffB, reason }, ctx) =>
    addDoNotPair(requireDb(ctx), staffA, staffB, reason),
  'doNotPair.remove': ({ id }, ctx) => removeDoNotPair(requireDb(ctx), id),
};
