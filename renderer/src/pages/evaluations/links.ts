import type { DueEvaluation, ResponseSource } from '../../../../shared/domain/evaluations';
import { printPath } from '../printing/printRoutes';
import { duePeriodWords } from './words';

/** The response entry page for one due evaluation, by the respondent or from paper. */
export function respondPath(due: DueEvaluation, source: ResponseSource): string {
  const params = new URLSearchParams({
    pairingId: String(due.pairingId),
    formVersionId: String(due.formVersionId),
    period: due.period,
    source,
  });
  if (due.respondent) params.set('respondentStaffId', String(due.respondent.staffId));
  return `/evaluations/respond?${params.toString()}`;
}

/** The blank paper copy of the form this evaluation uses, marked with its pairing and period. */
export function blankFormPath(due: DueEvaluation): string {
  return printPath({
    kind: 'blankForm',
    formVersionId: due.formVersionId,
    pairingId: due.pairingId,
    period: due.period,
  });
}

/** What a due row is about, for the labels of its buttons. */
export function dueWords(due: DueEvaluation): string {
  const who = due.respondent ? due.respondent.displayName : 'the educator';
  return `${due.formName}, ${duePeriodWords(due)}, by ${who}`;
}
