/**
 * Mentoring circles (group-format programs, DOMAIN.md "Pairing ... or a group"). A circle is its
 * mentors (circle_mentors) and its mentees' pairings (pairings.circle_id); see migration 011 for
 * why membership stays a pairing. The solver fills a mentor's places up to the group size; when
 * the first of that mentor's proposals is accepted the circle is made, and the others join it.
 */
import type {
  CircleAttendance,
  CircleDetail,
  CircleMeeting,
  CircleMember,
  CircleSummary,
  Pairing,
} from '../../../shared/domain/pairings';
import type { EnrolmentPerson } from '../../../shared/domain/programs';
import { TandemError } from '../../../shared/result';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';
import { getEnrolment } from '../enrolments/service';
import { goalViews } from '../goals/rows';
import { cohortMeetings } from '../meetings/overview';
import { getProgram } from '../programs/service';
import { loadCohortFacts } from '../matching/facts';
import { checkPair } from '../matching/rules';
import { PairingRefused } from './hard-rules';
import { listPairings } from './rows';

interface CircleRow {
  id: number;
  cohort_id: number;
  cohort_code: string;
  name: string;
}

const OPEN = "('proposed', 'active', 'paused')";

function circleRow(db: Db, id: number): CircleRow {
  const row = db
    .prepare(
      `SELECT ci.id, ci.cohort_id, c.code AS cohort_code, ci.name
       FROM circles ci JOIN cohorts c ON c.id = ci.cohort_id WHERE ci.id = ?`,
    )
    .get(id) as CircleRow | undefined;
  if (!row) throw new TandemError('not_found', `No mentoring circle with id ${id}.`);
  return row;
}

function mentorsOf(db: Db, circleId: number): { enrolmentId: number; person: EnrolmentPerson }[] {
  const ids = db
    .prepare('SELECT mentor_enrolment_id AS id FROM circle_mentors WHERE circle_id = ? ORDER BY id')
    .all(circleId) as { id: number }[];
  return ids.map(({ id }) => ({ enrolmentId: id, person: getEnrolment(db, id).person }));
}

function summaryOf(db: Db, row: CircleRow): CircleSummary {
  const { n } = db
    .prepare(`SELECT count(*) AS n FROM pairings WHERE circle_id = ? AND status IN ${OPEN}`)
    .get(row.id) as { n: number };
  return {
    id: row.id,
    cohortId: row.cohort_id,
    cohortCode: row.cohort_code,
    name: row.name,
    mentors: mentorsOf(db, row.id),
    menteeCount: n,
  };
}

/** The circles of a cohort, oldest first. */
export function listCircles(db: Db, cohortId: number): CircleSummary[] {
  const ids = db
    .prepare('SELECT id FROM circles WHERE cohort_id = ? ORDER BY id')
    .all(cohortId) as { id: number }[];
  return ids.map(({ id }) => summaryOf(db, circleRow(db, id)));
}

