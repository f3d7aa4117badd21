import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { cohortCelebrations, cohortGoals } from './cohort';
import { createGoalFromTemplate } from './from-template';
import { addMilestone, removeMilestone, setMilestoneAchieved, updateMilestone } from './milestones';
import { recordProgress, removeProgress } from './progress';
import { createGoal, dropGoal, pairingGoals, updateGoal } from './service';
import { createTemplate, listTemplates, removeTemplate, updateTemplate } from './templates';
import { todayOf } from '../db/write';
import { createSharedGoal, recordSharedProgress } from './circle';

export const goalsHandlers: DomainHandlers<'goals'> = {
  'goals.forPairing': ({ pairingId }, ctx) => {
    const w = requireDb(ctx);
    return pairingGoals(w.db, pairingId, todayOf(w));
  },
  'goals.create': (input, ctx) => createGoal(requireDb(ctx), input),
  'goals.update': ({ id, goal }, ctx) => updateGoal(requireDb(ctx), id, goal),
  'goals.drop': ({ id, reason }, ctx) => dropGoal(requireDb(ctx), id, reason),
  'goals.addMilestone': ({ goalId, ...milestone }, ctx) =>
    addMilestone(requireDb(ctx), goalId, milestone),
  'goals.updateMilestone': ({ id, ...milestone }, ctx) =>
    updateMilestone(requireDb(ctx), id, milestone),
  'goals.setMilestoneAchieved': ({ id, achievedOn }, ctx) =>
    setMilestoneAchieved(requireDb(ctx), id, achievedOn),
  'goals.removeMilestone': ({ id }, ctx) => removeMilestone(requireDb(ctx), id),
  'goals.recordProgress': (input, ctx) => recordProgress(requireDb(ctx), input),
  'goals.removeProgress': ({ id }, ctx) => removeProgress(requireDb(ctx), id),
  'goals.templates': ({ programId }, ctx) => listTemplates(requireDb(ctx).db, programId),
  'goals.createTemplate': (input, ctx) => createTemplate(requireDb(ctx), input),
  'goals.updateTemplate': ({ id, template }, ctx) => updateTemplate(requireDb(ctx), id, template),
  'goals.removeTemplate': ({ id }, ctx) => removeTemplate(requireDb(ctx), id),
  'goals.createFromTemplate': (input, ctx) => createGoalFromTemplate(requireDb(ctx), input),
  'goals.createShared': (input, ctx) => createSharedGoal(requireDb(ctx), input),
  'goals.recordSharedProgress': (input, ctx) => recordSharedProgress(requireDb(ctx), input),
  'goals.cohort': ({ cohortId }, ctx) => {
    const w = requireDb(ctx);
    return cohortGoals(w.db, cohortId, todayOf(w));
  },
  'goals.celebrate': ({ cohortId }, ctx) => {
    const w = requireDb(ctx);
    return cohortCelebrations(w.db, cohortId, todayOf(w));
  },
};
