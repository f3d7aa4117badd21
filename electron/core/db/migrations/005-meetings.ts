import type { Migration } from '../migrations';

/** Meetings and check-ins of a pairing: held, missed or cancelled, with action items. */
export const m005Meetings: Migration = {
  version: 5,
  name: 'meetings',
  up() {},
};
