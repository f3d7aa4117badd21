import type { Migration } from '../migrations';

/** Mentoring circles and reciprocal peer pairings (placeholder until filled in; not landed yet). */
export const m011Groups: Migration = {
  version: 11,
  name: 'groups',
  up() {},
};
