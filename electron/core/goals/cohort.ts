import {
  GOAL_STATUSES,
  type AttentionItem,
  type Celebration,
  type CohortGoals,
  type GoalPairing,
  type GoalStatus,
  type GoalView,
} from '../../../shared/domain/goals';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { listPairings } from '../pairings/rows';
import { goalViews, toGoalPairing } from './rows';

export interface PairedGoal {
  pairing: GoalPairing;
  goal: GoalView;
}

/**
 * Recognition (DOMAIN.md): every milestone achieved and every goal met by `today`, newest
 * first. Pure, so certificates and printed packets can build their lists from the same rule.
 */
export function celebrateList(items: readonly PairedGoal[], today: string): Celebration[] {
  const list: Celebration[] = [];
  for (const { pairing, goal } of items) {
    const base = {
      goalId: goal.id,
      goalTitle: goal.title,
      pairingId: pairing.id,
      mentee: pairing.mentee,
      mentor: pairing.mentor,
    };
    for (const m of goal.milestones) {
      if (m.achievedOn !== null && m.achievedOn <= today) {
        list.push({
          ...base,
          kind: 'milestone',
          date: m.achievedOn,
          milestoneId: m.id,
          milestoneTitle: m.title,
        });
      }
    }
    if (goal.status === 'achieved' && goal.achievedOn !== null) {
      list.push({
        ...base,
        kind: 'goal',
        date: goal.achievedOn,
        milestoneId: null,
        milestoneTitle: null,
      });
    }
  }
  // Newest first; on the same day a goal met comes before its milestones.
  return list.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      (a.kind === b.kind ? 0 : a.kind === 'goal' ? -1 : 1) ||
      b.goalId - a.goalId ||
      (b.milestoneId ?? 0) - (a.milestoneId ?? 0),
  );
}

/** Every goal of a cohort's pairings (whatever their state), with its pairing. */
export function cohortPairedGoals(db: Db, cohortId: number, today: string): PairedGoal[] {
  const programId = getCohort(db, cohortId).programId;
  const pairings = new Map(
    listPairings(db, 'p.cohort_id = ?', cohortId).map((p) => [p.id, toGoalPairing(p, programId)]),
  );
  return goalViews(
    db,
    today,
    'g.pairing_id IN (SELECT id FROM pairings WHERE cohort_id = ?)',
    cohortId,
  ).flatMap((goal) => {
    const pairing = pairings.get(goal.pairingId);
    return pairing ? [{ pairing, goal }] : [];
  });
}

/** The celebrate list of one cohort, as `today` sees it. */
export function cohortCelebrations(db: Db, cohortId: number, today: string): Celebration[] {
  return celebrateList(cohortPairedGoals(db, cohortId, today), today);
}

const ATTENTION_ORDER: Partial<Record<GoalStatus, number>> = { overdue: 0, at_risk: 1 };

/**
 * A cohort's goals for the educator's weekly look: counts by status and the goals at risk or
 * overdue in running (active or paused) pairings, overdue first, soonest due first.
 */
export function cohortGoals(db: Db, cohortId: number, today: string): CohortGoals {
  const cohort = getCohort(db, cohortId);
  const all = cohortPairedGoals(db, cohortId, today);
  const running = all.filter(
    ({ pairing }) => pairing.status === 'active' || pairing.status === 'paused',
  );
  const counts = Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const { goal } of running) counts[goal.status] += 1;
  const attention: AttentionItem[] = running
    .filter(({ goal }) => ATTENTION_ORDER[goal.status] !== undefined)
    .sort(
      (a, b) =>
        (ATTENTION_ORDER[a.goal.status] ?? 9) - (ATTENTION_ORDER[b.goal.status] ?? 9) ||
        a.goal.dueDate.localeCompare(b.goal.dueDate) ||
        a.goal.id - b.goal.id,
    );
  return {
    cohort: { id: cohort.id, code: cohort.code, name: cohort.name },
    today,
    counts,
    attention,
    celebrate: celebrateList(all, today),
  };
}
