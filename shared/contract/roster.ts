import { z } from 'zod';
import {
  rosterMapping,
  type RosterPreview,
  type RosterSummary,
  type SavedRosterMapping,
} from '../domain/roster';
import { method } from './define';

/** A roster file travels as base64 so IPC and HTTP carry it the same way. */
const rosterFile = {
  fileName: z.string().trim().min(1).max(260),
  contentBase64: z.string().max(200_000_000, 'the file is larger than 150 MB'),
};

export const rosterMethods = {
  'roster.preview': method(
    z.object({ ...rosterFile, mapping: rosterMapping.optional() }),
  ).returns<RosterPreview>(),
  'roster.commit': method(
    z.object({ ...rosterFile, mapping: rosterMapping }),
  ).returns<RosterSummary>(),
  'roster.mappings.list': method(z.object({})).returns<SavedRosterMapping[]>(),
  'roster.mappings.save': method(
    z.object({
      name: z.string().trim().min(1, 'a name is required').max(80),
      mapping: rosterMapping,
    }),
  ).returns<SavedRosterMapping>(),
};
