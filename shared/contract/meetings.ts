import { z } from 'zod';
import {
  checkMeetingFields,
  inactivityDays,
  meetingFields,
  missedInput,
  type CohortMeetings,
  type IcsFile,
  type MeetingRecord,
  type PairingMeetings,
} from '../domain/meetings';
import type { CircleDetail } from '../domain/pairings';
import { method } from './define';

const id = z.number().int().positive();

export const meetingsMethods = {
  /** Expected, held and missed meetings of one pairing, its compliance and a suggested time. */
  'meetings.forPairing': method(z.object({ pairingId: id })).returns<PairingMeetings>(),
  'meetings.log': method(
    meetingFields.extend({ pairingId: id }).superRefine(checkMeetingFields),
  ).returns<MeetingRecord>(),
  /** Corrects a held meeting; the audit trail keeps the values before and after. */
  'meetings.update': method(
    meetingFields.extend({ id }).superRefine(checkMeetingFields),
  ).returns<MeetingRecord>(),
  'meetings.markMissed': method(missedInput).returns<MeetingRecord>(),
  /** Removes a record logged by mistake (a meeting is not a signed document); audited. */
  'meetings.remove': method(z.object({ id })).returns<{ id: number; pairingId: number }>(),
  /** A mentoring circle's shared meeting: each member present, or absent with a reason. */
  'meetings.logCircle': method(
    meetingFields.omit({ actionItems: true }).extend({
      circleId: id,
      attendance: z
        .array(
          z.object({
            enrolmentId: id,
            present: z.boolean(),
            reason: z.string().trim().max(300, 'at most 300 characters').nullable().default(null),
          }),
        )
        .min(1, 'say who was there')
        .max(60),
    }),
  ).returns<CircleDetail>(),
  'meetings.cohort': method(z.object({ cohortId: id })).returns<CohortMeetings>(),
  'meetings.setInactivityDays': method(
    z.object({ cohortId: id, days: inactivityDays }),
  ).returns<CohortMeetings>(),
  /** Planned (expected, future) meetings as an iCalendar file, for one pairing or a whole cohort. */
  'meetings.exportIcs': method(
    z
      .object({ pairingId: id.optional(), cohortId: id.optional() })
      .refine((x) => (x.pairingId === undefined) !== (x.cohortId === undefined), {
        message: 'give either a pairing or a cohort',
        path: ['pairingId'],
      }),
  ).returns<IcsFile>(),
};
