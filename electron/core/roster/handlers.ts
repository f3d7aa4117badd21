import type { DomainHandlers } from '../api/router';
import { requireDb } from '../context';
import { todayOf } from '../db/write';
import {
  commitRoster,
  decodeBase64,
  listRosterMappings,
  previewRoster,
  saveRosterMapping,
} from './service';

export const rosterHandlers: DomainHandlers<'roster'> = {
  'roster.preview': ({ fileName, contentBase64, mapping }, ctx) => {
    const open = requireDb(ctx);
    return previewRoster(
      open.db,
      { fileName, bytes: decodeBase64(contentBase64) },
      mapping,
      todayOf(open),
    );
  },
  'roster.commit': ({ fileName, contentBase64, mapping }, ctx) =>
    commitRoster(requireDb(ctx), { fileName, bytes: decodeBase64(contentBase64) }, mapping),
  'roster.mappings.list': (_input, ctx) => listRosterMappings(requireDb(ctx).db),
  'roster.mappings.save': ({ name, mapping }, ctx) =>
    saveRosterMapping(requireDb(ctx), name, mapping),
};
