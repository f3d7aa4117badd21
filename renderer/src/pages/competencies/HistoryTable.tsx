import { SIGN_OFF_METHOD_LABELS, type SignOff } from '../../../../shared/domain/competencies';
import { useCan } from '../../app/SessionContext';
import { formatDay, formatInstant } from '../../lib/format';
import { LevelBadge } from './LevelBadge';

interface HistoryTableProps {
  signOffs: SignOff[];
  currentId: number | null;
  onCorrect: (signOff: SignOff) => void;
  /** While a form is open, the Correct buttons wait. */
  disabled: boolean;
}

function status(s: SignOff, all: SignOff[], currentId: number | null): string {
  if (s.supersededById !== null) {
    const by = all.find((x) => x.id === s.supersededById);
    return `Superseded by #${s.supersededById}${by?.correctionReason ? `: ${by.correctionReason}` : ''}`;
  }
  const corrects =
    s.supersedesId === null ? '' : ` (corrects #${s.supersedesId}: ${s.correctionReason ?? ''})`;
  return `${s.id === currentId ? 'Current' : 'Earlier'}${corrects}`;
}

/** Every sign-off of one person in one competency, superseded ones struck through but kept. */
export function HistoryTable({ signOffs, currentId, onCorrect, disabled }: HistoryTableProps) {
  const canCorrect = useCan('competencies.correct');
  return (
    <div className="table-scroll">
      <table className="table table-compact history-table">
        <caption className="sr-only">Sign-off history, newest first</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Date</th>
            <th scope="col">Level</th>
            <th scope="col">Method</th>
            <th scope="col">Validator</th>
            <th scope="col">Note</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {signOffs.map((s) => (
            <tr key={s.id} className={s.supersededById === null ? undefined : 'history-superseded'}>
              <th scope="row" className="mono">
                {s.id}
              </th>
              <td>{formatDay(s.date)}</td>
              <td className="history-level">
                <LevelBadge level={s.level} />
              </td>
              <td>{SIGN_OFF_METHOD_LABELS[s.method]}</td>
              <td>
                {s.validator.displayName}
                {s.validator.status === 'left' && <span className="muted small"> (has left)</span>}
              </td>
              <td>{s.note ?? <span className="muted">—</span>}</td>
              <td>
                {status(s, signOffs, currentId)}
                <span className="muted small history-recorded">
                  Recorded {formatInstant(s.recordedAt)} by {s.recordedBy}
                </span>
              </td>
              <td>
                {s.supersededById === null && canCorrect && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={disabled}
                    aria-label={`Correct sign-off #${s.id} of ${formatDay(s.date)}`}
                    onClick={() => onCorrect(s)}
                  >
                    Correct
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
