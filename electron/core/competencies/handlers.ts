import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { createCompetency, listCompetencies, updateCompetency } from './catalogue';
import { cohortMatrix } from './matrix';
import { competencyHistory, personCompetencies } from './person';
import { correctSignOff, recordSignOff } from './signoffs';

export const competenciesHandlers: DomainHandlers<'competencies'> = {
  'competencies.list': (_input, ctx) => listCompetencies(requireDb(ctx).db),
  'competencies.create': (input, ctx) => createCompetency(requireDb(ctx), input),
  'competencies.update': ({ id, competency }, ctx) =>
    updateCompetency(requireDb(ctx), id, competency),
  'competencies.signOff': (input, ctx) => recordSignOff(requireDb(ctx), input),
  'competencies.correct': (input, ctx) => correctSignOff(requireDb(ctx), input),
  'competencies.history': ({ staffId, competencyId }, ctx) =>
    competencyHistory(requireDb(ctx).db, staffId, competencyId),
  'competencies.forStaff': ({ staffId }, ctx) => personCompetencies(requireDb(ctx).db, staffId),
  'competencies.matrix': ({ cohortId }, ctx) => cohortMatrix(requireDb(ctx).db, cohortId),
};
