import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Board, OptimiseResult } from '../../../../shared/domain/board';
import type { AcceptAllResult } from '../../../../shared/domain/pairings';
import { api } from '../../api/client';
import { useCan } from '../../app/SessionContext';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { Progress } from '../../components/Progress';
import { ExportCsvButton } from '../cohorts/ExportCsvButton';
import { BoardCounts, BoardToolbar, NO_FILTERS, passes, type BoardFilters } from './BoardToolbar';
import { MentorColumn, PoolColumn } from './BoardColumns';
import { BreakdownDialog } from './BreakdownDialog';
import { SuggestionsDialog, type BlockedMentor } from './SuggestionsDialog';
import {
  announcements,
  boardCollision,
  jumpBetweenTargets,
  mentorOfDropId,
  POOL_ID,
  screenReaderInstructions,
  type CardData,
} from './dnd';
import { CardPreview } from './MenteeCard';
import { OptimiseControls, OptimiseSummary } from './OptimiseControls';
import { useBoard } from './useBoard';
import '../../styles/blocks.css';
import '../../styles/board-layout.css';
import '../../styles/board-columns.css';
import '../../styles/board-cards.css';

/** The one place for direct manipulation: mentor columns, the unpaired pool, drag or "Move to…". */
export function BoardPage() {
  const cohortId = Number(useParams().cohortId);
  const valid = Number.isInteger(cohortId) && cohortId > 0;
  const state = useBoard(cohortId, valid);
  const { board, actions } = state;
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [dragging, setDragging] = useState<CardData | null>(null);
  const [optimising, setOptimising] = useState(false);
  const [optimised, setOptimised] = useState<OptimiseResult | null>(null);
  // A viewer sees the same board with its scores and explanations, but nothing that moves a card.
  const canMove = useCan('pairings.assign');

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenTargets }),
  );

  const onDragStart = (event: DragStartEvent) =>
    setDragging((event.active.data.current as CardData | undefined) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = event.active.data.current as CardData | undefined;
    if (!card || !event.over) return;
    const mentorId = mentorOfDropId(event.over.id);
    if (mentorId !== null && mentorId !== card.fromMentor) {
      actions.move(card.menteeEnrolmentId, mentorId, card.name);
    } else if (event.over.id === POOL_ID && card.pairingId !== undefined) {
      actions.unassign(card.pairingId, card.name);
    }
  };

  const mentors = board?.mentors ?? [];
  const shownMentors = mentors.filter((m) => passes(filters, m.person));
  const shownPool = (board?.pool ?? []).filter((m) => passes(filters, m.person));
  const c = board?.cohort;

  return (
    <div className="page page-board">
      <PageHeader
        title={c ? `Pairing board: ${c.name}` : 'Pairing board'}
        breadcrumb={
          <>
            <Link to="/board">Pairing board</Link>
            {c && (
              <>
                {' '}
                <span aria-hidden="true">›</span> <Link to={`/cohorts/${c.id}`}>{c.code}</Link>
              </>
            )}
          </>
        }
        subtitle={
          board &&
          (canMove
            ? `${board.program.name} · drag a mentee onto a mentor, or use “Move to…” on the card.`
            : `${board.program.name} · viewers can read the board; placing mentees is for educators.`)
        }
        action={
          board && (
            <Can method="pairings.optimise">
              <OptimiseControls
                cohortId={cohortId}
                onStart={() => {
                  setOptimising(true);
                  setOptimised(null);
                  state.clearRefusal();
                }}
                onDone={(result, error) => {
                  setOptimising(false);
                  setOptimised(result);
                  if (error) state.showRefusal(error.message);
                  state.reload();
                }}
              />
            </Can>
          )
        }
      />
      <ErrorBanner
        error={valid ? state.loadError : 'There is no cohort at this address.'}
        onRetry={state.reload}
      />
      {board && (
        <>
          <div className="board-summary">
            <BoardCounts board={board} />
            <ExportCsvButton cohortId={cohortId} />
          </div>
          <BoardToolbar
            board={board}
            filters={filters}
            onFilters={setFilters}
            shown={{ mentors: shownMentors.length, pool: shownPool.length }}
            onAcceptAll={(ids) =>
              state.run(() => api.call('pairings.acceptAll', { ids }), acceptedWords)
            }
          />
          <div role="alert" className="board-alert">
            {state.refusal && (
              <div className="banner banner-error">
                <span className="banner-word">Not changed:</span> {state.refusal}
                <button
                  type="button"
                  className="link-button banner-action"
                  onClick={state.clearRefusal}
                >
                  Dismiss
                </button>
              </div>
            )}
          </div>
          <Notice>{state.status}</Notice>
          {optimising && <Progress label="Optimising the rest of the board…" />}
          {optimised && <OptimiseSummary result={optimised} onClose={() => setOptimised(null)} />}
          <DndContext
            sensors={sensors}
            collisionDetection={boardCollision}
            accessibility={{ announcements, screenReaderInstructions }}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => setDragging(null)}
          >
            <div className={`board${state.busy ? ' board-busy' : ''}`} aria-busy={state.busy}>
              <PoolColumn
                pool={shownPool}
                total={board.pool.length}
                mentors={mentors}
                actions={actions}
              />
              <div className="board-mentors">
                <h2 className="sr-only">Mentors</h2>
                {mentors.length === 0 ? (
                  <p className="column-empty">
                    No mentors in this cohort yet — enrol them on the{' '}
                    <Link to={`/cohorts/${cohortId}`}>cohort page</Link>.
                  </p>
                ) : shownMentors.length === 0 ? (
                  <p className="column-empty">No mentor matches the filters.</p>
                ) : (
                  shownMentors.map((m) => (
                    <MentorColumn
                      key={m.enrolmentId}
                      mentor={m}
                      mentors={mentors}
                      flags={board.flags}
                      actions={actions}
                      format={board.program.format}
                    />
                  ))
                )}
              </div>
            </div>
            <DragOverlay dropAnimation={null}>
              {dragging && <CardPreview name={dragging.name} />}
            </DragOverlay>
          </DndContext>
        </>
      )}
      <BreakdownDialog view={state.breakdown} onClose={state.closeBreakdown} />
      {valid && (
        <SuggestionsDialog
          cohortId={cohortId}
          view={state.suggestions}
          blocked={blockedFor(board, state.suggestions?.menteeEnrolmentId)}
          onPlace={actions.move}
          onClose={state.closeSuggestions}
        />
      )}
    </div>
  );
}

