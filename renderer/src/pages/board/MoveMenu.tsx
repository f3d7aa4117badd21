import { useEffect, useRef } from 'react';
import type { BoardMentor } from '../../../../shared/domain/board';
import { plural } from '../../lib/format';
import { capacityWords } from './CapacityMeter';

interface MoveMenuProps {
  menteeName: string;
  mentors: BoardMentor[];
  /** The mentor the card is with now (left out of the list). */
  currentMentorId?: number | undefined;
  /** Mentor enrolment id → the hard rules that forbid this pair ("Not allowed: …"). */
  notAllowed: Readonly<Record<number, string>>;
  onMove: (mentorEnrolmentId: number) => void;
}

/** Why a mentor cannot take this mentee now (a hard rule first, then capacity), or null. */
function refusal(m: BoardMentor, notAllowed: Readonly<Record<number, string>>): string | null {
  const rule = notAllowed[m.enrolmentId];
  if (rule !== undefined) return rule;
  if (m.unavailable || m.capacity === 0 || m.load >= m.capacity) return capacityWords(m).word;
  return null;
}

/**
 * The keyboard way to move a card: a disclosure listing every mentor with their places left;
 * mentors the hard rules forbid, full or unavailable are listed, disabled, with the reason.
 */
export function MoveMenu({
  menteeName,
  mentors,
  currentMentorId,
  notAllowed,
  onMove,
}: MoveMenuProps) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
        return;
      }
      if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const choices = mentors.filter((m) => m.enrolmentId !== currentMentorId);
  return (
    <details className="move-menu" ref={ref}>
      <summary className="button button-small" aria-label={`Move ${menteeName} to…`}>
        Move to…
      </summary>
      <ul className="move-options" aria-label={`Mentors for ${menteeName}`}>
        {choices.length === 0 && <li className="muted small">No other mentor in this cohort.</li>}
        {choices.map((m) => {
          const why = refusal(m, notAllowed);
          return (
            <li key={m.enrolmentId}>
              <button
                type="button"
                className="move-option"
                disabled={why !== null}
                onClick={() => {
                  if (ref.current) ref.current.open = false;
                  onMove(m.enrolmentId);
                }}
              >
                <span className="move-name">{m.person.displayName}</span>
                <span className="move-why">
                  {' — '}
                  {why ?? `${plural(m.capacity - m.load, 'place', 'places')} left`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
