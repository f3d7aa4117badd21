import { useMemo, useState } from 'react';
import type { EvaluationResponse } from '../../../../shared/domain/evaluations';
import { useApiQuery } from '../../api/useApiQuery';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { CorrectionPanel } from './CorrectionPanel';
import { DueRow } from './DueRow';
import { dueKey } from './dueView';
import { ResponsesTable } from './ResponsesTable';
import { periodWords } from './words';

/** Responses grouped by period, the period answered most recently first. */
function byPeriod(responses: EvaluationResponse[]): [string, EvaluationResponse[]][] {
  const groups = new Map<string, EvaluationResponse[]>();
  for (const r of responses) groups.set(r.period, [...(groups.get(r.period) ?? []), r]);
  const latest = (rs: EvaluationResponse[]) =>
    rs.reduce((max, r) => (r.answeredOn > max ? r.answeredOn : max), '');
  return [...groups.entries()].sort(([, a], [, b]) => latest(b).localeCompare(latest(a)));
}

/** A pairing's evaluations: what is due, and every response by period with its corrections. */
export function PairingEvaluations({
  pairingId,
  notice,
}: {
  pairingId: number;
  notice: string | null;
}) {
  const due = useApiQuery('evaluations.due', {
    pairingId,
    states: ['overdue', 'due', 'upcoming'],
  });
  const responses = useApiQuery('evaluations.forPairing', { pairingId });
  const [correcting, setCorrecting] = useState<EvaluationResponse | null>(null);
  const [message, setMessage] = useState<string | null>(notice);
  const groups = useMemo(() => byPeriod(responses.data ?? []), [responses.data]);

  return (
    <>
      <Notice>{message}</Notice>
      <section className="card section-card" aria-labelledby="pairing-due">
        <h2 id="pairing-due">Due for this pairing</h2>
        <ErrorBanner error={due.error} onRetry={due.reload} />
        {due.data && due.data.length === 0 && (
          <p className="muted">
            Nothing is due. Evaluations fall due from the program's plan while the pairing runs.
          </p>
        )}
        {due.data && due.data.length > 0 && (
          <div className="table-scroll">
            <table className="table due-evaluations">
              <caption className="sr-only">Evaluations due for this pairing</caption>
              <thead>
                <tr>
                  <th scope="col">Evaluation</th>
                  <th scope="col">Due</th>
                  <th scope="col">State</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {due.data.map((d) => (
                  <DueRow key={dueKey(d)} due={d} showPairing={false} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card section-card" aria-labelledby="pairing-responses">
        <h2 id="pairing-responses">Responses</h2>
        <ErrorBanner error={responses.error} onRetry={responses.reload} />
        {correcting && (
          <CorrectionPanel
            key={correcting.id}
            original={correcting}
            onCancel={() => setCorrecting(null)}
            onDone={(c) => {
              setCorrecting(null);
              setMessage(
                `Correction #${c.id} saved; response #${c.supersedesId ?? ''} stays in the history as superseded.`,
              );
              responses.reload();
              due.reload();
            }}
          />
        )}
        {responses.data && groups.length === 0 && (
          <EmptyState title="No responses yet">
            Enter one from “Due for this pairing” above, typed in by the respondent or from a paper
            form.
          </EmptyState>
        )}
        {groups.map(([period, rs]) => (
          <div key={period} className="period-group">
            <h3 className="subheading">{periodWords(period)}</h3>
            <ResponsesTable
              caption={`Responses for ${periodWords(period)}`}
              responses={rs}
              all={responses.data ?? []}
              disabled={correcting !== null}
              onCorrect={(r) => {
                setMessage(null);
                setCorrecting(r);
              }}
            />
          </div>
        ))}
      </section>
    </>
  );
}
