import { z } from 'zod';
import {
  dueFilter,
  formInput,
  planItemInput,
  responseCorrectionInput,
  responseInput,
  type DueEvaluation,
  type EvaluationResponse,
  type FormDetail,
  type FormSummary,
  type FormUpdateResult,
  type FormVersion,
  type PlanItem,
} from '../domain/evaluations';
import { method } from './define';

const id = z.number().int().positive();

// The evaluations methods of the contract: forms and versions, plans, due lists, responses.
export const evaluationsMethods = {
  'evaluations.forms': method(z.object({})).returns<FormSummary[]>(),
  'evaluations.form': method(z.object({ formId: id })).returns<FormDetail>(),
  'evaluations.formVersion': method(z.object({ versionId: id })).returns<FormVersion>(),
  'evaluations.createForm': method(formInput).returns<FormDetail>(),
  /** Changes the latest version in place while unused; once it has responses, makes a new one. */
  'evaluations.updateForm': method(
    z.object({ formId: id, form: formInput }),
  ).returns<FormUpdateResult>(),
  'evaluations.plan': method(z.object({ programId: id })).returns<PlanItem[]>(),
  'evaluations.setPlan': method(
    z.object({ programId: id, items: z.array(planItemInput).max(30) }),
  ).returns<PlanItem[]>(),
  'evaluations.due': method(dueFilter).returns<DueEvaluation[]>(),
  'evaluations.submit': method(responseInput).returns<EvaluationResponse>(),
  /** Supersedes a response with a corrected one; both stay in the history. */
  'evaluations.correct': method(responseCorrectionInput).returns<EvaluationResponse>(),
  /** Every response of a pairing, superseded ones included, newest first. */
  'evaluations.forPairing': method(z.object({ pairingId: id })).returns<EvaluationResponse[]>(),
  'evaluations.response': method(z.object({ responseId: id })).returns<EvaluationResponse>(),
};
