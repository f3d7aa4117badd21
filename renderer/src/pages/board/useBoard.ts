import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BoardWithFlags } from '../../../../shared/domain/pairings';
import type { ApiError, Result } from '../../../../shared/result';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import type { MatchBreakdown } from '../../../../shared/domain/matching';
import type { CardActions } from './MenteeCard';
import type { BreakdownView } from './BreakdownDialog';
import type { SuggestionsView } from './SuggestionsDialog';

export interface BoardState {
  board: BoardWithFlags | undefined;
  loadError: ApiError | null;
  reload: () => void;
  /** The server's refusal (it names the rule), shown next to the board. */
  refusal: string | null;
  clearRefusal: () => void;
  showRefusal: (message: string) => void;
  /** What just happened, said politely. */
  status: string | null;
  setStatus: (s: string | null) => void;
  busy: boolean;
  actions: CardActions;
  breakdown: BreakdownView | null;
  closeBreakdown: () => void;
  suggestions: SuggestionsView | null;
  closeSuggestions: () => void;
  /** Runs a call; on failure shows its message, on success the given words; reloads the board. */
  run: <T>(
    call: () => Promise<Result<T>>,
    done: string | ((value: T) => string),
  ) => Promise<boolean>;
}

/** The board of one cohort, its card actions, and where the educator's focus goes after them. */
export function useBoard(cohortId: number, enabled: boolean): BoardState {
  const query = useApiQuery('pairings.board', { cohortId }, { enabled });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [breakdown, setBreakdown] = useState<BreakdownView | null>(null);
  const [suggestions, setSuggestions] = useState<SuggestionsView | null>(null);
  const focusMentee = useRef<number | null>(null);
  const { reload } = query;

  // After a move the card is drawn in another column: give focus back to it there.
  useEffect(() => {
    const id = focusMentee.current;
    if (id === null || !query.data) return;
    const card = document.querySelector<HTMLElement>(`[data-mentee="${id}"]`);
    if (!card) return;
    focusMentee.current = null;
    card.querySelector<HTMLElement>('.grip, button, a')?.focus();
  }, [query.data]);

  const run = useCallback(
    async <T>(call: () => Promise<Result<T>>, done: string | ((value: T) => string)) => {
      setBusy(true);
      setRefusal(null);
      setStatus(null);
      const result = await call();
      setBusy(false);
      if (result.ok) setStatus(typeof done === 'string' ? done : done(result.value));
      else setRefusal(result.error.message);
      reload();
      return result.ok;
    },
    [reload],
  );

  const actions = useMemo<CardActions>(
    () => ({
      move: (menteeEnrolmentId, mentorEnrolmentId, name) => {
        focusMentee.current = menteeEnrolmentId;
        void run(
          () => api.call('pairings.assign', { cohortId, menteeEnrolmentId, mentorEnrolmentId }),
          `${name} is now proposed with ${mentorName(query.data, mentorEnrolmentId)}.`,
        );
      },
      unassign: (id, name) =>
        void run(() => api.call('pairings.unassign', { id }), `${name} is back in the pool.`),
      lock: (id, locked, name) =>
        void run(
          () => api.call('pairings.lock', { id, locked }),
          locked
            ? `${name}’s proposal is locked: optimising keeps it.`
            : `${name}’s proposal is unlocked.`,
        ),
      accept: (id, name) =>
        void run(
          () => api.call('pairings.accept', { ids: [id] }),
          `${name}’s pairing is now active.`,
        ),
      showBreakdown: (title: string, b: MatchBreakdown, from: HTMLElement) =>
        setBreakdown({ title, breakdown: b, returnFocus: from }),
      suggest: (menteeEnrolmentId, name, from) =>
        setSuggestions({ menteeEnrolmentId, name, returnFocus: from }),
    }),
    [cohortId, run, query.data],
  );

  return {
    board: query.data,
    loadError: query.error,
    reload,
    refusal,
    clearRefusal: () => setRefusal(null),
    showRefusal: setRefusal,
    status,
    setStatus,
    busy,
    actions,
    breakdown,
    closeBreakdown: () => setBreakdown(null),
    suggestions,
    closeSuggestions: () => setSuggestions(null),
    run,
  };
}

function mentorName(board: BoardWithFlags | undefined, enrolmentId: number): string {
  return (
    board?.mentors.find((m) => m.enrolmentId === enrolmentId)?.person.displayName ?? 'the mentor'
  );
}
