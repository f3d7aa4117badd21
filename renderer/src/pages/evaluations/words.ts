import {
  FORM_AUDIENCE_LABELS,
  type DueEvaluation,
  type EvaluationResponse,
} from '../../../../shared/domain/evaluations';
import { parseQuarter } from '../../../../shared/periods';
import { quarterWords } from '../printing/quarters';

/** A period key in words: `2026-Q3 (July–September 2026)`, `Day 30`, `End of the pairing`. */
export function periodWords(period: string): string {
  if (parseQuarter(period)) return quarterWords(period);
  const day = /^day-(\d+)$/.exec(period);
  if (day) return `Day ${day[1]}`;
  if (period === 'end') return 'End of the pairing';
  return period;
}

/** A due evaluation's period: quarters with their code (as on paper), pulses as the plan says. */
export function duePeriodWords(due: Pick<DueEvaluation, 'period' | 'periodLabel'>): string {
  return parseQuarter(due.period) ? quarterWords(due.period) : due.periodLabel;
}

type Respondent = DueEvaluation['respondent'];

/** "by the mentee", where the pairing's names are already shown beside it. */
export function respondentRole(respondent: Respondent): string {
  return `by the ${respondent ? respondent.role : 'educator'}`;
}

/** "Ana Lopez (mentee)", or the educator when the form is the educator's own. */
export function respondentWords(respondent: Respondent): string {
  return respondent ? `${respondent.displayName} (${respondent.role})` : 'The educator';
}

/** A 0–100 score as shown in tables; a form without scored questions has none. */
export function scoreWords(score: number | null): string {
  return score === null ? 'Not scored' : `${Math.round(score)} / 100`;
}

export function versionWords(r: Pick<EvaluationResponse, 'formName' | 'formVersion'>): string {
  return `${r.formName} · version ${r.formVersion}`;
}

export function audienceWords(audience: keyof typeof FORM_AUDIENCE_LABELS): string {
  return `For ${FORM_AUDIENCE_LABELS[audience].toLowerCase()}s`;
}
