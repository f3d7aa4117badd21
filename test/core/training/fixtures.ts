import {
  completionInput,
  trainingModuleInput,
  type TrainingModuleInput,
} from '../../../shared/domain/training';
import { recordCompletion } from '../../../electron/core/training/completions';
import { createModule, listModules } from '../../../electron/core/training/modules';
import type { testDb } from '../../helpers/db';

export type Ctx = ReturnType<typeof testDb>;

/** The id of a catalogue module by name (the starter set is there from the start). */
export function moduleId(ctx: Ctx, name: string): number {
  const module = listModules(ctx.db).find((m) => m.name === name);
  if (!module) throw new Error(`no module ${name}`);
  return module.id;
}

export function addModule(ctx: Ctx, fields: Partial<TrainingModuleInput> & { name: string }) {
  return createModule(
    ctx,
    trainingModuleInput.parse({
      audience: 'mentor',
      required: false,
      validMonths: null,
      description: null,
      ...fields,
    }),
  );
}

export function complete(
  ctx: Ctx,
  staffId: number,
  module: string,
  completedOn: string,
  evidence: string | null = null,
) {
  return recordCompletion(
    ctx,
    completionInput.parse({ staffId, moduleId: moduleId(ctx, module), completedOn, evidence }),
  );
}

/** Everything a refused change must leave as it was. */
export const snapshot = (ctx: Ctx) => ({
  modules: ctx.db.prepare('SELECT * FROM training_modules ORDER BY id').all(),
  completions: ctx.db.prepare('SELECT count(*) AS n FROM training_completions').get(),
  voids: ctx.db.prepare('SELECT count(*) AS n FROM training_completion_voids').get(),
  audit: ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get(),
});

export function thrown(fn: () => unknown): {
  code: string;
  message: string;
  problems: { field?: string; message: string }[];
} {
  try {
    fn();
  } catch (error) {
    const e = error as {
      code: string;
      message: string;
      details?: { problems?: { field?: string; message: string }[] };
    };
    return { code: e.code, message: e.message, problems: e.details?.problems ?? [] };
  }
  throw new Error('expected an error');
}