/** The mentors the hard rules forbid for one mentee (in the pool or on a card), in board order. */
function blockedFor(
  board: Board | undefined,
  menteeEnrolmentId: number | undefined,
): BlockedMentor[] {
  if (!board || menteeEnrolmentId === undefined) return [];
  const notAllowed =
    board.pool.find((m) => m.enrolmentId === menteeEnrolmentId)?.notAllowed ??
    board.mentors.flatMap((m) => m.pairings).find((p) => p.menteeEnrolmentId === menteeEnrolmentId)
      ?.notAllowed ??
    {};
  return board.mentors.flatMap((m) => {
    const reason = notAllowed[m.enrolmentId];
    return reason === undefined
      ? []
      : [{ mentorEnrolmentId: m.enrolmentId, name: m.person.displayName, reason }];
  });
}

/** "Accepted 4 proposals: they are now active." and, for each left proposed, the rule in the way. */
function acceptedWords({ accepted, skipped }: AcceptAllResult): string {
  const n = accepted.length;
  const done = `Accepted ${n} ${n === 1 ? 'proposal' : 'proposals'}: they are now active.`;
  if (skipped.length === 0) return done;
  const why = skipped.map((s) => `${s.mentee} with ${s.mentor} (${s.reasons.join('; ')})`);
  return `${done} ${skipped.length} left proposed because a hard rule stands in the way: ${why.join('; ')}.`;
}
