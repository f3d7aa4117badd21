import type { Enrolment } from '../../../shared/domain/programs';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { getProgram } from '../programs/service';
import { mentorTrainingGaps, requiredMentorTraining } from '../training/status';

/** Adds each mentor's missing required training, as the matching rule sees it on `today`. */
export function withTrainingStatus(
  db: Db,
  enrolments: Enrolment[],
  cohortId: number,
  today: string,
): Enrolment[] {
  const program = getProgram(db, getCohort(db, cohortId).programId);
  if (!program.matching.requireTraining) return enrolments;
  const mentors = enrolments.filter((e) => e.role === 'mentor');
  const gaps = mentorTrainingGaps(
    db,
    mentors.map((m) => m.person.staffId),
    requiredMentorTraining(db, program.requiredTraining),
    today,
  );
  return enrolments.map((e) =>
    e.role === 'mentor' ? { ...e, missingTraining: gaps.get(e.person.staffId) ?? [] } : e,
  );
}
