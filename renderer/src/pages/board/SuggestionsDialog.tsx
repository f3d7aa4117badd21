import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner } from '../../components/ErrorBanner';
import { InfoDialog } from '../../components/InfoDialog';
import { plural } from '../../lib/format';
import { BreakdownTable } from '../pairings/BreakdownTable';

export interface SuggestionsView {
  menteeEnrolmentId: number;
  name: string;
  /** The button that opened it, to give focus back to. */
  returnFocus: HTMLElement | null;
}

/** A mentor the hard rules forbid for this mentee, with the rules in words ("Not allowed: …"). */
export interface BlockedMentor {
  mentorEnrolmentId: number;
  name: string;
  reason: string;
}

interface SuggestionsDialogProps {
  cohortId: number;
  view: SuggestionsView | null;
  /** The mentors the open mentee may not be paired with, from the board. */
  blocked: readonly BlockedMentor[];
  onPlace: (menteeEnrolmentId: number, mentorEnrolmentId: number, name: string) => void;
  onClose: () => void;
}

/**
 * The three best mentors for one mentee, each with the reasons for its score and its places
 * left; placing one proposes the pair (the hard rules are checked again by the server).
 */
export function SuggestionsDialog({
  cohortId,
  view,
  blocked,
  onPlace,
  onClose,
}: SuggestionsDialogProps) {
  return (
    <InfoDialog
      title={view ? `Best mentors for ${view.name}` : null}
      returnFocus={view?.returnFocus ?? null}
      onClose={onClose}
    >
      {/* Keyed by mentee: another mentee's ranking is never shown while this one loads. */}
      {view && (
        <Suggestions
          key={view.menteeEnrolmentId}
          cohortId={cohortId}
          view={view}
          blocked={blocked}
          onPlace={(mentorEnrolmentId) => {
            onPlace(view.menteeEnrolmentId, mentorEnrolmentId, view.name);
            onClose();
          }}
        />
      )}
    </InfoDialog>
  );
}

interface SuggestionsProps {
  cohortId: number;
  view: SuggestionsView;
  blocked: readonly BlockedMentor[];
  onPlace: (mentorEnrolmentId: number) => void;
}

function Suggestions({ cohortId, view, blocked, onPlace }: SuggestionsProps) {
  const query = useApiQuery('matching.suggest', {
    cohortId,
    menteeEnrolmentId: view.menteeEnrolmentId,
  });
  const suggestions = query.data ?? [];
  return (
    <div className="dialog-body">
      <ErrorBanner error={query.error} onRetry={query.reload} />
      {/* One live region from the start, so the result is announced when it arrives. */}
      <p className={query.data ? 'sr-only' : 'muted'} role="status">
        {query.data
          ? `${plural(suggestions.length, 'mentor', 'mentors')} ranked for ${view.name}.`
          : query.loading
            ? 'Ranking the mentors…'
            : ''}
      </p>
      {query.data && suggestions.length === 0 && (
        <p>No mentor in this cohort is allowed for {view.name} under the hard rules.</p>
      )}
      <ol className="suggestion-list">
        {suggestions.map((s, i) => (
          <li key={s.mentorEnrolmentId} className="suggestion">
            <div className="suggestion-head">
              <h3>
                {i + 1}. {s.mentor.displayName}{' '}
                <span className="muted small">
                  score {s.breakdown.score} ·{' '}
                  {s.current
                    ? 'current mentor'
                    : s.full
                      ? 'full'
                      : `${plural(s.remaining, 'place', 'places')} left`}
                </span>
              </h3>
              <Can method="pairings.assign">
                <button
                  type="button"
                  className="button button-small button-primary"
                  disabled={s.full || s.current}
                  onClick={() => onPlace(s.mentorEnrolmentId)}
                >
                  Propose with {s.mentor.displayName}
                </button>
              </Can>
            </div>
            <BreakdownTable
              breakdown={s.breakdown}
              caption={`${view.name} with ${s.mentor.displayName}: score ${s.breakdown.score}`}
            />
          </li>
        ))}
      </ol>
      {query.data && blocked.length > 0 && (
        <section aria-labelledby="suggestions-blocked">
          <h3 id="suggestions-blocked">Not allowed for {view.name}</h3>
          <ul className="blocked-list">
            {blocked.map((b) => (
              <li key={b.mentorEnrolmentId}>
                {b.name} — {b.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
