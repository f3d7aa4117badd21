import { addDays } from '../../../shared/dates';
import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput } from '../../../shared/domain/programs';
import { createCohort } from '../cohorts/service';
import { todayOf, type WriteContext } from '../db/write';
import { enrol, listEnrolments } from '../enrolments/service';
import { createSharedGoal, recordSharedProgress } from '../goals/circle';
import { logCircleMeeting } from '../meetings/circle';
import { addCircleMentor, circleDetail, listCircles } from '../pairings/circles';
import { optimiseCohort } from '../pairings/optimise';
import { acceptProposals, assignMentee } from '../pairings/proposals';
import { listPairings } from '../pairings/rows';
import { createProgram } from '../programs/service';

/** Active staff in no demo cohort yet, so the other cohorts' figures stay as they were. */
function freeStaff(ctx: WriteContext, where: string, count: number): number[] {
  return (
    ctx.db
      .prepare(
        `SELECT s.id FROM staff s
         WHERE s.status = 'active' AND ${where}
           AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.staff_id = s.id)
         ORDER BY s.employee_number LIMIT ?`,
      )
      .pluck()
      .all(count) as number[]
  ).slice(0, count);
}

/**
 * A mentoring circle and a peer cohort, so group and peer formats show in the demo: a circle of
 * three new nurses with a mentor and a co-mentor, six weeks in, with two shared meetings (one
 * mentee absent from the second) and a shared goal; and two pairs of peers mentoring each other.
 * Only staff in no other cohort take part, so the other cohorts' numbers do not move.
 */
export function buildDemoGroups(ctx: WriteContext): void {
  const today = todayOf(ctx);
  const circleStart = addDays(today, -42);
  const template = PROGRAM_TEMPLATES.residency;
  const program = createProgram(
    ctx,
    programInput.parse({
      ...template,
      name: 'New-nurse support circles',
      kind: 'other',
      format: 'group',
      cadence: 'biweekly',
      durationWeeks: 26,
      defaultCapacity: 3,
      requiredTraining: [],
      description: 'Small groups of new nurses meet with experienced nurses every two weeks.',
      matching: { ...template.matching, requireTraining: false, requireSameShift: false },
    }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: `CIRCLE-${circleStart.slice(0, 4)}`,
    name: `Support circles ${circleStart.slice(0, 4)}`,
    startDate: circleStart,
    endDate: null,
  });
  const mentors = freeStaff(ctx, "s.role = 'rn' AND coalesce(s.years_experience, 0) >= 8", 2);
  const mentees = freeStaff(ctx, "s.role = 'rn' AND coalesce(s.years_experience, 0) <= 3", 3);
  const [lead, coMentor] = mentors;
  if (lead === undefined || coMentor === undefined || mentees.length < 3) return;
  enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [lead], capacity: 3 });
  // The co-mentor joins the circle rather than leading one of their own (no places to match).
  enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [coMentor], capacity: 0 });
  enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: mentees });
  optimiseCohort(ctx, cohort.id, 'most-matched', circleStart);
  const proposed = listPairings(ctx.db, "p.cohort_id = ? AND p.status = 'proposed'", cohort.id);
  acceptProposals(
    ctx,
    proposed.map((p) => p.id),
    circleStart,
  );
  const [circle] = listCircles(ctx.db, cohort.id);
  const coEnrolment = listEnrolments(ctx.db, cohort.id, 'mentor').find(
    (e) => e.person.staffId === coMentor,
  );
  if (!circle || !coEnrolment) return;
  addCircleMentor(ctx, circle.id, coEnrolment.id);
  const members = circleDetail(ctx.db, circle.id, today).members;
  const meeting = (date: string, absent: number | null) =>
    logCircleMeeting(ctx, {
      circleId: circle.id,
      date,
      durationMinutes: 60,
      mode: 'in_person',
      topics: ['First weeks on the unit', 'Handover'],
      notes: null,
      attendance: members.map((m, i) => ({
        enrolmentId: m.enrolmentId,
        present: i !== absent,
        reason: i === absent ? 'On night shift that week' : null,
      })),
    });
  meeting(addDays(circleStart, 1), null);
  // The last mentee missed the second meeting: it is not counted as held for them.
  meeting(addDays(circleStart, 15), members.length - 1);
  const shared = createSharedGoal(ctx, {
    circleId: circle.id,
    title: 'Lead a safety huddle',
    metric: 'huddles led',
    unit: 'huddles',
    baseline: 0,
    target: 3,
    plan: 'Each member leads a huddle with a circle mentor present.',
    relevance: 'Leading a huddle',
    startDate: null,
    dueDate: addDays(circleStart, 120),
    milestones: [],
  });
  const goal = shared.sharedGoals[0];
  if (goal) {
    recordSharedProgress(ctx, {
      circleGoalId: goal.id,
      date: addDays(circleStart, 28),
      value: 1,
      note: 'First huddles led',
    });
  }
  buildDemoPeers(ctx, addDays(today, -30));
}

/** Two reciprocal pairs in the peer-mentoring program, a month in. */
function buildDemoPeers(ctx: WriteContext, start: string): void {
  const programId = ctx.db
    .prepare("SELECT id FROM programs WHERE format = 'peer' ORDER BY id LIMIT 1")
    .pluck()
    .get() as number | undefined;
  if (programId === undefined) return;
  const cohort = createCohort(ctx, {
    programId,
    code: `PEER-${start.slice(0, 4)}`,
    name: `Peer mentoring ${start.slice(0, 4)}`,
    startDate: start,
    endDate: null,
  });
  const peers = freeStaff(ctx, "s.role IN ('rn', 'lpn')", 4);
  if (peers.length < 4) return;
  enrol(ctx, { cohortId: cohort.id, role: 'peer', staffIds: peers });
  const enrolled = listEnrolments(ctx.db, cohort.id, 'peer');
  const ids: number[] = [];
  for (let i = 0; i + 1 < enrolled.length; i += 2) {
    const a = enrolled[i];
    const b = enrolled[i + 1];
    if (!a || !b) continue;
    ids.push(
      assignMentee(ctx, { cohortId: cohort.id, menteeEnrolmentId: b.id, mentorEnrolmentId: a.id })
        .id,
    );
  }
  // Placed and accepted today: the pairs are new (their cohort opened a month ago).
  acceptProposals(ctx, ids);
}
