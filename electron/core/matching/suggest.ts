import type { MentorSuggestion, WeightPreview } from '../../../shared/domain/board';
import type { MenteeFacts } from '../../../shared/domain/matching';
import type { MatchingSettings, MatchWeights } from '../../../shared/domain/programs';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { employeeNumbersOf, openPairings, personOf } from '../pairings/board';
import { loadCohortFacts, type CohortFacts } from './facts';
import { createRuleChecker } from './rules';
import { createScorer } from './score';

const TOP = 3;
const PREVIEW_MENTEES = 5;

/**
 * The best mentors for one mentee under the given settings, with breakdowns and places left.
 * The mentee's own open pairing does not count against its mentor: that mentor is "current".
 */
function rankMentors(
  cohort: CohortContext,
  mentee: MenteeFacts,
  settings: MatchingSettings,
): MentorSuggestion[] {
  const { facts, loads, numbers, mentorOf } = cohort;
  const scorer = createScorer(settings);
  const rules = createRuleChecker({ ...facts.rules, settings });
  const currentMentor = mentorOf.get(mentee.enrolmentId);
  return facts.mentors
    .filter((mentor) => rules.allowed(mentee, mentor))
    .map((mentor) => {
      const current = mentor.enrolmentId === currentMentor;
      const load = (loads.get(mentor.enrolmentId) ?? 0) - (current ? 1 : 0);
      return {
        mentorEnrolmentId: mentor.enrolmentId,
        mentor: personOf(mentor, numbers.get(mentor.enrolmentId) ?? ''),
        breakdown: scorer(mentee, mentor),
        remaining: Math.max(0, mentor.capacity - load),
        full: load >= mentor.capacity,
        current,
      };
    })
    .sort(
      (a, b) => b.breakdown.score - a.breakdown.score || a.mentorEnrolmentId - b.mentorEnrolmentId,
    )
    .slice(0, TOP);
}

interface CohortContext {
  facts: CohortFacts;
  /** Open pairings (proposed, active, paused) per mentor enrolment. */
  loads: Map<number, number>;
  numbers: Map<number, string>;
  /** Each paired mentee's mentor, by enrolment. */
  mentorOf: Map<number, number>;
}

function context(db: Db, cohortId: number, today: string): CohortContext {
  const facts = loadCohortFacts(db, cohortId, today);
  const loads = new Map<number, number>();
  const mentorOf = new Map<number, number>();
  for (const p of openPairings(db, cohortId)) {
    loads.set(p.mentorEnrolmentId, (loads.get(p.mentorEnrolmentId) ?? 0) + 1);
    mentorOf.set(p.menteeEnrolmentId, p.mentorEnrolmentId);
  }
  return { facts, loads, numbers: employeeNumbersOf(db, cohortId), mentorOf };
}

export function suggestMentors(
  db: Db,
  cohortId: number,
  menteeEnrolmentId: number,
  today: string,
): MentorSuggestion[] {
  const cohort = context(db, cohortId, today);
  const { facts } = cohort;
  const mentee = facts.mentees.find((m) => m.enrolmentId === menteeEnrolmentId);
  if (!mentee)
    throw new TandemError(
      'not_found',
      `Enrolment ${menteeEnrolmentId} is not a mentee in cohort ${facts.cohort.code}.`,
    );
  return rankMentors(cohort, mentee, facts.program.matching);
}

/** How the top suggestions for a few mentees change under edited weights, before saving them. */
export function previewWeights(
  db: Db,
  cohortId: number,
  weights: MatchWeights,
  today: string,
): WeightPreview[] {
  const cohort = context(db, cohortId, today);
  const { facts, numbers } = cohort;
  const edited = { ...facts.program.matching, weights };
  return facts.mentees.slice(0, PREVIEW_MENTEES).map((mentee) => ({
    menteeEnrolmentId: mentee.enrolmentId,
    mentee: personOf(mentee, numbers.get(mentee.enrolmentId) ?? ''),
    current: rankMentors(cohort, mentee, facts.program.matching),
    proposed: rankMentors(cohort, mentee, edited),
  }));
}
