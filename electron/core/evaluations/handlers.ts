import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { todayOf } from '../db/write';
import { dueEvaluations } from './due';
import { getForm, getFormVersion, listForms } from './form-rows';
import { createForm, updateForm } from './forms';
import { getPlan, setPlan } from './plan';
import { correctResponse, getResponse, responsesForPairing, submitResponse } from './responses';

export const evaluationsHandlers: DomainHandlers<'evaluations'> = {
  'evaluations.forms': (_input, ctx) => listForms(requireDb(ctx).db),
  'evaluations.form': ({ formId }, ctx) => getForm(requireDb(ctx).db, formId),
  'evaluations.formVersion': ({ versionId }, ctx) => getFormVersion(requireDb(ctx).db, versionId),
  'evaluations.createForm': (input, ctx) => createForm(requireDb(ctx), input),
  'evaluations.updateForm': ({ formId, form }, ctx) => updateForm(requireDb(ctx), formId, form),
  'evaluations.plan': ({ programId }, ctx) => getPlan(requireDb(ctx).db, programId),
  'evaluations.setPlan': ({ programId, items }, ctx) => setPlan(requireDb(ctx), programId, items),
  'evaluations.due': (filter, ctx) => {
    const w = requireDb(ctx);
    return dueEvaluations(w.db, todayOf(w), filter);
  },
  'evaluations.submit': (input, ctx) => submitResponse(requireDb(ctx), input),
  'evaluations.correct': (input, ctx) => correctResponse(requireDb(ctx), input),
  'evaluations.forPairing': ({ pairingId }, ctx) =>
    responsesForPairing(requireDb(ctx).db, pairingId),
  'evaluations.response': ({ responseId }, ctx) => getResponse(requireDb(ctx).db, responseId),
};
