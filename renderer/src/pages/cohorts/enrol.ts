import type { EnrolmentRole } from '../../../../shared/domain/programs';
import type { ApiError } from '../../../../shared/result';

/** Enrols the given staff in the role chosen on the panel; answers with the error or null. */
export type EnrolFn = (staffIds: number[]) => Promise<ApiError | null>;

export const ROLE_WORDS: Record<EnrolmentRole, { one: string; many: string }> = {
  mentor: { one: 'mentor', many: 'mentors' },
  mentee: { one: 'mentee', many: 'mentees' },
  peer: { one: 'peer', many: 'peers' },
};
