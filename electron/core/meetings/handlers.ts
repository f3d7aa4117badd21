import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { cohortIcs, pairingIcs } from './export';
import { cohortMeetings, pairingMeetings } from './overview';
import { logMeeting, markMissed, removeMeeting, updateMeeting } from './service';
import { setInactivityDays } from './settings';
import { logCircleMeeting } from './circle';
import { todayOf } from '../db/write';

export const meetingsHandlers: DomainHandlers<'meetings'> = {
  'meetings.forPairing': ({ pairingId }, ctx) => {
    const w = requireDb(ctx);
    return pairingMeetings(w.db, pairingId, todayOf(w));
  },
  'meetings.log': (input, ctx) => logMeeting(requireDb(ctx), input),
  'meetings.update': (input, ctx) => updateMeeting(requireDb(ctx), input),
  'meetings.markMissed': (input, ctx) => markMissed(requireDb(ctx), input),
  'meetings.remove': ({ id }, ctx) => removeMeeting(requireDb(ctx), id),
  'meetings.logCircle': (input, ctx) => logCircleMeeting(requireDb(ctx), input),
  'meetings.cohort': ({ cohortId }, ctx) => {
    const w = requireDb(ctx);
    return cohortMeetings(w.db, cohortId, todayOf(w));
  },
  'meetings.setInactivityDays': ({ cohortId, days }, ctx) => {
    const w = requireDb(ctx);
    setInactivityDays(w, cohortId, days);
    return cohortMeetings(w.db, cohortId, todayOf(w));
  },
  'meetings.exportIcs': ({ pairingId, cohortId }, ctx) => {
    const w = requireDb(ctx);
    const stamp = w.clock.now().toISOString();
    return pairingId !== undefined
      ? pairingIcs(w.db, pairingId, todayOf(w), stamp)
      : cohortIcs(w.db, cohortId as number, todayOf(w), stamp);
  },
};
