import type { Migration } from '../migrations';

/** Training modules for mentors and mentees, and each person's completions. */
export const m006Training: Migration = {
  version: 6,
  name: 'training',
  up() {},
};
