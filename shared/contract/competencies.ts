import { z } from 'zod';
import {
  competencyInput,
  correctionInput,
  signOffInput,
  type Competency,
  type CompetencyHistory,
  type CompetencyMatrix,
  type PersonCompetency,
  type SignOff,
} from '../domain/competencies';
import { method } from './define';

const id = z.number().int().positive();

// The competencies methods of the contract.
export const competenciesMethods = {
  'competencies.list': method(z.object({})).returns<Competency[]>(),
  'competencies.create': method(competencyInput).returns<Competency>(),
  'competencies.update': method(
    z.object({ id, competency: competencyInput }),
  ).returns<Competency>(),
  /** Records a new sign-off; never changes an existing one. */
  'competencies.signOff': method(signOffInput).returns<SignOff>(),
  /** Supersedes a sign-off with a corrected one; both stay in the history. */
  'competencies.correct': method(correctionInput).returns<SignOff>(),
  'competencies.history': method(
    z.object({ staffId: id, competencyId: id }),
  ).returns<CompetencyHistory>(),
  'competencies.forStaff': method(z.object({ staffId: id })).returns<PersonCompetency[]>(),
  'competencies.matrix': method(z.object({ cohortId: id })).returns<CompetencyMatrix>(),
} satisfies Record<string, ReturnType<ReturnType<typeof method>['returns']>>;
