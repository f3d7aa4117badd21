import { addDays } from '../../../shared/dates';
import { goalTemplateInput, type GoalTemplate, type GoalView } from '../../../shared/domain/goals';
import type { ProgramKind } from '../../../shared/domain/programs';
import { todayOf, type WriteContext } from '../db/write';
import { createGoalFromTemplate } from '../goals/from-template';
import { setMilestoneAchieved } from '../goals/milestones';
import { recordProgress } from '../goals/progress';
import { dropGoal } from '../goals/service';
import { STARTER_GOAL_TEMPLATES } from '../goals/starter-templates';
import { createTemplate } from '../goals/templates';
import { listPairings } from '../pairings/rows';
import { pick, seededRandom } from './random';
import { demoResidencyCohort } from './calendar';

const SEED = 5150;

/**
 * How a mentee is getting on with one goal: the share of the planned pace they keep, and after
 * which share of the time they stopped recording (1 = never). Statuses follow from the data.
 */
const PACES = [
  { pace: 1.6, stopsAt: 1 }, // ahead: reaches the target early
  { pace: 1.15, stopsAt: 1 }, // on track
  { pace: 1.05, stopsAt: 1 },
  { pace: 0.55, stopsAt: 1 }, // behind: at risk, or overdue once past due
  { pace: 0.9, stopsAt: 0.45 }, // went quiet
] as const;

const NOTES = [
  'Reviewed with the preceptor after the shift.',
  'Night shift; fewer opportunities this week.',
  'From the weekly audit report.',
  'Entered from the paper check-in form.',
  'Mentee asked for more simulation time.',
  null,
  null,
  null,
] as const;

function demoTemplates(ctx: WriteContext): Map<number, GoalTemplate[]> {
  const programs = ctx.db.prepare('SELECT id, kind FROM programs ORDER BY id').all() as {
    id: number;
    kind: ProgramKind;
  }[];
  return new Map(
    programs.map((p) => [
      p.id,
      (STARTER_GOAL_TEMPLATES[p.kind] ?? []).map((t) =>
        createTemplate(ctx, goalTemplateInput.parse({ ...t, programId: p.id })),
      ),
    ]),
  );
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Progress every week or two from the start up to today, at the goal's pace, rounded to whole units. */
function simulateProgress(
  ctx: WriteContext,
  goal: GoalView,
  profile: (typeof PACES)[number],
  random: () => number,
  today: string,
): GoalView {
  const span = daysBetween(goal.startDate, goal.dueDate);
  const step = random() < 0.5 ? 7 : 14;
  const low = Math.min(goal.baseline, goal.target);
  const high = Math.max(goal.baseline, goal.target);
  let latest = goal;
  for (let d = step; addDays(goal.startDate, d) <= today && d <= span * 1.3; d += step) {
    if (d > span * profile.stopsAt) break;
    const share = Math.min(1, (profile.pace * d) / span);
    const noise = (random() - 0.5) * 0.08 * (high - low);
    const value = Math.round(
      Math.min(high, Math.max(low, goal.baseline + (goal.target - goal.baseline) * share + noise)),
    );
    const note = pick(random, NOTES) ?? '';
    latest = recordProgress(ctx, {
      goalId: goal.id,
      date: addDays(goal.startDate, d),
      value,
      note,
    });
    if (latest.status === 'achieved') break;
  }
  return latest;
}

/** Milestones fall at their planned week stretched by the mentee's pace, when that day has come. */
function achieveMilestones(
  ctx: WriteContext,
  goal: GoalView,
  profile: (typeof PACES)[number],
  today: string,
): void {
  const span = daysBetween(goal.startDate, goal.dueDate);
  for (const m of goal.milestones) {
    const after = Math.max(1, Math.round(daysBetween(goal.startDate, m.dueDate) / profile.pace));
    const day = addDays(goal.startDate, after);
    if (day <= today && after <= span * profile.stopsAt) setMilestoneAchieved(ctx, m.id, day);
  }
}

/** A seeded Fisher–Yates shuffle, so the same demo picks the same templates everywhere. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The demo's goals: most running pairings of the residency get two or three goals from
 * the program's templates, with milestones and weekly progress simulated up to today, so the
 * tracker and the cohort view show on-track, at-risk, overdue, achieved and dropped goals.
 * Everything is measured from each pairing's own start, whenever the demo is built.
 */
export function buildDemoGoals(ctx: WriteContext): void {
  const random = seededRandom(SEED);
  const today = todayOf(ctx);
  const templates = demoTemplates(ctx);
  const cohort = demoResidencyCohort(ctx.db);
  const choices = cohort ? (templates.get(cohort.programId) ?? []) : [];
  if (!cohort || choices.length === 0) return;

  const running = listPairings(
    ctx.db,
    "p.cohort_id = ? AND p.status IN ('active', 'paused')",
    cohort.id,
  );
  running.forEach((pairing, index) => {
    // Most pairings, not all: a few have not set goals yet (and show the empty state).
    if (index % 6 === 5 || pairing.startDate === null) return;
    const count = 2 + (index % 2);
    const fitting = choices.filter(
      (t) =>
        pairing.endDate === null ||
        addDays(pairing.startDate ?? today, t.dueWeek * 7) <= pairing.endDate,
    );
    const chosen = shuffled(fitting, random).slice(0, count);
    chosen.forEach((template, n) => {
      const goal = createGoalFromTemplate(ctx, {
        pairingId: pairing.id,
        templateId: template.id,
        startDate: null,
      });
      const profile = PACES[(index + n * 2) % PACES.length] ?? PACES[1];
      if (index % 7 === 3 && n === 0) return; // set but not started
      achieveMilestones(ctx, goal, profile, today);
      const latest = simulateProgress(ctx, goal, profile, random, today);
      if (index === 4 && n === count - 1 && latest.status !== 'achieved') {
        dropGoal(
          ctx,
          goal.id,
          'Mentee moved to the step-down unit, where this skill is not used; replaced by a unit-specific goal.',
        );
      }
    });
  });
}
