import type { MeetingFields, MeetingRecord, MissedInput } from '../../../shared/domain/meetings';
import { EXPECTED_STATE_LABELS } from '../../../shared/domain/meetings';
import type { Pairing } from '../../../shared/domain/pairings';
import { PAIRING_STATUS_LABELS } from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';
import { getPairing } from '../pairings/rows';
import { pairingMeetings } from './overview';
import { getRecord } from './rows';

function dateProblem(message: string, date: string, expected: string): TandemError {
  return new TandemError('invalid_input', message, {
    problems: [{ field: 'date', value: date, message: expected }],
  });
}

function startedPairing(ctx: WriteContext, pairingId: number): Pairing & { startDate: string } {
  const p = getPairing(ctx.db, pairingId);
  if (p.startDate === null) {
    throw new TandemError(
      'rule_violation',
      `This pairing has not started (it is ${PAIRING_STATUS_LABELS[p.status].toLowerCase()}); meetings are recorded once it is active.`,
    );
  }
  return p as Pairing & { startDate: string };
}

/** A held meeting happened within the pairing's dates, and not after today. */
function checkHeldDate(p: Pairing & { startDate: string }, date: string, today: string): void {
  const span = `${p.startDate} to ${p.endDate ?? 'open-ended'}`;
  if (date < p.startDate || (p.endDate !== null && date > p.endDate)) {
    throw dateProblem(
      `The meeting date ${date} is outside this pairing's dates (${span}).`,
      date,
      `a date from ${span}`,
    );
  }
  if (date > today) {
    throw dateProblem(
      `The meeting date ${date} is after today (${today}); log a meeting once it has been held.`,
      date,
      `a date on or before ${today}`,
    );
  }
}

function insertItems(tx: WriteTx, meetingId: number, items: MeetingFields['actionItems']): void {
  const insert = tx.db.prepare(
    'INSERT INTO meeting_action_items (meeting_id, position, description, owner, owner_name, due_date) VALUES (?, ?, ?, ?, ?, ?)',
  );
  items.forEach((item, index) =>
    insert.run(
      meetingId,
      index,
      item.description,
      item.owner,
      item.owner === 'other' ? item.ownerName : null,
      item.dueDate,
    ),
  );
}

/** What the audit trail keeps of a record: everything an educator could correct. */
function auditValues(r: MeetingRecord) {
  const { id: _id, createdAt: _c, updatedAt: _u, actionItems, ...rest } = r;
  return { ...rest, actionItems: actionItems.map(({ id: _i, ...item }) => item) };
}

export function logMeeting(
  ctx: WriteContext,
  input: MeetingFields & { pairingId: number },
): MeetingRecord {
  const p = startedPairing(ctx, input.pairingId);
  checkHeldDate(p, input.date, todayOf(ctx));
  return write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare(
        `INSERT INTO meetings (pairing_id, status, date, duration_minutes, mode, topics_json, notes, created_at, updated_at)
         VALUES (?, 'held', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        p.id,
        input.date,
        input.durationMinutes,
        input.mode,
        JSON.stringify(input.topics),
        input.notes,
        tx.at,
        tx.at,
      );
    const id = Number(lastInsertRowid);
    insertItems(tx, id, input.actionItems);
    const record = getRecord(tx.db, id);
    tx.audit({
      entity: 'meeting',
      entityId: id,
      action: 'log',
      before: null,
      after: auditValues(record),
    });
    return record;
  });
}

/**
 * A member's record of a circle meeting stands with the circle's attendance, which is never
 * edited: changing one member's copy would make the two disagree.
 */
function refuseCircleRecord(r: MeetingRecord, what: string): void {
  if (r.circleMeetingId === undefined || r.circleMeetingId === null) return;
  throw new TandemError(
    'rule_violation',
    `This record is one member's part of a mentoring circle's meeting on ${r.date}; it cannot be ${what} on its own. The circle's attendance is kept as recorded.`,
  );
}

