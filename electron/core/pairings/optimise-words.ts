/** What "Optimise the rest" says: why a mentee stays unmatched and what moved, in names and words. */
import type { MenteeFacts, MentorFacts } from '../../../shared/domain/matching';
import { RULE_REASONS } from '../../../shared/domain/matching';
import type { CohortFacts } from '../matching/facts';
import { checkPair } from '../matching/rules';

const LISTED = 4;

function listed(items: readonly string[]): string {
  const more = items.length > LISTED ? ` and ${items.length - LISTED} more` : '';
  return `${items.slice(0, LISTED).join(', ')}${more}`;
}

/**
 * Why a mentee is unmatched after an optimal run, with the counts the board shows ("2 of 2"):
 * every allowed mentor full, or the rules that forbid each mentor.
 */
export function unmatchedWords(
  facts: CohortFacts,
  mentee: MenteeFacts,
  /** Open pairings per mentor enrolment after the run (held, kept and new). */
  loadOf: (mentor: MentorFacts) => number,
): string {
  if (facts.mentors.length === 0) return 'No mentors are enrolled in this cohort';
  const allowed: MentorFacts[] = [];
  const forbidden: string[] = [];
  for (const mentor of facts.mentors) {
    const broken = checkPair(mentee, mentor, facts.rules);
    if (broken.length === 0) allowed.push(mentor);
    else
      forbidden.push(
        `${mentor.displayName}: ${[...new Set(broken.map((v) => RULE_REASONS[v.rule]))].join('; ')}`,
      );
  }
  if (allowed.length === 0) return `No mentor is allowed (${listed(forbidden)})`;
  const full = allowed.map((m) =>
    m.capacity <= 0
      ? `${m.displayName}: takes no mentees`
      : `${m.displayName}: ${loadOf(m)} of ${m.capacity}`,
  );
  return `Every allowed mentor is full (${listed(full)})`;
}

export interface Move {
  mentee: string;
  from: string;
  /** null: back to the pool. */
  to: string | null;
}

/** "3 mentees moved: Dee New (Ben Senior → Ana Senior), …; 2 hand-placed cards kept". */
export function movedWords(moves: readonly Move[], handPlacedKept: number): string {
  const kept =
    handPlacedKept === 0
      ? ''
      : `; ${handPlacedKept} hand-placed ${handPlacedKept === 1 ? 'card' : 'cards'} kept`;
  if (moves.length === 0) return `No proposed mentee moved${kept}`;
  const each = moves.map((m) => `${m.mentee} (${m.from} → ${m.to ?? 'unpaired'})`);
  const n = moves.length;
  return `${n} ${n === 1 ? 'mentee' : 'mentees'} moved: ${listed(each)}${kept}`;
}
