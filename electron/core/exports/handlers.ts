import { isAbsolute } from 'node:path';
import { TandemError } from '../../../shared/result';
import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { printSettings } from '../printing/settings';
import { defaultExportFolder, exportBundle } from './service';

export const exportsHandlers: DomainHandlers<'exports'> = {
  'exports.bundle': async (input, ctx) => {
    const { db } = requireDb(ctx);
    const now = ctx.clock.now();
    if (input.folder !== undefined && !isAbsolute(input.folder)) {
      throw new TandemError(
        'invalid_input',
        `folder: give the whole path of the folder, not "${input.folder}".`,
        {
          problems: [
            { field: 'folder', value: input.folder, message: 'give the whole path of the folder' },
          ],
        },
      );
    }
    const folder =
      input.folder ?? defaultExportFolder(printSettings(ctx).outputFolder, now, input.deidentified);
    return exportBundle(
      db,
      folder,
      {
        ...(input.from !== undefined ? { from: input.from } : {}),
        ...(input.to !== undefined ? { to: input.to } : {}),
        ...(input.programId !== undefined ? { programId: input.programId } : {}),
        deidentified: input.deidentified,
        xlsx: input.xlsx,
      },
      now,
    );
  },
};
