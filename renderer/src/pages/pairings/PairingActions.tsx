import { useId, useState } from 'react';
import {
  PAIRING_TRANSITIONS,
  type Pairing,
  type PairingFlag,
  type PairingStatus,
} from '../../../../shared/domain/pairings';
import type { ApiError, Result } from '../../../../shared/result';
import { api } from '../../api/client';
import { useCan } from '../../app/SessionContext';
import { ViewerNote } from '../../components/ViewerNote';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { formatDay } from '../../lib/format';
import { fieldErrorsFrom } from '../../lib/problems';
import { EndEarlyDialog } from './EndEarlyDialog';
import { HappenedOnField } from './HappenedOnField';
import { PairingFlags } from './PairingFlags';

interface Step {
  to: PairingStatus;
  label: string;
  /** Asked once, with the consequence, before it is done. */
  ask?: { title: string; body: string; confirm: string; danger?: boolean };
}

function stepsFor(p: Pairing, on: string): Step[] {
  const mentee = p.mentee.displayName;
  const all: Partial<Record<PairingStatus, Step>> = {
    active:
      p.status === 'proposed'
        ? { to: 'active', label: 'Accept' }
        : p.status === 'paused'
          ? { to: 'active', label: 'Resume' }
          : undefined,
    declined: {
      to: 'declined',
      label: 'Decline',
      ask: {
        title: 'Decline this proposal?',
        body: `A declined proposal is closed for good; ${mentee} goes back to the unpaired pool.`,
        confirm: 'Decline',
        danger: true,
      },
    },
    paused: { to: 'paused', label: 'Pause' },
    completed: {
      to: 'completed',
      label: 'Complete',
      ask: {
        title: 'Mark this pairing as completed?',
        body: `It ends ${on ? `on ${formatDay(on)}` : 'today'}. It can be re-opened later by giving it a new end date.`,
        confirm: 'Mark completed',
      },
    },
  };
  return PAIRING_TRANSITIONS[p.status].flatMap((to) => {
    const step = all[to];
    return step ? [step] : [];
  });
}

/**
 * The legal next steps for the pairing's status (PAIRING_TRANSITIONS), after any hard rule it
 * breaks today (the reason a step would be refused); errors show right here.
 */
export function PairingActions({
  pairing,
  onChanged,
}: {
  pairing: Pairing & { flags?: readonly PairingFlag[] };
  onChanged: () => void;
}) {
  const noteId = useId();
  const [note, setNote] = useState('');
  const [on, setOn] = useState('');
  const [asking, setAsking] = useState<Step | null>(null);
  const [ending, setEnding] = useState(false);
  const [endDate, setEndDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // A viewer is offered no step: the flags and the closing words still say where it stands.
  const mayTransition = useCan('pairings.transition');
  const mayExtend = useCan('pairings.extend');
  const steps = mayTransition ? stepsFor(pairing, on) : [];
  const canEnd = mayTransition && PAIRING_TRANSITIONS[pairing.status].includes('ended_early');
  const canExtend = mayExtend && ['active', 'paused', 'completed'].includes(pairing.status);
  const { endDate: endDateError, on: onError } = fieldErrorsFrom(error);

  /** Runs one call; on success clears only what that call used, so nothing else typed is lost. */
  const run = async (call: () => Promise<Result<unknown>>, clear: () => void) => {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    setAsking(null);
    if (result.ok) {
      clear();
      onChanged();
    } else {
      setError(result.error);
    }
  };
  const go = (step: Step) =>
    void run(
      () =>
        api.call('pairings.transition', {
          id: pairing.id,
          to: step.to,
          ...(note.trim() ? { note } : {}),
          ...(on ? { on } : {}),
        }),
      () => {
        setNote('');
        setOn('');
      },
    );

  if (!mayTransition && !mayExtend) {
    return (
      <div className="pairing-actions">
        <PairingFlags flags={pairing.flags ?? []} status={pairing.status} />
        <ViewerNote>
          Viewers can read this pairing; changing its status or dates is for educators.
        </ViewerNote>
      </div>
    );
  }
  if (steps.length === 0 && !canExtend) {
    return (
      <p className="muted">
        This pairing is closed; nothing more can change. {pairing.mentee.displayName} can be paired
        again from the board.
      </p>
    );
  }
  return (
    <div className="pairing-actions">
      <PairingFlags flags={pairing.flags ?? []} status={pairing.status} />
      {steps.length > 0 && (
        <div className="field">
          <label htmlFor={noteId}>Note for the timeline (optional)</label>
          <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
      {steps.length > 0 && <HappenedOnField value={on} onChange={setOn} error={onError} />}
      {(steps.length > 0 || canEnd) && (
        <div className="form-actions">
          {steps.map((s) => (
            <button
              key={s.to}
              type="button"
              className={`button${s.to === 'active' ? ' button-primary' : ''}${s.ask?.danger ? ' button-danger-quiet' : ''}`}
              disabled={busy}
              onClick={() => (s.ask ? setAsking(s) : go(s))}
            >
              {s.label}
            </button>
          ))}
          {canEnd && (
            <button
              type="button"
              className="button button-danger-quiet"
              disabled={busy}
              onClick={() => setEnding(true)}
            >
              End early…
            </button>
          )}
        </div>
      )}
      {canExtend && (
        <form
          className="extend-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () => api.call('pairings.extend', { id: pairing.id, endDate }),
              () => setEndDate(''),
            );
          }}
        >
          <TextField
            label={pairing.status === 'completed' ? 'Re-open until' : 'New end date'}
            type="date"
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            error={endDateError}
          />
          <button type="submit" className="button" disabled={busy || endDate === ''}>
            {pairing.status === 'completed' ? 'Re-open' : 'Extend'}
          </button>
        </form>
      )}
      <ErrorBanner error={error && !endDateError && !onError ? error : null} />
      <ConfirmDialog
        open={asking !== null}
        title={asking?.ask?.title ?? ''}
        confirmLabel={asking?.ask?.confirm ?? 'Confirm'}
        danger={asking?.ask?.danger}
        busy={busy}
        onConfirm={() => asking && go(asking)}
        onCancel={() => setAsking(null)}
      >
        <p>{asking?.ask?.body}</p>
      </ConfirmDialog>
      {canEnd && (
        <EndEarlyDialog
          key={String(ending)}
          pairing={pairing}
          open={ending}
          onClose={() => setEnding(false)}
          onDone={() => {
            setEnding(false);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
