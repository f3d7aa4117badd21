import type { MeetingTimeSuggestion } from '../../../shared/domain/meetings';
import type { Shift } from '../../../shared/domain/staff';

type FixedShift = Exclude<Shift, 'rotating'>;

/** The facility's usual shift hours; rotating shifts have no fixed hours. */
export const SHIFT_HOURS: Record<FixedShift, { start: number; end: number; words: string }> = {
  day: { start: 7, end: 15, words: 'days (07:00–15:00)' },
  evening: { start: 15, end: 23, words: 'evenings (15:00–23:00)' },
  night: { start: 23, end: 7, words: 'nights (23:00–07:00)' },
};

export interface Person {
  name: string;
  shift: Shift | null;
}

const hhmm = (hour: number, minutes = 0) =>
  `${String((hour + 24) % 24).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;

function fixed(shift: Shift | null): FixedShift | null {
  return shift === null || shift === 'rotating' ? null : shift;
}

function unknownWords(p: Person): string {
  return p.shift === 'rotating'
    ? `${p.name}'s shift rotates`
    : `${p.name}'s usual shift is not recorded`;
}

/** Both on the same shift: mid-shift, away from the handovers at either end. */
function sharedShift(a: Person, b: Person, shift: FixedShift): MeetingTimeSuggestion {
  const h = SHIFT_HOURS[shift];
  const start = hhmm(h.start + 4);
  return {
    kind: 'shared_shift',
    start,
    from: hhmm(h.start),
    to: hhmm(h.end),
    reason: `${a.name} and ${b.name} both work ${h.words}, so any time in that shift suits both; mid-shift (${start}) keeps clear of the handovers at ${hhmm(h.start)} and ${hhmm(h.end)}.`,
  };
}

/**
 * Different shifts: three 8-hour shifts meet at 07:00, 15:00 and 23:00, so any two of them
 * share one change. The hour either side of it suits both; the suggestion starts half an hour
 * before, while the outgoing person is still on shift and the incoming one arrives a little early.
 */
function shiftChange(a: Person, b: Person, sa: FixedShift, sb: FixedShift): MeetingTimeSuggestion {
  const [outgoing, incoming] = SHIFT_HOURS[sa].end === SHIFT_HOURS[sb].start ? [a, b] : [b, a];
  const change = SHIFT_HOURS[fixed(outgoing.shift) as FixedShift].end;
  const start = hhmm(change - 1, 30);
  return {
    kind: 'shift_change',
    start,
    from: hhmm(change - 1),
    to: hhmm(change + 1),
    reason: `${outgoing.name} works ${SHIFT_HOURS[fixed(outgoing.shift) as FixedShift].words} and ${incoming.name} works ${SHIFT_HOURS[fixed(incoming.shift) as FixedShift].words}: their shifts meet at ${hhmm(change)}, so the hour either side of the change (${hhmm(change - 1)}–${hhmm(change + 1)}) suits both, e.g. ${start}, before ${incoming.name}'s shift starts.`,
  };
}

function oneKnown(known: Person, other: Person, shift: FixedShift): MeetingTimeSuggestion {
  const h = SHIFT_HOURS[shift];
  const start = hhmm(h.end - 1, 30);
  return {
    kind: 'one_known',
    start,
    from: hhmm(h.end - 1),
    to: hhmm(h.end + 1),
    reason: `${unknownWords(other)}, so no time suits both every week. ${known.name} works ${h.words}: the hour either side of ${known.name}'s shift change at ${hhmm(h.end)} (e.g. ${start}) is a good start; check ${other.name}'s rota for the week.`,
  };
}

/** A meeting time both people can usually make, from their usual shifts, with the reason in words. */
export function suggestMeetingTime(mentor: Person, mentee: Person): MeetingTimeSuggestion {
  const a = fixed(mentor.shift);
  const b = fixed(mentee.shift);
  if (a !== null && b !== null)
    return a === b ? sharedShift(mentor, mentee, a) : shiftChange(mentor, mentee, a, b);
  if (a !== null) return oneKnown(mentor, mentee, a);
  if (b !== null) return oneKnown(mentee, mentor, b);
  return {
    kind: 'unknown',
    start: null,
    from: null,
    to: null,
    reason: `${unknownWords(mentor)} and ${unknownWords(mentee)}: agree the time at each meeting from both rotas.`,
  };
}
