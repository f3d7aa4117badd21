import type { FormAudience } from '../../../shared/domain/evaluations';
import type { Pairing } from '../../../shared/domain/pairings';
import type { EnrolmentPerson } from '../../../shared/domain/programs';

/**
 * Who in a pairing answers a form for its audience. In a reciprocal peer pairing each peer is
 * mentor and mentee of the other, so both answer the mentor's and the mentee's forms; an
 * educator's form has no respondent in the pairing.
 */
export function audienceOf(p: Pairing, audience: FormAudience): EnrolmentPerson[] {
  if (audience === 'educator') return [];
  if (p.reciprocal) return [p.mentor, p.mentee];
  return [audience === 'mentor' ? p.mentor : p.mentee];
}
