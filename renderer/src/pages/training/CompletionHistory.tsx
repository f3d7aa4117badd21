import type { TrainingCompletion } from '../../../../shared/domain/training';
import { Can } from '../../components/Can';
import { formatDay, formatInstant } from '../../lib/format';
import { CorrectCompletionButton, VoidCompletionButton } from './CompletionDialogs';
import { TrainingStatusBadge } from './TrainingStatusBadge';

interface CompletionHistoryProps {
  completions: TrainingCompletion[];
  personName: string;
  onChanged: (message: string) => void;
}

/** Every completion recorded for the person, newest first; void ones stay, with why. */
export function CompletionHistory({ completions, personName, onChanged }: CompletionHistoryProps) {
  if (completions.length === 0) {
    return <p className="muted">No training recorded yet.</p>;
  }
  const dayOfId = new Map(completions.map((c) => [c.id, c.completedOn]));
  return (
    <div className="table-scroll">
      <table className="table table-compact completion-table">
        <caption className="sr-only">Training history of {personName}</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Completed on</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
            <th scope="col">Evidence and record</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {completions.map((c) => (
            <tr key={c.id} className={c.void ? 'row-void' : undefined}>
              <th scope="row">{c.moduleName}</th>
              <td className="nowrap">{formatDay(c.completedOn)}</td>
              <td className="nowrap">
                {c.expiresOn ? formatDay(c.expiresOn) : <span className="muted">No expiry</span>}
              </td>
              <td>
                <TrainingStatusBadge status={c.status ?? 'void'} />
              </td>
              <td className="small">
                {c.evidence && <span className="block">{c.evidence}</span>}
                <span className="muted block">
                  Recorded {formatInstant(c.recordedAt)} by {c.recordedBy}
                </span>
                {c.correctsId !== null && (
                  <span className="muted block">
                    Corrects the record of {formatDay(dayOfId.get(c.correctsId))}
                  </span>
                )}
                {c.void && (
                  <span className="block void-note">
                    Voided {formatInstant(c.void.at)} by {c.void.by}: {c.void.reason}
                  </span>
                )}
              </td>
              <td>
                {!c.void && (
                  <span className="row-actions">
                    <Can method="training.correct">
                      <CorrectCompletionButton
                        completion={c}
                        personName={personName}
                        onDone={onChanged}
                      />
                    </Can>
                    <Can method="training.void">
                      <VoidCompletionButton
                        completion={c}
                        personName={personName}
                        onDone={onChanged}
                      />
                    </Can>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
