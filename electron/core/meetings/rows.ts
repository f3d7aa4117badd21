import type { ActionItem, MeetingRecord } from '../../../shared/domain/meetings';
import { DEFAULT_INACTIVITY_DAYS } from '../../../shared/domain/meetings';
import type { Cadence } from '../../../shared/domain/programs';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import type { StatusChange } from './calendar';

interface MeetingRow {
  id: number;
  pairing_id: number;
  status: MeetingRecord['status'];
  date: string;
  duration_minutes: number | null;
  mode: MeetingRecord['mode'];
  topics_json: string;
  notes: string | null;
  reason: string | null;
  circle_meeting_id: number | null;
  created_at: string;
  updated_at: string;
}

interface ActionItemRow {
  id: number;
  meeting_id: number;
  description: string;
  owner: ActionItem['owner'];
  owner_name: string | null;
  due_date: string;
}

/** Map.groupBy is not in Node 20. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function toRecord(row: MeetingRow, items: ActionItemRow[]): MeetingRecord {
  return {
    id: row.id,
    pairingId: row.pairing_id,
    status: row.status,
    date: row.date,
    durationMinutes: row.duration_minutes,
    mode: row.mode,
    topics: JSON.parse(row.topics_json) as string[],
    notes: row.notes,
    reason: row.reason,
    // Only circle meetings say so, so a one-to-one record reads (and is audited) as before.
    ...(row.circle_meeting_id === null ? {} : { circleMeetingId: row.circle_meeting_id }),
    actionItems: items.map((i) => ({
      id: i.id,
      description: i.description,
      owner: i.owner,
      ownerName: i.owner_name,
      dueDate: i.due_date,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The records of the pairings matching `where` (on `m`), newest first, with their action items. */
function listRecords(db: Db, where: string, ...params: unknown[]): MeetingRecord[] {
  const rows = db
    .prepare(`SELECT m.* FROM meetings m WHERE ${where} ORDER BY m.date DESC, m.id DESC`)
    .all(...params) as MeetingRow[];
  const items = db
    .prepare(
      `SELECT a.* FROM meeting_action_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE ${where} ORDER BY a.meeting_id, a.position`,
    )
    .all(...params) as ActionItemRow[];
  const byMeeting = groupBy(items, (i) => i.meeting_id);
  return rows.map((r) => toRecord(r, byMeeting.get(r.id) ?? []));
}

export function listPairingRecords(db: Db, pairingId: number): MeetingRecord[] {
  return listRecords(db, 'm.pairing_id = ?', pairingId);
}

export function listCohortRecords(db: Db, cohortId: number): Map<number, MeetingRecord[]> {
  const records = listRecords(
    db,
    'm.pairing_id IN (SELECT id FROM pairings WHERE cohort_id = ?)',
    cohortId,
  );
  return groupBy(records, (r) => r.pairingId);
}

export function getRecord(db: Db, id: number): MeetingRecord {
  const [record] = listRecords(db, 'm.id = ?', id);
  if (!record) throw new TandemError('not_found', `No meeting record with id ${id}.`);
  return record;
}

/** The cadence of the program a cohort belongs to. */
export function cohortCadence(db: Db, cohortId: number): Cadence {
  const row = db
    .prepare(
      'SELECT p.cadence FROM cohorts c JOIN programs p ON p.id = c.program_id WHERE c.id = ?',
    )
    .get(cohortId) as { cadence: Cadence } | undefined;
  if (!row) throw new TandemError('not_found', `No cohort with id ${cohortId}.`);
  return row.cadence;
}

/** Status changes per pairing of a cohort (or of one pairing), oldest first. */
export function statusChanges(
  db: Db,
  where: 'pairing' | 'cohort',
  id: number,
): Map<number, StatusChange[]> {
  const filter =
    where === 'pairing'
      ? 't.pairing_id = ?'
      : 't.pairing_id IN (SELECT id FROM pairings WHERE cohort_id = ?)';
  const rows = db
    .prepare(
      `SELECT t.pairing_id AS pairingId, t.from_status AS "from", t.to_status AS "to", t.at FROM pairing_transitions t WHERE ${filter} ORDER BY t.id`,
    )
    .all(id) as (StatusChange & { pairingId: number })[];
  return groupBy(rows, (r) => r.pairingId);
}

export function inactivityDaysOf(db: Db, cohortId: number): number {
  const row = db
    .prepare('SELECT inactivity_days AS days FROM meeting_cohort_settings WHERE cohort_id = ?')
    .get(cohortId) as { days: number } | undefined;
  return row?.days ?? DEFAULT_INACTIVITY_DAYS;
}
