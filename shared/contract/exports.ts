import { z } from 'zod';
import type { ExportResult } from '../domain/exports';
import { method } from './define';

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD');

// The audit export bundle, written by the back end into a folder on this workstation.
export const exportsMethods = {
  /**
   * Writes a bundle into `folder` (a new or empty folder), or into a new folder under the print
   * output folder when none is given; says where and how many files.
   */
  'exports.bundle': method(
    z.object({
      folder: z.string().trim().min(1).max(1024).optional(),
      from: day.optional(),
      to: day.optional(),
      programId: z.number().int().positive().optional(),
      deidentified: z.boolean().default(false),
      xlsx: z.boolean().default(false),
    }),
  ).returns<ExportResult>(),
};
