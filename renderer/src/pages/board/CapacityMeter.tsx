import type { BoardMentor } from '../../../../shared/domain/board';
import { plural } from '../../lib/format';

/** The mentor's state in words: unavailable (and why), takes none, full, or places left. */
export function capacityWords(m: BoardMentor): { word: string; tone: 'ok' | 'full' | 'off' } {
  if (m.unavailable) {
    const why = m.unavailable.startsWith(`${m.person.displayName} `)
      ? m.unavailable.slice(m.person.displayName.length + 1)
      : m.unavailable;
    return { word: `Unavailable: ${why}`, tone: 'off' };
  }
  if (m.capacity === 0) return { word: 'Takes no mentees', tone: 'off' };
  if (m.load > m.capacity) return { word: `Over capacity by ${m.load - m.capacity}`, tone: 'full' };
  if (m.load === m.capacity) return { word: 'Full', tone: 'full' };
  return { word: `${plural(m.capacity - m.load, 'place', 'places')} left`, tone: 'ok' };
}

/** "2 of 3" with a bar; the status is always written out, never colour alone. */
export function CapacityMeter({ mentor }: { mentor: BoardMentor }) {
  const { word, tone } = capacityWords(mentor);
  const share = mentor.capacity === 0 ? 0 : Math.min(1, mentor.load / mentor.capacity);
  return (
    <div className={`capacity capacity-${tone}`}>
      <div className="capacity-text">
        <strong className="tabular">
          {mentor.load} of {mentor.capacity}
        </strong>{' '}
        <span className="capacity-word">{word}</span>
      </div>
      <div className="capacity-bar" aria-hidden="true">
        <span className="capacity-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}
