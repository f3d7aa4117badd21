import type { Migration } from '../migrations';

/**
 * The starter catalogue every facility begins with. The names are the ones the program
 * templates require (shared/domain/program-templates.ts), so a program made from a template
 * finds its modules. Written out here, not imported, because a landed migration never changes.
 */
const STARTER_MODULES: readonly [string, string, 0 | 1, number | null, string][] = [
  [
    'Preceptor essentials',
    'mentor',
    1,
    24,
    'The preceptor role: orienting a new colleague, teaching at the bedside, assessing competence and documenting progress.',
  ],
  [
    'Giving effective feedback',
    'mentor',
    0,
    36,
    'Timely, specific and balanced feedback, and how to hold a difficult conversation.',
  ],
  [
    'Setting SMART goals',
    'both',
    0,
    null,
    'Writing goals that are specific, measurable, achievable, relevant and time-bound, and tracking progress against them.',
  ],
  [
    'Inclusive mentoring',
    'both',
    0,
    24,
    'Recognising bias, practising cultural humility, and making a mentorship work across differences.',
  ],
  [
    'Mentoring at a distance',
    'both',
    0,
    null,
    'Keeping a mentorship going by video and phone: structure, presence and follow-up.',
  ],
];

/**
 * Training modules for mentors and mentees, and each person's completions. A completion is
 * never changed or deleted: a wrong one is voided (a row in training_completion_voids, with the
 * reason) and a correction is a new completion pointing at the one it corrects.
 *
 * The starter modules are part of the schema (every facility of this version has them), so
 * they are inserted here without audit events, like the tables themselves; every later change
 * to them goes through the audited write path.
 */
export const m006Training: Migration = {
  version: 6,
  name: 'training',
  up(db) {
    db.exec(`
      CREATE TABLE training_modules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) > 0),
        audience TEXT NOT NULL CHECK (audience IN ('mentor', 'mentee', 'both')),
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        valid_months INTEGER CHECK (valid_months IS NULL OR valid_months > 0),
        description TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE training_completions (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        module_id INTEGER NOT NULL REFERENCES training_modules (id),
        completed_on TEXT NOT NULL,
        evidence TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        corrects_id INTEGER REFERENCES training_completions (id)
      ) STRICT;
      CREATE INDEX training_completions_staff ON training_completions (staff_id, module_id, completed_on);
      CREATE INDEX training_completions_module ON training_completions (module_id);

      CREATE TABLE training_completion_voids (
        completion_id INTEGER PRIMARY KEY REFERENCES training_completions (id),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        voided_by TEXT NOT NULL,
        voided_at TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER training_completions_no_update BEFORE UPDATE ON training_completions
      BEGIN SELECT RAISE(ABORT, 'a training completion is never changed: void it and record a new one'); END;
      CREATE TRIGGER training_completions_no_delete BEFORE DELETE ON training_completions
      BEGIN SELECT RAISE(ABORT, 'a training completion is never deleted: void it'); END;
      CREATE TRIGGER training_completion_voids_no_update BEFORE UPDATE ON training_completion_voids
      BEGIN SELECT RAISE(ABORT, 'a void is kept as it was recorded'); END;
      CREATE TRIGGER training_completion_voids_no_delete BEFORE DELETE ON training_completion_voids
      BEGIN SELECT RAISE(ABORT, 'a void is kept as it was recorded'); END;
    `);
    const insert = db.prepare(
      `INSERT INTO training_modules (name, audience, required, valid_months, description, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    );
    for (const module of STARTER_MODULES) insert.run(...module);
  },
};
