import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Celebration } from '../../../../shared/domain/goals';
import { EmptyState } from '../../components/EmptyState';
import { formatCount, formatDay } from '../../lib/format';

const FIRST = 12;

/** Recognition: milestones achieved and goals met in the cohort, newest first. */
export function CelebrateList({
  items,
  cohortCode,
}: {
  items: readonly Celebration[];
  cohortCode: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section className="card section-card" aria-labelledby="goals-celebrate">
      <h2 id="goals-celebrate">Celebrate ({formatCount(items.length)})</h2>
      {items.length === 0 ? (
        <EmptyState title={`Nothing to celebrate in ${cohortCode} yet`}>
          Milestones achieved and goals met will appear here, newest first.
        </EmptyState>
      ) : (
        <ol
          className="celebrate-list"
          aria-label={`Milestones achieved and goals met in ${cohortCode}, newest first`}
        >
          {shown.map((c) => (
            <li
              key={`${c.kind}-${c.milestoneId ?? c.goalId}`}
              className={`celebrate celebrate-${c.kind}`}
            >
              <span className="celebrate-when">{formatDay(c.date)}</span>
              <span className="celebrate-what">
                <span className="celebrate-kind">
                  <span aria-hidden="true">{c.kind === 'goal' ? '★ ' : '✓ '}</span>
                  {c.kind === 'goal' ? 'Goal met' : 'Milestone achieved'}
                </span>
                {': '}
                {c.kind === 'goal' ? c.goalTitle : `${c.milestoneTitle ?? ''} (${c.goalTitle})`}
              </span>
              <span className="celebrate-who small">
                <Link to={`/pairings/${c.pairingId}/goals`}>{c.mentee.name}</Link>
                <span className="muted"> with {c.mentor.name}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {items.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? `Show the newest ${FIRST}` : `Show all ${formatCount(items.length)}`}
        </button>
      )}
    </section>
  );
}
