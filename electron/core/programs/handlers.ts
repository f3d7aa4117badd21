import type { DomainHandlers } from '../api/router';
import { createCohort, getCohort, listCohorts } from '../cohorts/service';
import { requireDb } from '../context';
import { addDoNotPair, listDoNotPair, removeDoNotPair } from '../do-not-pair/service';
import { enrol, listEnrolments, updateEnrolment, withdraw } from '../enrolments/service';
import { withTrainingStatus } from '../enrolments/training';
import { dayOf } from '../../../shared/dates';
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

export const enrolmentHandlers: DomainHandlers<'enrolments'> = {
  'enrolments.list': ({ cohortId, role }, ctx) => {
    const { db, clock } = requireDb(ctx);
    return withTrainingStatus(db, listEnrolments(db, cohortId, role), cohortId, dayOf(clock.now()));
  },
  'enrolments.add': (input, ctx) => enrol(requireDb(ctx), input),
  'enrolments.update': ({ id, ...changes }, ctx) => updateEnrolment(requireDb(ctx), id, changes),
  'enrolments.withdraw': ({ id }, ctx) => withdraw(requireDb(ctx), id),
};

export const doNotPairHandlers: DomainHandlers<'doNotPair'> = {
  'doNotPair.list': (_input, ctx) => listDoNotPair(requireDb(ctx).db),
  'doNotPair.add': ({ staffA, staffB, reason }, ctx) =>
    addDoNotPair(requireDb(ctx), staffA, staffB, reason),
  'doNotPair.remove': ({ id }, ctx) => removeDoNotPair(requireDb(ctx), id),
};
