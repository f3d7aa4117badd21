import { datesFromTemplate, type GoalView } from '../../../shared/domain/goals';
import type { WriteContext } from '../db/write';
import { goalPairing } from './rows';
import { createGoal } from './service';
import { getTemplate } from './templates';
import { assertEditable } from './validate';

/**
 * Sets a goal for a pairing from one of its program's templates: the weeks become dates from
 * the goal's start (the pairing's start unless given), and the usual rules apply, so a
 * template that runs past the pairing's end is refused with the dates named.
 */
export function createGoalFromTemplate(
  ctx: WriteContext,
  input: { pairingId: number; templateId: number; startDate: string | null },
): GoalView {
  const template = getTemplate(ctx.db, input.templateId);
  const pairing = goalPairing(ctx.db, input.pairingId);
  assertEditable(pairing);
  const start = input.startDate ?? pairing.startDate;
  const dates = datesFromTemplate(template, start);
  return createGoal(ctx, {
    pairingId: pairing.id,
    templateId: template.id,
    title: template.title,
    metric: template.metric,
    unit: template.unit,
    baseline: template.baseline,
    target: template.target,
    plan: template.plan,
    relevance: template.relevance,
    startDate: start,
    dueDate: dates.dueDate,
    milestones: dates.milestones,
  });
}