/** The circle a mentor leads or co-leads in a cohort, if any. */
export function circleOfMentor(db: Db, mentorEnrolmentId: number): number | null {
  const row = db
    .prepare('SELECT circle_id AS id FROM circle_mentors WHERE mentor_enrolment_id = ? LIMIT 1')
    .get(mentorEnrolmentId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** "Circle of Ana Ruiz", or "Circle of Ana Ruiz (2)" when that name is taken in the cohort. */
function freeName(db: Db, cohortId: number, base: string): string {
  const taken = new Set(
    (
      db.prepare('SELECT name FROM circles WHERE cohort_id = ?').all(cohortId) as {
        name: string;
      }[]
    ).map((r) => r.name),
  );
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base} (${n})`;
  return name;
}

/**
 * Puts an accepted pairing of a group-format program in its mentor's circle, making the circle
 * when this is the mentor's first mentee accepted. Expects the caller's transaction; does nothing
 * for other formats or a pairing already in a circle.
 */
export function joinCircleInTransaction(tx: WriteTx, p: Pairing): void {
  if (p.circleId !== null) return;
  const program = getProgram(tx.db, getCohort(tx.db, p.cohortId).programId);
  if (program.format !== 'group') return;
  let circleId = circleOfMentor(tx.db, p.mentorEnrolmentId);
  if (circleId === null) {
    const name = freeName(tx.db, p.cohortId, `Circle of ${p.mentor.displayName}`);
    circleId = Number(
      tx.db
        .prepare(
          'INSERT INTO circles (cohort_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
        )
        .run(p.cohortId, name, tx.at, tx.at).lastInsertRowid,
    );
    tx.db
      .prepare(
        'INSERT INTO circle_mentors (circle_id, mentor_enrolment_id, joined_at) VALUES (?, ?, ?)',
      )
      .run(circleId, p.mentorEnrolmentId, tx.at);
    tx.audit({
      entity: 'circle',
      entityId: circleId,
      action: 'create',
      before: null,
      after: { cohort: p.cohortCode, name, mentor: p.mentor.displayName },
    });
  }
  tx.db
    .prepare('UPDATE pairings SET circle_id = ?, updated_at = ? WHERE id = ?')
    .run(circleId, tx.at, p.id);
  tx.audit({
    entity: 'pairing',
    entityId: p.id,
    action: 'join_circle',
    before: { circleId: null },
    after: { circleId, mentee: p.mentee.displayName },
  });
}

/**
 * Adds a co-mentor to a circle: a mentor enrolled in the same cohort who leads no other circle.
 * They attend its meetings; the mentees' pairings stay with the mentor who was matched to them.
 */
export function addCircleMentor(
  ctx: WriteContext,
  circleId: number,
  mentorEnrolmentId: number,
): CircleSummary {
  const circle = circleRow(ctx.db, circleId);
  const e = getEnrolment(ctx.db, mentorEnrolmentId);
  if (e.cohortId !== circle.cohort_id || e.role !== 'mentor' || e.withdrawn) {
    throw new TandemError(
      'invalid_input',
      `${e.person.displayName} is not an enrolled mentor of ${circle.cohort_code}; only its mentors can mentor ${circle.name}.`,
      { problems: [{ field: 'mentorEnrolmentId', message: 'a mentor of this cohort' }] },
    );
  }
  const other = circleOfMentor(ctx.db, mentorEnrolmentId);
  if (other !== null) {
    const name = other === circleId ? circle.name : circleRow(ctx.db, other).name;
    throw new TandemError(
      'conflict',
      `${e.person.displayName} already mentors ${name}; a mentor belongs to one circle.`,
    );
  }
  return write(ctx, (tx) => {
    // A co-mentor mentors every member: the pair rules (supervisor, do-not-pair, training,
    // shift, status) hold against each running mentee, checked inside this write.
    const facts = loadCohortFacts(tx.db, circle.cohort_id, todayOf(ctx));
    const mentor = facts.mentors.find((m) => m.enrolmentId === mentorEnrolmentId);
    const broken = circlePairings(tx.db, circleId)
      .filter((p) => p.status === 'active' || p.status === 'paused' || p.status === 'proposed')
      .flatMap((p) => {
        const mentee = facts.mentees.find((m) => m.enrolmentId === p.menteeEnrolmentId);
        return mentee && mentor ? checkPair(mentee, mentor, facts.rules) : [];
      });
    if (broken.length > 0) {
      throw new PairingRefused(
        broken,
        `${e.person.displayName} cannot mentor ${circle.name}: ${broken.map((v) => v.message).join('; ')}.`,
      );
    }
    tx.db
      .prepare(
        'INSERT INTO circle_mentors (circle_id, mentor_enrolment_id, joined_at) VALUES (?, ?, ?)',
      )
      .run(circleId, mentorEnrolmentId, tx.at);
    tx.audit({
      entity: 'circle',
      entityId: circleId,
      action: 'add_mentor',
      before: null,
      after: { circle: circle.name, mentor: e.person.displayName },
    });
    return summaryOf(tx.db, circle);
  });
}

interface AttendanceRow {
  circle_meeting_id: number;
  enrolment_id: number;
  role: 'mentor' | 'mentee';
  present: number;
  reason: string | null;
}

function circleMeetings(db: Db, circleId: number): CircleMeeting[] {
  const meetings = db
    .prepare(
      `SELECT id, date, duration_minutes, mode, topics_json, notes, created_at
       FROM circle_meetings WHERE circle_id = ? ORDER BY date DESC, id DESC`,
    )
    .all(circleId) as {
    id: number;
    date: string;
    duration_minutes: number;
    mode: CircleMeeting['mode'];
    topics_json: string;
    notes: string | null;
    created_at: string;
  }[];
  const rows = db
    .prepare(
      `SELECT a.circle_meeting_id, a.enrolment_id, a.role, a.present, a.reason
       FROM circle_attendance a JOIN circle_meetings m ON m.id = a.circle_meeting_id
       WHERE m.circle_id = ? ORDER BY a.role DESC, a.id`,
    )
    .all(circleId) as AttendanceRow[];
  const names = new Map<number, string>();
  const nameOf = (id: number) => {
    let name = names.get(id);
    if (name === undefined) names.set(id, (name = getEnrolment(db, id).person.displayName));
    return name;
  };
  return meetings.map((m) => ({
    id: m.id,
    date: m.date,
    durationMinutes: m.duration_minutes,
    mode: m.mode,
    topics: JSON.parse(m.topics_json) as string[],
    notes: m.notes,
    createdAt: m.created_at,
    attendance: rows
      .filter((r) => r.circle_meeting_id === m.id)
      .map((r): CircleAttendance => ({
        enrolmentId: r.enrolment_id,
        role: r.role,
        displayName: nameOf(r.enrolment_id),
        present: r.present === 1,
        reason: r.reason,
      })),
  }));
}

/** The pairings of a circle's mentees, open ones first. */
export function circlePairings(db: Db, circleId: number): Pairing[] {
  return listPairings(db, 'p.circle_id = ?', circleId).sort(
    (a, b) =>
      Number(!['active', 'paused', 'proposed'].includes(a.status)) -
        Number(!['active', 'paused', 'proposed'].includes(b.status)) ||
      a.mentee.displayName.localeCompare(b.mentee.displayName),
  );
}

/**
 * A circle with what counts per person: each mentee's meetings held against expected (a circle
 * meeting they missed is not held for them), their flags and their goals (a shared goal counts for
 * each member, through their own copy); each person's attendance of the circle's meetings.
 */
export function circleDetail(db: Db, circleId: number, today: string): CircleDetail {
  const row = circleRow(db, circleId);
  const summary = summaryOf(db, row);
  const program = getProgram(db, getCohort(db, row.cohort_id).programId);
  const meetings = circleMeetings(db, circleId);
  const pairings = circlePairings(db, circleId);
  const compliance = new Map(
    cohortMeetings(db, row.cohort_id, today).rows.map((r) => [r.pairing.id, r]),
  );
  const goals = goalViews(
    db,
    today,
    'g.pairing_id IN (SELECT id FROM pairings WHERE circle_id = ?)',
    circleId,
  );
  const attendance = (enrolmentId: number) => {
    const rows = meetings.flatMap((m) => m.attendance.filter((a) => a.enrolmentId === enrolmentId));
    return {
      attended: rows.filter((a) => a.present).length,
      absent: rows.filter((a) => !a.present).length,
    };
  };
  const mentors: CircleMember[] = summary.mentors.map((m) => ({
    enrolmentId: m.enrolmentId,
    role: 'mentor',
    person: m.person,
    pairingId: null,
    pairingStatus: null,
    ...attendance(m.enrolmentId),
    expectedSoFar: null,
    held: null,
    percent: null,
    noMeetingForTwiceCadence: false,
    inactive: false,
    goals: null,
    goalsAchieved: null,
  }));
  const mentees: CircleMember[] = pairings.map((p) => {
    const c = compliance.get(p.id);
    const own = goals.filter((g) => g.pairingId === p.id && g.droppedAt === null);
    return {
      enrolmentId: p.menteeEnrolmentId,
      role: 'mentee',
      person: p.mentee,
      pairingId: p.id,
      pairingStatus: p.status,
      ...attendance(p.menteeEnrolmentId),
      expectedSoFar: c?.compliance.expectedSoFar ?? 0,
      held: c?.compliance.held ?? 0,
      percent: c?.compliance.percent ?? null,
      noMeetingForTwiceCadence: c?.noMeetingForTwiceCadence ?? false,
      inactive: c?.inactive ?? false,
      goals: own.length,
      goalsAchieved: own.filter((g) => g.status === 'achieved').length,
    };
  });
  const menteeName = new Map(pairings.map((p) => [p.id, p.mentee.displayName]));
  const shared = db
    .prepare('SELECT id, title, created_at FROM circle_goals WHERE circle_id = ? ORDER BY id')
    .all(circleId) as { id: number; title: string; created_at: string }[];
  return {
    ...summary,
    programName: program.name,
    today,
    members: [...mentors, ...mentees],
    meetings,
    sharedGoals: shared.map((s) => ({
      id: s.id,
      title: s.title,
      createdAt: s.created_at,
      copies: goals
        .filter((g) => g.circleGoalId === s.id)
        .map((g) => ({
          goalId: g.id,
          pairingId: g.pairingId,
          menteeName: menteeName.get(g.pairingId) ?? '',
          status: g.status,
        })),
    })),
    personalGoals: goals
      .filter((g) => (g.circleGoalId ?? null) === null)
      .map((g) => ({
        goalId: g.id,
        pairingId: g.pairingId,
        menteeName: menteeName.get(g.pairingId) ?? '',
        title: g.title,
        status: g.status,
      })),
  };
}

/** `circleDetail` on the context's clock. */
export function circleDetailNow(ctx: WriteContext, circleId: number): CircleDetail {
  return circleDetail(ctx.db, circleId, todayOf(ctx));
}
