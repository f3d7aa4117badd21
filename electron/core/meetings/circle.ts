/**
 * A mentoring circle's shared meeting with attendance per person. Besides the circle's own record
 * it writes one record per mentee's pairing (held when present, missed with the reason when
 * absent), so every count built on a pairing's meetings (compliance, twice the cadence,
 * inactivity, the dashboard, printed packets) counts per person without knowing about circles.
 */
import type { CircleDetail } from '../../../shared/domain/pairings';
import type { MeetingMode } from '../../../shared/domain/meetings';
import { TandemError, type Problem } from '../../../shared/result';
import { todayOf, write, type WriteContext } from '../db/write';
import { circleDetail, circlePairings } from '../pairings/circles';

export interface AttendanceInput {
  enrolmentId: number;
  present: boolean;
  reason?: string | null | undefined;
}

export interface CircleMeetingInput {
  circleId: number;
  date: string;
  durationMinutes: number;
  mode: MeetingMode;
  topics: string[];
  notes: string | null;
  attendance: AttendanceInput[];
}

interface Member {
  enrolmentId: number;
  role: 'mentor' | 'mentee';
  name: string;
  pairingId: number | null;
}

function refuse(message: string, problems: Problem[]): never {
  throw new TandemError('invalid_input', message, { problems });
}

/** Logs a circle meeting, all or nothing; every member present or absent with a reason. */
export function logCircleMeeting(ctx: WriteContext, input: CircleMeetingInput): CircleDetail {
  const today = todayOf(ctx);
  const detail = circleDetail(ctx.db, input.circleId, today);
  if (input.date > today) {
    refuse(`The meeting date ${input.date} is after today (${today}); log it once it is held.`, [
      { field: 'date', value: input.date, message: `a date on or before ${today}` },
    ]);
  }
  // Members on the day: the circle's mentors, and mentees whose pairing ran that day.
  const running = circlePairings(ctx.db, input.circleId).filter(
    (p) =>
      (p.status === 'active' || p.status === 'paused' || p.status === 'completed') &&
      p.startDate !== null &&
      p.startDate <= input.date &&
      (p.endDate === null || p.endDate >= input.date),
  );
  const members: Member[] = [
    ...detail.mentors.map((m) => ({
      enrolmentId: m.enrolmentId,
      role: 'mentor' as const,
      name: m.person.displayName,
      pairingId: null,
    })),
    ...running.map((p) => ({
      enrolmentId: p.menteeEnrolmentId,
      role: 'mentee' as const,
      name: p.mentee.displayName,
      pairingId: p.id,
    })),
  ];
  if (!members.some((m) => m.role === 'mentee')) {
    refuse(
      `${detail.name} had no mentee with a running pairing on ${input.date}; a circle meeting is logged from its first accepted day.`,
      [{ field: 'date', value: input.date, message: 'a day when the circle had mentees' }],
    );
  }
  const given = new Map(input.attendance.map((a) => [a.enrolmentId, a]));
  const problems: Problem[] = [];
  for (const a of input.attendance) {
    if (!members.some((m) => m.enrolmentId === a.enrolmentId)) {
      problems.push({
        field: 'attendance',
        value: String(a.enrolmentId),
        message: `enrolment ${a.enrolmentId} is not a member of ${detail.name} on ${input.date}`,
      });
    }
  }
  const missing = members.filter((m) => !given.has(m.enrolmentId));
  if (missing.length > 0) {
    problems.push({
      field: 'attendance',
      message: `say whether ${missing.map((m) => m.name).join(', ')} ${missing.length === 1 ? 'was' : 'were'} there`,
    });
  }
  const reasonOf = (m: Member) => given.get(m.enrolmentId)?.reason?.trim() ?? '';
  for (const m of members) {
    const a = given.get(m.enrolmentId);
    if (a && !a.present && reasonOf(m) === '') {
      problems.push({
        field: 'attendance',
        value: m.name,
        message: `say why ${m.name} was absent`,
      });
    }
  }
  if (problems.length > 0) {
    refuse(
      `The circle meeting was not logged: ${problems.map((p) => p.message).join('; ')}.`,
      problems,
    );
  }
  if (!members.some((m) => given.get(m.enrolmentId)?.present === true)) {
    refuse('Nobody was there: mark the expected meeting missed on each pairing instead.', [
      { field: 'attendance', message: 'at least one person present' },
    ]);
  }
  for (const m of members.filter(
    (x) => x.pairingId !== null && !given.get(x.enrolmentId)?.present,
  )) {
    const marked = ctx.db
      .prepare("SELECT 1 FROM meetings WHERE pairing_id = ? AND date = ? AND status <> 'held'")
      .get(m.pairingId, input.date);
    if (marked) {
      throw new TandemError(
        'conflict',
        `${m.name}'s meeting of ${input.date} is already marked missed or cancelled; remove that mark first.`,
      );
    }
  }

  return write(ctx, (tx) => {
    const circleMeetingId = Number(
      tx.db
        .prepare(
          `INSERT INTO circle_meetings (circle_id, date, duration_minutes, mode, topics_json, notes, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.circleId,
          input.date,
          input.durationMinutes,
          input.mode,
          JSON.stringify(input.topics),
          input.notes,
          tx.at,
        ).lastInsertRowid,
    );
    const attend = tx.db.prepare(
      `INSERT INTO circle_attendance (circle_meeting_id, enrolment_id, role, present, reason)
       VALUES (?, ?, ?, ?, ?)`,
    );
    const held = tx.db.prepare(
      `INSERT INTO meetings (pairing_id, status, date, duration_minutes, mode, topics_json, notes,
         circle_meeting_id, created_at, updated_at)
       VALUES (?, 'held', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const missed = tx.db.prepare(
      `INSERT INTO meetings (pairing_id, status, date, reason, circle_meeting_id, created_at, updated_at)
       VALUES (?, 'missed', ?, ?, ?, ?, ?)`,
    );
    for (const m of members) {
      const present = given.get(m.enrolmentId)?.present === true;
      const reason = present ? null : reasonOf(m);
      attend.run(circleMeetingId, m.enrolmentId, m.role, present ? 1 : 0, reason);
      if (m.pairingId === null) continue;
      const { lastInsertRowid } = present
        ? held.run(
            m.pairingId,
            input.date,
            input.durationMinutes,
            input.mode,
            JSON.stringify(input.topics),
            input.notes,
            circleMeetingId,
            tx.at,
            tx.at,
          )
        : missed.run(
            m.pairingId,
            input.date,
            `Absent from the circle meeting: ${reason ?? ''}`,
            circleMeetingId,
            tx.at,
            tx.at,
          );
      tx.audit({
        entity: 'meeting',
        entityId: Number(lastInsertRowid),
        action: present ? 'log' : 'mark:missed',
        before: null,
        after: { pairingId: m.pairingId, date: input.date, circle: detail.name, present, reason },
      });
    }
    tx.audit({
      entity: 'circle_meeting',
      entityId: circleMeetingId,
      action: 'log',
      before: null,
      after: {
        circle: detail.name,
        date: input.date,
        durationMinutes: input.durationMinutes,
        mode: input.mode,
        topics: input.topics,
        notes: input.notes,
        attendance: members.map((m) => ({
          name: m.name,
          role: m.role,
          present: given.get(m.enrolmentId)?.present === true,
          reason: given.get(m.enrolmentId)?.present === true ? null : reasonOf(m),
        })),
      },
    });
    return circleDetail(tx.db, input.circleId, today);
  });
}