/** A correction of a held meeting; the audit trail keeps both versions. */
export function updateMeeting(
  ctx: WriteContext,
  input: MeetingFields & { id: number },
): MeetingRecord {
  const before = getRecord(ctx.db, input.id);
  refuseCircleRecord(before, 'corrected');
  if (before.status !== 'held') {
    throw new TandemError(
      'rule_violation',
      `This record marks an expected meeting as ${before.status}; only a held meeting can be corrected. Remove the mark and record it again.`,
    );
  }
  checkHeldDate(startedPairing(ctx, before.pairingId), input.date, todayOf(ctx));
  return write(ctx, (tx) => {
    tx.db
      .prepare(
        'UPDATE meetings SET date = ?, duration_minutes = ?, mode = ?, topics_json = ?, notes = ?, updated_at = ? WHERE id = ?',
      )
      .run(
        input.date,
        input.durationMinutes,
        input.mode,
        JSON.stringify(input.topics),
        input.notes,
        tx.at,
        before.id,
      );
    tx.db.prepare('DELETE FROM meeting_action_items WHERE meeting_id = ?').run(before.id);
    insertItems(tx, before.id, input.actionItems);
    const after = getRecord(tx.db, before.id);
    tx.audit({
      entity: 'meeting',
      entityId: before.id,
      action: 'update',
      before: auditValues(before),
      after: auditValues(after),
    });
    return after;
  });
}

function nearest(expected: readonly { date: string }[], date: string): string {
  const later = expected.find((e) => e.date > date);
  const earlier = expected.filter((e) => e.date < date).at(-1);
  const days = [earlier?.date, later?.date].filter((d): d is string => d !== undefined);
  return days.length === 0
    ? 'there are none'
    : `the nearest ${days.length === 1 ? 'is' : 'are'} ${days.join(' and ')}`;
}

/** Marks an expected meeting missed or cancelled, with the reason. */
export function markMissed(ctx: WriteContext, input: MissedInput): MeetingRecord {
  startedPairing(ctx, input.pairingId);
  const today = todayOf(ctx);
  const { expected } = pairingMeetings(ctx.db, input.pairingId, today);
  const slot = expected.find((e) => e.date === input.date);
  if (!slot) {
    throw dateProblem(
      `${input.date} is not an expected meeting of this pairing (${nearest(expected, input.date)}).`,
      input.date,
      'the day of an expected meeting',
    );
  }
  if (slot.state === 'held') {
    throw new TandemError(
      'conflict',
      `The meeting expected on ${input.date} was held (on ${slot.heldOn.join(', ')}); it cannot be marked ${input.status}.`,
    );
  }
  if (slot.state === 'missed' || slot.state === 'cancelled') {
    throw new TandemError(
      'conflict',
      `The meeting expected on ${input.date} is already marked ${EXPECTED_STATE_LABELS[slot.state].toLowerCase()} (${slot.reason ?? ''}). Remove that mark first to change it.`,
    );
  }
  if (input.status === 'missed' && input.date > today) {
    throw new TandemError(
      'invalid_input',
      `A meeting cannot be missed before its day (${input.date}); mark it cancelled if it will not happen.`,
      {
        problems: [
          {
            field: 'status',
            value: input.status,
            message: 'cancelled, for a meeting still to come',
          },
        ],
      },
    );
  }
  return write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare(
        'INSERT INTO meetings (pairing_id, status, date, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(input.pairingId, input.status, input.date, input.reason, tx.at, tx.at);
    const record = getRecord(tx.db, Number(lastInsertRowid));
    tx.audit({
      entity: 'meeting',
      entityId: record.id,
      action: `mark:${input.status}`,
      before: null,
      after: auditValues(record),
    });
    return record;
  });
}

/** Removes a record entered by mistake; the audit trail keeps what it said. */
export function removeMeeting(ctx: WriteContext, id: number): { id: number; pairingId: number } {
  const before = getRecord(ctx.db, id);
  refuseCircleRecord(before, 'removed');
  return write(ctx, (tx) => {
    tx.db.prepare('DELETE FROM meeting_action_items WHERE meeting_id = ?').run(id);
    tx.db.prepare('DELETE FROM meetings WHERE id = ?').run(id);
    tx.audit({
      entity: 'meeting',
      entityId: id,
      action: 'remove',
      before: auditValues(before),
      after: null,
    });
    return { id, pairingId: before.pairingId };
  });
}
