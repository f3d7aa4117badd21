import type { IcsFile, PairingMeetings } from '../../../shared/domain/meetings';
import { CADENCE_LABELS } from '../../../shared/domain/programs';
import type { Db } from '../db/open';
import { listPairings } from '../pairings/rows';
import { buildIcs, type IcsEvent } from './ics';
import { cohortMeetings, pairingMeetings } from './overview';

const DEFAULT_MINUTES = 30;

function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s === '' ? 'facility' : s;
}

function facilitySlug(db: Db): string {
  const row = db.prepare('SELECT name FROM facility WHERE id = 1').get() as
    { name: string } | undefined;
  return slug(row?.name ?? 'facility');
}

/** The pair's usual meeting length: the median of their held meetings, else half an hour. */
function usualMinutes(m: PairingMeetings): number {
  const minutes = m.records
    .flatMap((r) => (r.durationMinutes === null ? [] : [r.durationMinutes]))
    .sort((a, b) => a - b);
  const middle = minutes[Math.floor(minutes.length / 2)];
  return middle === undefined ? DEFAULT_MINUTES : Math.max(5, Math.round(middle / 5) * 5);
}

/** The planned meetings of one pairing: expected, from today on, with nothing recorded yet. */
export function plannedEvents(m: PairingMeetings, host: string): IcsEvent[] {
  const { pairing: p, suggestion } = m;
  const minutes = usualMinutes(m);
  return m.expected
    .filter((e) => e.date >= m.today && (e.state === 'due' || e.state === 'planned'))
    .map((e) => ({
      uid: `pairing-${p.id}-${e.date.replaceAll('-', '')}@${host}.tandem`,
      date: e.date,
      start: suggestion.start,
      minutes,
      summary: `Mentoring check-in: ${p.menteeName} with ${p.mentorName}`,
      description: [
        `${CADENCE_LABELS[m.cadence]} check-in of ${p.menteeName} (mentee) and ${p.mentorName} (mentor), cohort ${p.cohortCode}.`,
        `Due by ${e.until}.`,
        `Suggested time: ${suggestion.reason}`,
      ].join('\n'),
      categories: 'Mentoring',
    }));
}

function fileSafe(text: string): string {
  return slug(text).slice(0, 60);
}

export function pairingIcs(db: Db, pairingId: number, today: string, stamp: string): IcsFile {
  const m = pairingMeetings(db, pairingId, today);
  const events = plannedEvents(m, facilitySlug(db));
  const name = `Mentoring: ${m.pairing.menteeName} with ${m.pairing.mentorName}`;
  return {
    fileName: `meetings-${fileSafe(m.pairing.cohortCode)}-${fileSafe(m.pairing.menteeName)}.ics`,
    ics: buildIcs({ name, stamp, events }),
    events: events.length,
  };
}

/** Every open pairing's planned meetings in one calendar. */
export function cohortIcs(db: Db, cohortId: number, today: string, stamp: string): IcsFile {
  const cohort = cohortMeetings(db, cohortId, today);
  const host = facilitySlug(db);
  const open = listPairings(db, "p.cohort_id = ? AND p.status IN ('active', 'paused')", cohortId);
  const events = open.flatMap((p) => plannedEvents(pairingMeetings(db, p.id, today), host));
  return {
    fileName: `meetings-${fileSafe(cohort.cohortCode)}.ics`,
    ics: buildIcs({ name: `Mentoring meetings: ${cohort.cohortName}`, stamp, events }),
    events: events.length,
  };
}
