import type { Migration } from '../migrations';

/** SMART goals, their milestones, dated progress entries, and goal templates per program. */
export const m003Goals: Migration = {
  version: 3,
  name: 'goals',
  up() {},
};
