import type { EvaluationResponse } from '../../../../shared/domain/evaluations';
import { Can } from '../../components/Can';
import { formatDay, formatInstant } from '../../lib/format';
import { AnswerList } from './AnswerList';
import { respondentWords, scoreWords } from './words';

interface ResponsesTableProps {
  caption: string;
  responses: EvaluationResponse[];
  all: EvaluationResponse[];
  onCorrect: (response: EvaluationResponse) => void;
  /** While a correction is being entered, the other Correct buttons wait. */
  disabled: boolean;
}

function status(r: EvaluationResponse, all: EvaluationResponse[]): string {
  if (r.supersededById !== null) {
    const by = all.find((x) => x.id === r.supersededById);
    return `Superseded by #${r.supersededById}${by?.correctionReason ? `: ${by.correctionReason}` : ''}`;
  }
  return r.supersedesId === null
    ? 'Current'
    : `Current (corrects #${r.supersedesId}: ${r.correctionReason ?? ''})`;
}

function entered(r: EvaluationResponse): string {
  return r.source === 'paper'
    ? `From paper, entered by ${r.enteredBy} on ${formatInstant(r.enteredAt)}`
    : `By the respondent, ${formatInstant(r.enteredAt)}`;
}

/** One period's responses, superseded ones kept and marked, each with its answers on demand. */
export function ResponsesTable({
  caption,
  responses,
  all,
  onCorrect,
  disabled,
}: ResponsesTableProps) {
  return (
    <div className="table-scroll">
      <table className="table responses-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Form</th>
            <th scope="col">Respondent</th>
            <th scope="col">Answered</th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col">Entered</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {responses.map((r) => (
            <tr
              key={r.id}
              className={r.supersededById === null ? undefined : 'response-superseded'}
            >
              <th scope="row" className="mono">
                {r.id}
              </th>
              <td>
                {r.formName}
                <span className="muted small block">
                  version {r.formVersion}
                  {r.anonymity === 'confidential' ? ' · confidential' : ''}
                </span>
                <details className="answers-details">
                  <summary>
                    Answers<span className="sr-only"> of response #{r.id}</span>
                  </summary>
                  <AnswerList answers={r.answers} />
                </details>
              </td>
              <td>{respondentWords(r.respondent)}</td>
              <td className="nowrap">{formatDay(r.answeredOn)}</td>
              <td className="num nowrap">{scoreWords(r.score)}</td>
              <td className="small">{entered(r)}</td>
              <td className="small">{status(r, all)}</td>
              <td>
                {r.supersededById === null && (
                  <Can method="evaluations.correct">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={disabled}
                      aria-label={`Correct response #${r.id}`}
                      onClick={() => onCorrect(r)}
                    >
                      Correct
                    </button>
                  </Can>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
