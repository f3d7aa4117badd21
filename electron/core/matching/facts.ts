import type { MenteeFacts, MentorFacts } from '../../../shared/domain/matching';
import {
  menteeIntake,
  mentorProfile,
  type Cohort,
  type Program,
} from '../../../shared/domain/programs';
import { displayName, type StaffMember } from '../../../shared/domain/staff';
import { getCohort } from '../cohorts/service';
import { currentLevels } from '../competencies/levels';
import type { Db } from '../db/open';
import { toStaffMember, type StaffRow } from '../people/rows';
import { getProgram } from '../programs/service';
import { mentorTrainingGaps, requiredMentorTraining } from '../training/status';
import type { RuleContext } from './rules';

/** Everything matching needs to know about one cohort, read once from the database. */
export interface CohortFacts {
  cohort: Cohort;
  program: Program;
  mentees: MenteeFacts[];
  mentors: MentorFacts[];
  rules: RuleContext;
}

interface EnrolledRow extends StaffRow {
  enrolment_id: number;
  enrolment_role: 'mentor' | 'mentee' | 'peer';
  capacity: number | null;
  intake_json: string | null;
  mentor_profile_json: string | null;
}

/** `today` decides which training completions have expired. */
export function loadCohortFacts(db: Db, cohortId: number, today: string): CohortFacts {
  const cohort = getCohort(db, cohortId);
  const program = getProgram(db, cohort.programId);
  const rows = db
    .prepare(
      `SELECT s.*, e.id AS enrolment_id, e.role AS enrolment_role, e.capacity, e.intake_json, e.mentor_profile_json
       FROM enrolments e JOIN staff s ON s.id = e.staff_id
       WHERE e.cohort_id = ? AND e.withdrawn_at IS NULL
       ORDER BY s.last_name, s.first_name, s.employee_number`,
    )
    .all(cohortId) as EnrolledRow[];
  const doNotPair = db
    .prepare(
      'SELECT staff_a AS staffA, staff_b AS staffB, reason FROM do_not_pair WHERE removed_at IS NULL',
    )
    .all() as RuleContext['doNotPair'];
  // A peer is both: it takes one partner, who mentors it back (a reciprocal pairing).
  const mentorRows = rows.filter((r) => r.enrolment_role !== 'mentee');
  const gaps = program.matching.requireTraining
    ? mentorTrainingGaps(
        db,
        mentorRows.map((r) => r.id),
        requiredMentorTraining(db, program.requiredTraining),
        today,
      )
    : new Map<number, string[]>();
  // One query for the whole cohort: each mentor's current (not superseded) level per competency.
  const levels = currentLevels(
    db,
    mentorRows.map((r) => r.id),
  );
  return {
    cohort,
    program,
    mentees: rows.filter((r) => r.enrolment_role !== 'mentor').map(toMenteeFacts),
    mentors: mentorRows.map((r) => toMentorFacts(r, gaps.get(r.id) ?? [], levels.get(r.id) ?? {})),
    rules: { settings: program.matching, doNotPair },
  };
}

function basics(row: EnrolledRow, staff: StaffMember) {
  return {
    staffId: staff.id,
    enrolmentId: row.enrolment_id,
    displayName: displayName(staff),
    role: staff.role,
    unit: staff.unit,
    shift: staff.shift,
    yearsExperience: staff.yearsExperience,
    status: staff.status,
    supervisorId: staff.supervisorId,
    languages: staff.languages,
    interests: staff.interests,
    careerGoals: staff.careerGoals,
  };
}

function toMenteeFacts(row: EnrolledRow): MenteeFacts {
  const staff = toStaffMember(row);
  return {
    ...basics(row, staff),
    ...(row.enrolment_role === 'peer' ? { peer: true } : {}),
    intake: menteeIntake.parse(JSON.parse(row.intake_json ?? '{}')),
  };
}

function toMentorFacts(
  row: EnrolledRow,
  missingTraining: string[],
  competencyLevels: Record<string, number>,
): MentorFacts {
  const staff = toStaffMember(row);
  return {
    ...basics(row, staff),
    ...(row.enrolment_role === 'peer' ? { peer: true } : {}),
    profile: mentorProfile.parse(JSON.parse(row.mentor_profile_json ?? '{}')),
    capacity: row.enrolment_role === 'peer' ? 1 : (row.capacity ?? 0),
    competencyLevels,
    missingTraining,
  };
}
