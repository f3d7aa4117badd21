import type { DomainHandlers } from '../api/router';
import { TandemError } from '../../../shared/result';

// Placeholder until the evaluations service lands (being written now).
const todo = (): never => {
  throw new TandemError('internal', 'not built yet');
};

export const evaluationsHandlers: DomainHandlers<'evaluations'> = {
  'evaluations.forms': todo,
  'evaluations.form': todo,
  'evaluations.formVersion': todo,
  'evaluations.createForm': todo,
  'evaluations.updateForm': todo,
  'evaluations.plan': todo,
  'evaluations.setPlan': todo,
  'evaluations.due': todo,
  'evaluations.submit': todo,
  'evaluations.correct': todo,
  'evaluations.forPairing': todo,
  'evaluations.response': todo,
};
