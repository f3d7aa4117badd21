import { z } from 'zod';
import {
  completionInput,
  trainingDay,
  trainingModuleInput,
  voidReason,
  type DueList,
  type PersonTraining,
  type TrainingCompletion,
  type TrainingModule,
} from '../domain/training';
import { method } from './define';

const id = z.number().int().positive();

// The training methods of the contract.
export const trainingMethods = {
  'training.modules': method(z.object({})).returns<TrainingModule[]>(),
  'training.createModule': method(trainingModuleInput).returns<TrainingModule>(),
  'training.updateModule': method(
    z.object({ id, module: trainingModuleInput }),
  ).returns<TrainingModule>(),
  'training.forStaff': method(z.object({ staffId: id })).returns<PersonTraining>(),
  'training.due': method(z.object({})).returns<DueList>(),
  'training.record': method(completionInput).returns<TrainingCompletion>(),
  'training.void': method(z.object({ id, reason: voidReason })).returns<TrainingCompletion>(),
  /** Voids a completion and records the corrected one in its place, in one change. */
  'training.correct': method(
    z.object({
      id,
      completedOn: trainingDay,
      evidence: completionInput.shape.evidence,
      reason: voidReason,
    }),
  ).returns<TrainingCompletion>(),
} satisfies Record<string, ReturnType<ReturnType<typeof method>['returns']>>;
