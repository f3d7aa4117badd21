import { useId, useState } from 'react';
import { OBJECTIVES } from '../../../../shared/contract/pairings';
import type { OptimiseResult } from '../../../../shared/domain/board';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { formatCount, plural } from '../../lib/format';

type Objective = (typeof OBJECTIVES)[number];

export const OBJECTIVE_LABELS: Record<Objective, string> = {
  'most-matched': 'Most mentees matched',
  'best-total': 'Best total score',
};

interface OptimiseControlsProps {
  cohortId: number;
  onStart: () => void;
  onDone: (result: OptimiseResult | null, error: ApiError | null) => void;
}

/** The objective and "Optimise the rest": locked and accepted pairings are kept as they are. */
export function OptimiseControls({ cohortId, onStart, onDone }: OptimiseControlsProps) {
  const selectId = useId();
  const [objective, setObjective] = useState<Objective>('most-matched');
  const [busy, setBusy] = useState(false);
  const optimise = async () => {
    setBusy(true);
    onStart();
    const result = await api.call('pairings.optimise', { cohortId, objective });
    setBusy(false);
    if (result.ok) onDone(result.value, null);
    else onDone(null, result.error);
  };
  return (
    <div className="optimise-controls">
      <label htmlFor={selectId}>Aim for</label>
      <select
        id={selectId}
        value={objective}
        onChange={(e) => setObjective(e.target.value as Objective)}
      >
        {OBJECTIVES.map((o) => (
          <option key={o} value={o}>
            {OBJECTIVE_LABELS[o]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        onClick={() => void optimise()}
      >
        {busy ? 'Optimising…' : 'Optimise the rest'}
      </button>
    </div>
  );
}

/** What the optimiser did, and for each mentee left unmatched, why. */
export function OptimiseSummary({
  result,
  onClose,
}: {
  result: OptimiseResult;
  onClose: () => void;
}) {
  // `total` is the sum of the pairs' scores; the mentees considered are matched + unmatched.
  const considered = result.matched + result.unmatched.length;
  return (
    <section className="card optimise-summary" aria-labelledby="optimise-result">
      <div className="section-head">
        <h2 id="optimise-result">
          Optimised for “{OBJECTIVE_LABELS[result.objective].toLowerCase()}”: matched{' '}
          {formatCount(result.matched)} of the {formatCount(considered)} mentees still to pair
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          Hide
        </button>
      </div>
      <ul className="summary-counts" aria-label="What optimising did">
        <li>
          <strong>{formatCount(result.proposed)}</strong> new proposals
        </li>
        <li>
          <strong>{formatCount(result.kept)}</strong> proposals kept as they were
        </li>
        <li>
          <strong>{formatCount(result.withdrawn)}</strong> earlier proposals withdrawn
        </li>
        <li>
          <strong>{formatCount(result.unmatched.length)}</strong> unmatched
        </li>
      </ul>
      <p className="optimise-moved">{result.summary}.</p>
      {result.unmatched.length > 0 && (
        <>
          <h3 className="subheading">
            {plural(result.unmatched.length, 'mentee', 'mentees')} could not be matched
          </h3>
          <ul className="unmatched-list">
            {result.unmatched.map((u) => (
              <li key={u.menteeEnrolmentId}>
                <strong>{u.displayName}</strong>: {u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">
        Total score of the pairs: {formatCount(result.total)}. Solved in{' '}
        {result.solveMs < 1 ? 'under 1 ms' : `${formatCount(result.solveMs)} ms`}.
      </p>
    </section>
  );
}
