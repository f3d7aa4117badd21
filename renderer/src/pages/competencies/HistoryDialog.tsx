import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { SignOff } from '../../../../shared/domain/competencies';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { formatDay } from '../../lib/format';
import { useModal } from '../../lib/useModal';
import { HistoryTable } from './HistoryTable';
import { LevelBadge, progressText } from './LevelBadge';
import { SignOffForm, type SignOffMode } from './SignOffForm';

interface HistoryDialogProps {
  /** Null keeps the dialog closed. */
  subject: { staffId: number; competencyId: number } | null;
  /** Open straight on the sign-off form (from a person's page). */
  startSigning?: boolean;
  onClose: () => void;
  /** A sign-off or correction was recorded: the caller reloads what it shows. */
  onChanged: () => void;
}

/**
 * One person's history in one competency, in a modal dialog: where they stand, every sign-off
 * (superseded ones too), and the two actions, "Sign off" and "Correct".
 */
export function HistoryDialog({
  subject,
  startSigning = false,
  onClose,
  onChanged,
}: HistoryDialogProps) {
  const titleId = useId();
  const open = subject !== null;
  const ref = useModal(open);
  const history = useApiQuery('competencies.history', subject ?? { staffId: 1, competencyId: 1 }, {
    enabled: open,
  });
  const [form, setForm] = useState<SignOffMode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canSign = useCan('competencies.signOff');

  const staffId = subject?.staffId ?? 0;
  const competencyId = subject?.competencyId ?? 0;

  // A new subject starts clean: no notice, and the form only when asked to start signing.
  useEffect(() => {
    setNotice(null);
    setForm(open && startSigning && canSign ? { kind: 'new', staffId, competencyId } : null);
  }, [open, startSigning, canSign, staffId, competencyId]);

  // The answer for an earlier subject is not shown while the new one loads.
  const data = history.data;
  const h =
    open && data && data.person.staffId === staffId && data.competency.id === competencyId
      ? data
      : null;
  const done = (s: SignOff, corrected: boolean) => {
    setForm(null);
    setNotice(
      corrected
        ? `Correction #${s.id} recorded; sign-off #${s.supersedesId ?? ''} stays in the history as superseded.`
        : `Sign-off #${s.id} recorded.`,
    );
    history.reload();
    onChanged();
  };

  return (
    <dialog
      ref={ref}
      className="dialog history-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="history-head">
        <h2 id={titleId}>
          {h ? `${h.competency.name} — ${h.person.displayName}` : 'Sign-off history'}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <ErrorBanner error={open ? history.error : null} />
      {h && (
        <>
          <p className="history-facts">
            {h.standing.current ? (
              <>
                Current level: <LevelBadge level={h.standing.current.level} /> since{' '}
                {formatDay(h.standing.current.date)}. Time to competent:{' '}
                {progressText(h.standing.progress)}.
              </>
            ) : (
              'Not signed off yet.'
            )}
          </p>
          <Notice>{notice}</Notice>
          <div className="detail-actions">
            <Link to={`/competencies/people/${h.person.staffId}`} onClick={onClose}>
              All competencies of {h.person.displayName}
            </Link>
            <span className="spacer" />
            {canSign && (
              <button
                type="button"
                className="button button-primary"
                disabled={form !== null}
                onClick={() =>
                  setForm({ kind: 'new', staffId: h.person.staffId, competencyId: h.competency.id })
                }
              >
                Sign off
              </button>
            )}
          </div>
          {form && (
            <SignOffForm
              key={form.kind === 'new' ? 'new' : form.original.id}
              mode={form}
              personName={h.person.displayName}
              competencyName={h.competency.name}
              onDone={(s) => done(s, form.kind === 'correct')}
              onCancel={() => setForm(null)}
            />
          )}
          <h3 className="subheading">History ({h.signOffs.length})</h3>
          {h.signOffs.length === 0 ? (
            <p className="muted">
              {canSign
                ? 'No sign-offs yet. Use “Sign off” to record the first.'
                : 'No sign-offs yet.'}
            </p>
          ) : (
            <HistoryTable
              signOffs={h.signOffs}
              currentId={h.standing.current?.signOffId ?? null}
              disabled={form !== null}
              onCorrect={(original) => setForm({ kind: 'correct', original })}
            />
          )}
        </>
      )}
    </dialog>
  );
}
