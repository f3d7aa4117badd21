import { displayName } from '../../../shared/domain/staff';
import type { PersonTraining } from '../../../shared/domain/training';
import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import type { Db } from '../db/open';
import { getStaff } from '../people/queries';
import {
  correctCompletion,
  listCompletions,
  recordCompletion,
  voidCompletion,
} from './completions';
import { createModule, listModules, updateModule } from './modules';
import { dueList, personRequirements } from './requirements';
import { todayOf } from '../db/write';

function forStaff(db: Db, staffId: number, day: string): PersonTraining {
  const staff = getStaff(db, staffId);
  return {
    person: {
      staffId,
      employeeNumber: staff.employeeNumber,
      displayName: displayName(staff),
      role: staff.role,
      unit: staff.unit,
    },
    hireDate: staff.hireDate,
    today: day,
    requirements: personRequirements(db, staffId, day),
    completions: listCompletions(db, staffId, day),
  };
}

export const trainingHandlers: DomainHandlers<'training'> = {
  'training.modules': (_input, ctx) => listModules(requireDb(ctx).db),
  'training.createModule': (input, ctx) => createModule(requireDb(ctx), input),
  'training.updateModule': ({ id, module }, ctx) => updateModule(requireDb(ctx), id, module),
  'training.forStaff': ({ staffId }, ctx) => forStaff(requireDb(ctx).db, staffId, todayOf(ctx)),
  'training.due': (_input, ctx) => dueList(requireDb(ctx).db, todayOf(ctx)),
  'training.record': (input, ctx) => recordCompletion(requireDb(ctx), input),
  'training.void': ({ id, reason }, ctx) => voidCompletion(requireDb(ctx), id, reason),
  'training.correct': (input, ctx) => correctCompletion(requireDb(ctx), input),
};
