import {
  menteeIntake,
  mentorProfile,
  type MenteeIntake,
  type MentorProfile,
} from '../../shared/domain/programs';
import type { MenteeFacts, MentorFacts } from '../../shared/domain/matching';

/** Matching facts as the service builds them from staff and enrolment rows, for pure tests. */
export type MenteeOverrides = Partial<Omit<MenteeFacts, 'intake'>> & {
  intake?: Partial<MenteeIntake>;
};
export type MentorOverrides = Partial<Omit<MentorFacts, 'profile'>> & {
  profile?: Partial<MentorProfile>;
};

export function mentee(over: MenteeOverrides = {}): MenteeFacts {
  const { intake, ...rest } = over;
  return {
    staffId: 101,
    enrolmentId: 1001,
    displayName: 'Ana Reyes',
    role: 'rn',
    unit: 'Cardiology',
    shift: 'night',
    yearsExperience: 1,
    status: 'active',
    supervisorId: 900,
    languages: ['English'],
    interests: [],
    careerGoals: null,
    ...rest,
    intake: menteeIntake.parse(intake ?? {}),
  };
}

export function mentor(over: MentorOverrides = {}): MentorFacts {
  const { profile, ...rest } = over;
  return {
    staffId: 202,
    enrolmentId: 2002,
    displayName: 'Ben Okafor',
    role: 'rn',
    unit: 'Cardiology',
    shift: 'night',
    yearsExperience: 13,
    status: 'active',
    supervisorId: 901,
    languages: ['English'],
    interests: [],
    careerGoals: null,
    capacity: 3,
    missingTraining: [],
    ...rest,
    profile: mentorProfile.parse(profile ?? {}),
  };
}
