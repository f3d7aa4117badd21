import { useApiQuery } from '../../api/useApiQuery';
import { SummaryCard } from '../../components/SummaryCard';
import { formatDay, plural } from '../../lib/format';
import { DueStateBadge } from './DueStateBadge';
import { periodWords, scoreWords } from './words';
import '../../styles/evaluations.css';

/** On a pairing's page: evaluations to get in, and the latest answers, with the way to them all. */
export function EvaluationsSummary({ pairingId }: { pairingId: number }) {
  const due = useApiQuery('evaluations.due', { pairingId, states: ['overdue', 'due'] });
  const responses = useApiQuery('evaluations.forPairing', { pairingId });
  const current = (responses.data ?? []).filter((r) => r.supersededById === null);
  const latest = current[0];
  const overdue = (due.data ?? []).filter((d) => d.state === 'overdue').length;
  const open = (due.data ?? []).length - overdue;
  const query = {
    data: due.data && responses.data ? true : undefined,
    loading: due.loading || responses.loading,
    error: due.error ?? responses.error,
    reload: () => {
      due.reload();
      responses.reload();
    },
  };

  return (
    <SummaryCard
      title="Evaluations"
      to={`/pairings/${pairingId}/evaluations`}
      linkLabel="Open evaluations"
      query={query}
    >
      {due.data && responses.data && (
        <>
          <ul className="status-tally" aria-label="Evaluations to get in">
            <li>
              <DueStateBadge state="overdue" /> <span className="tally-count">{overdue}</span>
            </li>
            <li>
              <DueStateBadge state="due" /> <span className="tally-count">{open}</span>
            </li>
            <li>
              <span className="muted">
                {plural(current.length, 'response', 'responses')} in all
              </span>
            </li>
          </ul>
          <p className="muted small">
            {latest
              ? `Latest: ${latest.formName}, ${periodWords(latest.period)}, answered ${formatDay(latest.answeredOn)} (${scoreWords(latest.score)}).`
              : 'No responses yet.'}
          </p>
        </>
      )}
    </SummaryCard>
  );
}
