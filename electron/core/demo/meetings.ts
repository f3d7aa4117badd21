import { addDays } from '../../../shared/dates';
import type { ExpectedMeeting, MeetingFields, MeetingMode } from '../../../shared/domain/meetings';
import { todayOf, type WriteContext } from '../db/write';
import { pairingMeetings } from '../meetings/overview';
import { logMeeting, markMissed } from '../meetings/service';
import { pick, seededRandom } from './random';
import { demoResidencyCohort } from './calendar';

const SEED = 5150;

const TOPICS = [
  'IV insertion practice',
  'Time management on a full assignment',
  'Handover (SBAR)',
  'Sepsis recognition',
  'Medication administration safety',
  'Charting in the EHR',
  'Difficult conversations with families',
  'Night shift fatigue',
  'Wound care plan',
  'Telemetry alarms',
  'Career goals',
  'Feedback from the charge nurse',
] as const;

const NOTES = [
  'Reviewed last week’s shifts; confidence growing with a four-patient assignment.',
  'Walked through two recent cases and what to escalate earlier.',
  'Practised on the simulation arm; three successful starts.',
  'Agreed to focus on prioritising at the start of the shift.',
  null,
  null,
] as const;

type ActionItem = MeetingFields['actionItems'][number];

const ACTIONS: readonly Omit<ActionItem, 'dueDate'>[] = [
  { description: 'Read the sepsis bundle policy', owner: 'mentee', ownerName: null },
  { description: 'Book a simulation lab slot for IV starts', owner: 'educator', ownerName: null },
  { description: 'Shadow the charge nurse for one shift', owner: 'mentee', ownerName: null },
  { description: 'Share the handover checklist', owner: 'mentor', ownerName: null },
  { description: 'Complete the EHR charting module', owner: 'mentee', ownerName: null },
  {
    description: 'Ask the wound care nurse for a teaching session',
    owner: 'other',
    ownerName: 'Wound care nurse',
  },
];

const MISSED_REASONS = [
  'Mentee called in sick',
  'Unit short-staffed; no time to step away',
  'Mentor pulled to another unit',
] as const;
const CANCELLED_REASONS = [
  'Mentor on annual leave',
  'Mandatory education day',
  'Rescheduled at the mentee’s request',
] as const;

function modeOf(random: () => number): MeetingMode {
  const r = random();
  return r < 0.7 ? 'in_person' : r < 0.9 ? 'video' : 'phone';
}

function actionItems(random: () => number, date: string): ActionItem[] {
  const n = random() < 0.45 ? 0 : random() < 0.7 ? 1 : 2;
  return Array.from({ length: n }, () => ({
    ...pick(random, ACTIONS),
    dueDate: addDays(date, random() < 0.5 ? 7 : 14),
  }));
}

/** One expected meeting of the demo: usually held a day or two either side of its day, sometimes not. */
function recordSlot(
  ctx: WriteContext,
  random: () => number,
  pairingId: number,
  slot: ExpectedMeeting,
  today: string,
): void {
  const r = random();
  if (r < 0.07) {
    markMissed(ctx, {
      pairingId,
      date: slot.date,
      status: 'missed',
      reason: pick(random, MISSED_REASONS),
    });
    return;
  }
  if (r < 0.1) {
    markMissed(ctx, {
      pairingId,
      date: slot.date,
      status: 'cancelled',
      reason: pick(random, CANCELLED_REASONS),
    });
    return;
  }
  const held = addDays(slot.date, Math.floor(random() * 3));
  if (held > today || held > slot.until) return;
  const topics = [pick(random, TOPICS), pick(random, TOPICS)].filter(
    (t, i, all) => all.indexOf(t) === i,
  );
  logMeeting(ctx, {
    pairingId,
    date: held,
    durationMinutes: pick(random, [20, 30, 30, 45, 45, 60]),
    mode: modeOf(random),
    topics,
    notes: pick(random, NOTES),
    actionItems: actionItems(random, held),
  });
}

/**
 * The demo's meetings: the residency cohort's pairings meet weekly from their start up to
 * today, most of the time; a few meetings are missed or cancelled with a reason, and two
 * pairings fall behind (they stop meeting part-way), so the Meetings page has something to flag.
 */
export function buildDemoMeetings(ctx: WriteContext): void {
  const cohort = demoResidencyCohort(ctx.db);
  if (!cohort) return;
  const random = seededRandom(SEED);
  const today = todayOf(ctx);
  const pairings = ctx.db
    .prepare(
      "SELECT id FROM pairings WHERE cohort_id = ? AND start_date IS NOT NULL AND status <> 'declined' ORDER BY id",
    )
    .all(cohort.id) as { id: number }[];
  pairings.forEach(({ id }, index) => {
    const slots = pairingMeetings(ctx.db, id, today).expected.filter((e) => e.date <= today);
    // Every seventh pairing (from the third) stops meeting after its first few weeks.
    const behind = index % 7 === 2;
    const kept = behind ? slots.slice(0, Math.ceil(slots.length * 0.5)) : slots;
    for (const slot of kept) recordSlot(ctx, random, id, slot, today);
  });
}
