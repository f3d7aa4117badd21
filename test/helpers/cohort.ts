import { PROGRAM_TEMPLATES } from '../../shared/domain/program-templates';
import {
  programInput,
  type MatchingSettings,
  type MenteeIntake,
  type MentorProfile,
} from '../../shared/domain/programs';
import { staffInput, type StaffInput } from '../../shared/domain/staff';
import { createCohort } from '../../electron/core/cohorts/service';
import type { WriteContext } from '../../electron/core/db/write';
import { enrol, listEnrolments } from '../../electron/core/enrolments/service';
import { createStaff } from '../../electron/core/people/service';
import { createProgram } from '../../electron/core/programs/service';
import { staffFields } from './staff';

export function addStaff(
  ctx: WriteContext,
  employeeNumber: string,
  fields: Partial<StaffInput> = {},
) {
  const [firstName, lastName] = employeeNumber.split('-');
  return createStaff(
    ctx,
    staffInput.parse(staffFields(employeeNumber, firstName ?? null, lastName ?? null, fields)),
  );
}

/** A residency program with one cohort; matching settings can be overridden per test. */
export function setUpCohort(ctx: WriteContext, matching: Partial<MatchingSettings> = {}) {
  const template = PROGRAM_TEMPLATES.residency;
  const program = createProgram(
    ctx,
    programInput.parse({
      ...template,
      matching: { ...template.matching, requireTraining: false, ...matching },
    }),
  );
  const cohort = createCohort(ctx, {
    programId: program.id,
    code: 'RES-2026',
    name: 'Residency 2026',
    startDate: '2026-11-01',
    endDate: null,
  });
  return { program, cohort };
}

export function enrolMentor(
  ctx: WriteContext,
  cohortId: number,
  staffId: number,
  capacity = 2,
  profile: Partial<MentorProfile> = {},
) {
  enrol(ctx, {
    cohortId,
    role: 'mentor',
    staffIds: [staffId],
    capacity,
    mentorProfile: { strengths: [], ...profile },
  });
  return enrolmentOf(ctx, cohortId, staffId, 'mentor');
}

export function enrolMentee(
  ctx: WriteContext,
  cohortId: number,
  staffId: number,
  intake: Partial<MenteeIntake> = {},
) {
  enrol(ctx, {
    cohortId,
    role: 'mentee',
    staffIds: [staffId],
    intake: {
      goals: '',
      competenciesWanted: [],
      careerInterests: [],
      preferredShift: null,
      unitPreference: 'any',
      languages: [],
      preferences: '',
      ...intake,
    },
  });
  return enrolmentOf(ctx, cohortId, staffId, 'mentee');
}

function enrolmentOf(
  ctx: WriteContext,
  cohortId: number,
  staffId: number,
  role: 'mentor' | 'mentee',
) {
  const e = listEnrolments(ctx.db, cohortId, role).find((x) => x.person.staffId === staffId);
  if (!e) throw new Error('enrolment missing');
  return e;
}
