import { z } from 'zod';
import {
  goalFields,
  goalInput,
  goalTemplateInput,
  milestoneInput,
  type Celebration,
  type CohortGoals,
  type GoalTemplate,
  type GoalView,
  type PairingGoals,
} from '../domain/goals';
import type { CircleDetail } from '../domain/pairings';
import { isoDay } from '../domain/staff';
import { method } from './define';

const id = z.number().int().positive();

// The goals methods of the contract: SMART goals, milestones, progress, templates, recognition.
export const goalsMethods = {
  'goals.forPairing': method(z.object({ pairingId: id })).returns<PairingGoals>(),
  'goals.create': method(goalInput).returns<GoalView>(),
  'goals.update': method(z.object({ id, goal: goalFields })).returns<GoalView>(),
  'goals.drop': method(
    z.object({
      id,
      reason: z
        .string()
        .trim()
        .min(1, 'say why the goal is dropped')
        .max(1000, 'at most 1000 characters'),
    }),
  ).returns<GoalView>(),
  'goals.addMilestone': method(milestoneInput.extend({ goalId: id })).returns<GoalView>(),
  'goals.updateMilestone': method(milestoneInput.extend({ id })).returns<GoalView>(),
  'goals.setMilestoneAchieved': method(
    z.object({ id, achievedOn: isoDay.nullable() }),
  ).returns<GoalView>(),
  'goals.removeMilestone': method(z.object({ id })).returns<GoalView>(),
  'goals.recordProgress': method(
    z.object({
      goalId: id,
      date: isoDay,
      /** As typed; the service reads it in the goal's unit and says which unit when it cannot. */
      value: z.union([z.string().max(60, 'at most 60 characters'), z.number()]),
      note: z.string().trim().max(1000, 'at most 1000 characters').default(''),
    }),
  ).returns<GoalView>(),
  'goals.removeProgress': method(z.object({ id })).returns<GoalView>(),
  'goals.templates': method(z.object({ programId: id })).returns<GoalTemplate[]>(),
  'goals.createTemplate': method(goalTemplateInput).returns<GoalTemplate>(),
  'goals.updateTemplate': method(
    z.object({ id, template: goalTemplateInput }),
  ).returns<GoalTemplate>(),
  'goals.removeTemplate': method(z.object({ id })).returns<GoalTemplate[]>(),
  'goals.createFromTemplate': method(
    z.object({ pairingId: id, templateId: id, startDate: isoDay.nullable().default(null) }),
  ).returns<GoalView>(),
  /** A goal of a whole mentoring circle: each member's pairing gets its copy. */
  'goals.createShared': method(
    goalInput.omit({ pairingId: true, templateId: true }).extend({ circleId: id }),
  ).returns<CircleDetail>(),
  /** Progress of the circle on a shared goal, recorded on every member's copy. */
  'goals.recordSharedProgress': method(
    z.object({
      circleGoalId: id,
      date: isoDay,
      value: z.union([z.string().max(60, 'at most 60 characters'), z.number()]),
      note: z.string().trim().max(1000, 'at most 1000 characters').default(''),
    }),
  ).returns<CircleDetail>(),
  'goals.cohort': method(z.object({ cohortId: id })).returns<CohortGoals>(),
  'goals.celebrate': method(z.object({ cohortId: id })).returns<Celebration[]>(),
};
