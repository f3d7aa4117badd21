import { useDroppable } from '@dnd-kit/core';
import { Link } from 'react-router-dom';
import type { BoardMentee, BoardMentor } from '../../../../shared/domain/board';
import type { PairingFlag } from '../../../../shared/domain/pairings';
import type { ProgramFormat } from '../../../../shared/domain/programs';
import { SHIFT_LABELS } from '../../../../shared/domain/staff';
import { useCan } from '../../app/SessionContext';
import { formatCount } from '../../lib/format';
import { CapacityMeter } from './CapacityMeter';
import { mentorDropId, POOL_ID, type TargetData } from './dnd';
import { MenteeCard, type CardActions } from './MenteeCard';

interface MentorColumnProps {
  mentor: BoardMentor;
  mentors: BoardMentor[];
  /** The hard rules each open pairing breaks today, by pairing id. */
  flags: Readonly<Record<number, PairingFlag[]>>;
  actions: CardActions;
  /** Group programs show each column as the mentor's circle; peer programs as a peer. */
  format?: ProgramFormat;
}

/** One mentor: who they are, how full they are, and their mentees' cards; a drop target. */
export function MentorColumn({ mentor, mentors, flags, actions, format }: MentorColumnProps) {
  const name = mentor.person.displayName;
  const data: TargetData = { name };
  const { setNodeRef, isOver } = useDroppable({ id: mentorDropId(mentor.enrolmentId), data });
  const headingId = `mentor-${mentor.enrolmentId}`;
  const canMove = useCan('pairings.assign');
  return (
    <section
      ref={setNodeRef}
      className={`board-column${isOver ? ' board-column-over' : ''}${mentor.unavailable ? ' board-column-unavailable' : ''}`}
      aria-labelledby={headingId}
      data-mentor={mentor.enrolmentId}
    >
      <header className="column-head">
        <h3 id={headingId} className="column-title">
          <Link to={`/people/${mentor.person.staffId}`}>{name}</Link>
        </h3>
        <p className="column-facts">
          {mentor.person.unit ?? 'No unit'} ·{' '}
          {mentor.person.shift ? SHIFT_LABELS[mentor.person.shift] : 'Shift not set'}
          {mentor.person.yearsExperience !== null && ` · ${mentor.person.yearsExperience} yrs`}
        </p>
        {format === 'group' && <CircleLine mentor={mentor} />}
        {format === 'peer' && (
          <p className="column-facts">Peer: pairs with one peer, who mentors them back</p>
        )}
        <CapacityMeter mentor={mentor} />
        {mentor.missingTraining.length > 0 && (
          <Link className="column-action" to={`/training/people/${mentor.person.staffId}`}>
            Record training<span className="sr-only"> for {name}</span>
          </Link>
        )}
      </header>
      {mentor.pairings.length === 0 && mentor.peerOf ? (
        <p className="column-empty">
          Paired with {mentor.peerOf}: they mentor each other (the card is in {mentor.peerOf}
          &apos;s column).
        </p>
      ) : mentor.pairings.length === 0 ? (
        <p className="column-empty">
          {canMove ? 'No mentees yet — drag one here.' : 'No mentees yet.'}
        </p>
      ) : (
        <ul
          className="card-list"
          aria-label={
            format === 'group' && mentor.circle
              ? `Members of ${mentor.circle.name}`
              : `Mentees of ${name}`
          }
        >
          {mentor.pairings.map((p) => (
            <MenteeCard
              key={p.pairingId}
              menteeEnrolmentId={p.menteeEnrolmentId}
              person={p.mentee}
              mentors={mentors}
              pairing={{ item: p, mentor, flags: flags[p.pairingId] ?? [] }}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The circle a group program's column is, or the group it will become once accepted. */
function CircleLine({ mentor }: { mentor: BoardMentor }) {
  const member = mentor.pairings.find((p) => p.status !== 'proposed');
  if (mentor.circle && member) {
    return (
      <p className="column-facts column-circle">
        <Link to={`/pairings/${member.pairingId}#circle`}>{mentor.circle.name}</Link>
      </p>
    );
  }
  return (
    <p className="column-facts column-circle">
      {mentor.circle
        ? `Co-mentor of ${mentor.circle.name}`
        : `Group of up to ${mentor.capacity}: accepting makes the circle`}
    </p>
  );
}

interface PoolColumnProps {
  pool: BoardMentee[];
  total: number;
  mentors: BoardMentor[];
  actions: CardActions;
}

/** Mentees without an open pairing: drag them onto a mentor, or drop a proposal back here. */
export function PoolColumn({ pool, total, mentors, actions }: PoolColumnProps) {
  const data: TargetData = { name: 'the unpaired pool' };
  const { setNodeRef, isOver } = useDroppable({ id: POOL_ID, data });
  const canUnassign = useCan('pairings.unassign');
  return (
    <section
      ref={setNodeRef}
      className={`board-pool${isOver ? ' board-column-over' : ''}`}
      aria-labelledby="board-pool-title"
    >
      <header className="column-head">
        <h2 id="board-pool-title" className="column-title">
          Unpaired mentees
        </h2>
        <p className="column-facts">
          {pool.length === total
            ? `${formatCount(total)} waiting`
            : `${formatCount(pool.length)} of ${formatCount(total)} shown`}
        </p>
      </header>
      {pool.length === 0 ? (
        <p className="column-empty">
          {total === 0
            ? `Everyone is paired.${canUnassign ? ' Drop a proposal here to unpair it.' : ''}`
            : 'None match the filters.'}
        </p>
      ) : (
        <ul className="card-list" aria-label="Unpaired mentees">
          {pool.map((m) => (
            <MenteeCard
              key={m.enrolmentId}
              menteeEnrolmentId={m.enrolmentId}
              person={m.person}
              mentors={mentors}
              pool={{
                bestScore: m.bestScore,
                eligibleMentors: m.eligibleMentors,
                notAllowed: m.notAllowed,
              }}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
