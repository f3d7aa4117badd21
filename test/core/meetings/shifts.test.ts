import { describe, expect, it } from 'vitest';
import { suggestMeetingTime } from '../../../electron/core/meetings/shifts';

const ana = (shift: 'day' | 'evening' | 'night' | 'rotating' | null) => ({ name: 'Ana', shift });
const ben = (shift: 'day' | 'evening' | 'night' | 'rotating' | null) => ({ name: 'Ben', shift });

describe('suggested meeting times from usual shifts', () => {
  it('suggests mid-shift when both work the same shift', () => {
    expect(suggestMeetingTime(ana('day'), ben('day'))).toMatchObject({
      kind: 'shared_shift',
      start: '11:00',
      from: '07:00',
      to: '15:00',
    });
    const nights = suggestMeetingTime(ana('night'), ben('night'));
    expect(nights).toMatchObject({ start: '03:00', from: '23:00', to: '07:00' });
    expect(nights.reason).toBe(
      'Ana and Ben both work nights (23:00–07:00), so any time in that shift suits both; mid-shift (03:00) keeps clear of the handovers at 23:00 and 07:00.',
    );
  });

  it('suggests the hour either side of the shift change the two shifts share', () => {
    const s = suggestMeetingTime(ana('evening'), ben('day'));
    expect(s).toMatchObject({ kind: 'shift_change', start: '14:30', from: '14:00', to: '16:00' });
    expect(s.reason).toBe(
      "Ben works days (07:00–15:00) and Ana works evenings (15:00–23:00): their shifts meet at 15:00, so the hour either side of the change (14:00–16:00) suits both, e.g. 14:30, before Ana's shift starts.",
    );
    expect(suggestMeetingTime(ana('evening'), ben('night'))).toMatchObject({
      start: '22:30',
      from: '22:00',
      to: '00:00',
    });
    expect(suggestMeetingTime(ana('day'), ben('night'))).toMatchObject({
      start: '06:30',
      from: '06:00',
      to: '08:00',
    });
  });

  it('works from the one known shift when the other rotates or is not recorded', () => {
    const s = suggestMeetingTime(ana('rotating'), ben('evening'));
    expect(s).toMatchObject({ kind: 'one_known', start: '22:30' });
    expect(s.reason).toContain("Ana's shift rotates");
    expect(suggestMeetingTime(ana('day'), ben(null)).reason).toContain(
      "Ben's usual shift is not recorded",
    );
  });

  it('suggests no time when neither shift is known, and says so', () => {
    const s = suggestMeetingTime(ana('rotating'), ben(null));
    expect(s).toEqual({
      kind: 'unknown',
      start: null,
      from: null,
      to: null,
      reason:
        "Ana's shift rotates and Ben's usual shift is not recorded: agree the time at each meeting from both rotas.",
    });
  });
});
