import type {
  Goal,
  GoalPairing,
  GoalView,
  Milestone,
  ProgressEntry,
} from '../../../shared/domain/goals';
import { goalDirection } from '../../../shared/domain/goals';
import type { Pairing } from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { getPairing } from '../pairings/rows';
import { achievedOn, goalStatus, projectedValue } from './status';

const GOAL_COLUMNS = `g.id, g.pairing_id AS pairingId, g.template_id AS templateId, g.title, g.metric,
  g.unit, g.baseline, g.target, g.plan, g.relevance, g.start_date AS startDate, g.due_date AS dueDate,
  g.dropped_at AS droppedAt, g.drop_reason AS dropReason, g.circle_goal_id AS circleGoalId,
  g.created_at AS createdAt,
  g.updated_at AS updatedAt`;

const MILESTONE_COLUMNS = `m.id, m.goal_id AS goalId, m.title, m.due_date AS dueDate, m.achieved_on AS achievedOn`;

const PROGRESS_COLUMNS = `p.id, p.goal_id AS goalId, p.date, p.value, p.note, p.recorded_by AS recordedBy,
  p.recorded_at AS recordedAt`;

function groupByGoal<T extends { goalId: number }>(rows: T[]): Map<number, T[]> {
  const byGoal = new Map<number, T[]>();
  for (const row of rows) byGoal.set(row.goalId, [...(byGoal.get(row.goalId) ?? []), row]);
  return byGoal;
}

/** A goal with what is derived from it on `today`. */
export function toView(
  goal: Goal,
  milestones: Milestone[],
  progress: ProgressEntry[],
  today: string,
): GoalView {
  return {
    ...goal,
    milestones,
    progress,
    status: goalStatus(goal, progress, today),
    direction: goalDirection(goal),
    projected: projectedValue(goal, progress, today),
    achievedOn: achievedOn(goal, progress, today),
  };
}

/**
 * The goals matching `where` (a condition on `goals g`), with their milestones and progress,
 * as seen on `today`. Three queries whatever the number of goals.
 */
export function goalViews(db: Db, today: string, where: string, ...params: unknown[]): GoalView[] {
  const goals = db
    .prepare(`SELECT ${GOAL_COLUMNS} FROM goals g WHERE ${where} ORDER BY g.due_date, g.id`)
    .all(...params) as Goal[];
  if (goals.length === 0) return [];
  const ids = `SELECT g.id FROM goals g WHERE ${where}`;
  const milestones = groupByGoal(
    db
      .prepare(
        `SELECT ${MILESTONE_COLUMNS} FROM goal_milestones m WHERE m.goal_id IN (${ids}) ORDER BY m.due_date, m.id`,
      )
      .all(...params) as Milestone[],
  );
  const progress = groupByGoal(
    db
      .prepare(
        `SELECT ${PROGRESS_COLUMNS} FROM goal_progress p WHERE p.goal_id IN (${ids}) ORDER BY p.date, p.id`,
      )
      .all(...params) as ProgressEntry[],
  );
  return goals.map((g) => toView(g, milestones.get(g.id) ?? [], progress.get(g.id) ?? [], today));
}

export function getGoalView(db: Db, id: number, today: string): GoalView {
  const [view] = goalViews(db, today, 'g.id = ?', id);
  if (!view) throw new TandemError('not_found', `No goal with id ${id}.`);
  return view;
}

export function getMilestone(db: Db, id: number): Milestone {
  const row = db
    .prepare(`SELECT ${MILESTONE_COLUMNS} FROM goal_milestones m WHERE m.id = ?`)
    .get(id) as Milestone | undefined;
  if (!row) throw new TandemError('not_found', `No milestone with id ${id}.`);
  return row;
}

export function getProgressEntry(db: Db, id: number): ProgressEntry {
  const row = db
    .prepare(`SELECT ${PROGRESS_COLUMNS} FROM goal_progress p WHERE p.id = ?`)
    .get(id) as ProgressEntry | undefined;
  if (!row) throw new TandemError('not_found', `No progress entry with id ${id}.`);
  return row;
}

/** The pairing as the goals screens name it. */
export function toGoalPairing(p: Pairing, programId: number): GoalPairing {
  return {
    id: p.id,
    cohortId: p.cohortId,
    cohortCode: p.cohortCode,
    programId,
    status: p.status,
    startDate: p.startDate,
    endDate: p.endDate,
    mentee: { staffId: p.mentee.staffId, name: p.mentee.displayName },
    mentor: { staffId: p.mentor.staffId, name: p.mentor.displayName },
  };
}

export function goalPairing(db: Db, pairingId: number): GoalPairing {
  const p = getPairing(db, pairingId);
  return toGoalPairing(p, getCohort(db, p.cohortId).programId);
}
