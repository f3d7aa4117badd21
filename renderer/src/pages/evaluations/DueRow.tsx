import { Link } from 'react-router-dom';
import { Can } from '../../components/Can';
import type { DueEvaluation } from '../../../../shared/domain/evaluations';
import { formatDay } from '../../lib/format';
import { DueStateBadge } from './DueStateBadge';
import { blankFormPath, dueWords, respondPath } from './links';
import { duePeriodWords, respondentRole } from './words';

interface DueRowProps {
  due: DueEvaluation;
  /** On a pairing's own page the pairing and cohort go without saying. */
  showPairing: boolean;
}

/** One evaluation asked of one respondent, with the three ways to get its answers in. */
export function DueRow({ due, showPairing }: DueRowProps) {
  const about = dueWords(due);
  return (
    <tr>
      {showPairing && (
        <th scope="row">
          <Link to={`/pairings/${due.pairingId}/evaluations`}>{due.menteeName}</Link>
          <span className="muted small block">with {due.mentorName}</span>
        </th>
      )}
      {showPairing && <td className="mono small nowrap">{due.cohortCode}</td>}
      {showPairing ? (
        <td>
          <Evaluation due={due} />
        </td>
      ) : (
        <th scope="row">
          <Evaluation due={due} />
        </th>
      )}
      <td className="nowrap">
        {formatDay(due.dueOn)}
        {due.state === 'upcoming' && (
          <span className="muted small block">opens {formatDay(due.opensOn)}</span>
        )}
      </td>
      <td>
        <DueStateBadge state={due.state} />
      </td>
      <td>
        <div className="row-actions due-actions">
          {due.state === 'done' ? (
            <Link
              className="button button-small"
              to={`/pairings/${due.pairingId}/evaluations`}
              aria-label={`See the response: ${about}`}
            >
              See response
            </Link>
          ) : due.state === 'upcoming' ? null : (
            <Can method="evaluations.submit">
              <Link
                className="button button-small"
                to={respondPath(due, 'respondent')}
                aria-label={`Enter response: ${about}`}
              >
                Enter response
              </Link>
              <Link
                className="button button-small"
                to={respondPath(due, 'paper')}
                aria-label={`Enter from paper: ${about}`}
              >
                Enter from paper
              </Link>
            </Can>
          )}
          <Link
            className="link-button small due-print"
            to={blankFormPath(due)}
            aria-label={`Print blank form: ${about}`}
          >
            Print blank form
          </Link>
        </div>
      </td>
    </tr>
  );
}

function Evaluation({ due }: { due: DueEvaluation }) {
  return (
    <>
      {due.formName}
      <span className="muted small block">
        {duePeriodWords(due)} · {respondentRole(due.respondent)}
      </span>
    </>
  );
}
