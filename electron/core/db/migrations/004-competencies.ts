import type { Migration } from '../migrations';

/** The competency catalogue and sign-offs on Benner's scale (never edited, only superseded). */
export const m004Competencies: Migration = {
  version: 4,
  name: 'competencies',
  up() {},
};
