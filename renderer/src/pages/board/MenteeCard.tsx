import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEventHandler, PointerEvent } from 'react';
import { Link } from 'react-router-dom';
import type { BoardMentor, BoardPairing } from '../../../../shared/domain/board';
import type { MatchBreakdown } from '../../../../shared/domain/matching';
import type { PairingFlag } from '../../../../shared/domain/pairings';
import type { EnrolmentPerson } from '../../../../shared/domain/programs';
import { SHIFT_LABELS } from '../../../../shared/domain/staff';
import { useCan } from '../../app/SessionContext';
import { plural } from '../../lib/format';
import { PairingFlags } from '../pairings/PairingFlags';
import { PairingStatusBadge } from '../pairings/PairingStatusBadge';
import type { CardData } from './dnd';
import { MoveMenu } from './MoveMenu';

export interface CardActions {
  move: (menteeEnrolmentId: number, mentorEnrolmentId: number, name: string) => void;
  unassign: (pairingId: number, name: string) => void;
  lock: (pairingId: number, locked: boolean, name: string) => void;
  accept: (pairingId: number, name: string) => void;
  showBreakdown: (title: string, breakdown: MatchBreakdown, from: HTMLElement) => void;
  suggest: (menteeEnrolmentId: number, name: string, from: HTMLElement) => void;
}

interface MenteeCardProps {
  menteeEnrolmentId: number;
  person: EnrolmentPerson;
  mentors: BoardMentor[];
  /** A card in a mentor's column, with the hard rules its pairing breaks today. */
  pairing?: { item: BoardPairing; mentor: BoardMentor; flags?: readonly PairingFlag[] };
  /** A card in the pool. */
  pool?: {
    bestScore: number | null;
    eligibleMentors: number;
    notAllowed: Readonly<Record<number, string>>;
  };
  actions: CardActions;
}

/** Controls inside a card keep their own pointer behaviour; the rest of the card drags. */
const INTERACTIVE = 'a, button:not(.grip), select, input, summary, .move-options';

export function MenteeCard({
  menteeEnrolmentId,
  person,
  mentors,
  pairing,
  pool,
  actions,
}: MenteeCardProps) {
  const name = person.displayName;
  const item = pairing?.item;
  const open = !item || item.status === 'proposed';
  const canAccept = useCan('pairings.accept');
  const canLock = useCan('pairings.lock');
  const canUnassign = useCan('pairings.unassign');
  // A viewer reads the card (and its Best mentors) but cannot drag it or move it by keyboard.
  const canMove = useCan('pairings.assign');
  const movable = open && canMove;
  const data: CardData = {
    menteeEnrolmentId,
    name,
    ...(item ? { pairingId: item.pairingId, fromMentor: pairing.mentor.enrolmentId } : {}),
  };
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: `mentee:${menteeEnrolmentId}`,
    data,
    disabled: !movable,
  });
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if ((event.target as Element).closest(INTERACTIVE)) return;
    listeners?.onPointerDown?.(event);
  };

  return (
    <li
      ref={setNodeRef}
      className={`mentee-card${isDragging ? ' mentee-card-dragging' : ''}${movable ? ' mentee-card-movable' : ''}${item?.locked ? ' mentee-card-locked' : ''}`}
      data-mentee={menteeEnrolmentId}
      onPointerDown={movable ? onPointerDown : undefined}
    >
      <div className="card-top">
        {movable && (
          <button
            type="button"
            className="grip"
            ref={setActivatorNodeRef}
            {...attributes}
            onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
            aria-label={`Drag ${name}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <span className="card-name">{name}</span>
        {item && (
          <button
            type="button"
            className="score-button"
            aria-label={`Score ${item.score}: show the breakdown`}
            onClick={(e) =>
              actions.showBreakdown(
                `${name} with ${pairing.mentor.person.displayName}: score ${item.score}`,
                item.breakdown,
                e.currentTarget,
              )
            }
          >
            {item.score}
          </button>
        )}
      </div>
      <div className="card-facts">
        {person.unit ?? 'No unit'} · {person.shift ? SHIFT_LABELS[person.shift] : 'Shift not set'}
      </div>
      {pool && (
        <div className="card-facts">
          {pool.bestScore === null ? 'No eligible mentor' : `Best score ${pool.bestScore}`} ·{' '}
          {plural(pool.eligibleMentors, 'eligible mentor', 'eligible mentors')}
        </div>
      )}
      {item && (
        <div className="card-status">
          <PairingStatusBadge status={item.status} />
          {item.locked && <span className="lock-word">Locked</span>}
          <Link
            to={`/pairings/${item.pairingId}`}
            className="small"
            aria-label={`Details of ${name}’s pairing`}
          >
            Details
          </Link>
        </div>
      )}
      {item && <PairingFlags flags={pairing.flags ?? []} status={item.status} compact />}
      {open && (
        <div className="card-actions">
          {item && canAccept && (
            <button
              type="button"
              className="button button-small"
              onClick={() => actions.accept(item.pairingId, name)}
            >
              Accept<span className="sr-only"> {name}</span>
            </button>
          )}
          {item && canLock && (
            <button
              type="button"
              className="button button-small"
              aria-pressed={item.locked}
              onClick={() => actions.lock(item.pairingId, !item.locked, name)}
            >
              {item.locked && <span aria-hidden="true">✓</span>}Lock
              <span className="sr-only"> {name}</span>
            </button>
          )}
          {item && canUnassign && (
            <button
              type="button"
              className="button button-small"
              onClick={() => actions.unassign(item.pairingId, name)}
            >
              Return to pool<span className="sr-only">: {name}</span>
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            onClick={(e) => actions.suggest(menteeEnrolmentId, name, e.currentTarget)}
          >
            Best mentors<span className="sr-only"> for {name}</span>
          </button>
          {canMove && (
            <MoveMenu
              menteeName={name}
              mentors={mentors}
              currentMentorId={pairing?.mentor.enrolmentId}
              notAllowed={pairing?.item.notAllowed ?? pool?.notAllowed ?? {}}
              onMove={(mentorId) => actions.move(menteeEnrolmentId, mentorId, name)}
            />
          )}
        </div>
      )}
    </li>
  );
}

/** The card under the pointer while dragging: a light copy, not a second live card. */
export function CardPreview({ name }: { name: string }) {
  return (
    <div className="mentee-card mentee-card-overlay">
      <div className="card-top">
        <span className="grip" aria-hidden="true">
          ⠿
        </span>
        <span className="card-name">{name}</span>
      </div>
    </div>
  );
}
