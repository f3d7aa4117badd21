import type { Migration } from '../migrations';

/**
 * SMART goals, their milestones, dated progress entries, and goal templates per program.
 * A goal's status is derived from these rows and the day it is read, so no column stores it.
 */
export const m003Goals: Migration = {
  version: 3,
  name: 'goals',
  up(db) {
    db.exec(`
      CREATE TABLE goal_templates (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs (id),
        title TEXT NOT NULL CHECK (length(title) > 0),
        metric TEXT NOT NULL CHECK (length(metric) > 0),
        unit TEXT NOT NULL CHECK (length(unit) > 0),
        baseline REAL NOT NULL,
        target REAL NOT NULL,
        plan TEXT NOT NULL DEFAULT '',
        relevance TEXT NOT NULL DEFAULT '',
        due_week INTEGER NOT NULL CHECK (due_week > 0),
        -- [{ "title": "...", "week": 2 }]: milestones as weeks from the goal's start.
        milestones_json TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (program_id, title),
        CHECK (target <> baseline)
      ) STRICT;

      CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        pairing_id INTEGER NOT NULL REFERENCES pairings (id),
        template_id INTEGER REFERENCES goal_templates (id) ON DELETE SET NULL,
        title TEXT NOT NULL CHECK (length(title) > 0),
        metric TEXT NOT NULL CHECK (length(metric) > 0),
        unit TEXT NOT NULL CHECK (length(unit) > 0),
        baseline REAL NOT NULL,
        target REAL NOT NULL,
        plan TEXT NOT NULL DEFAULT '',
        relevance TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        dropped_at TEXT,
        drop_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (target <> baseline),
        CHECK (due_date > start_date),
        CHECK ((dropped_at IS NULL) = (drop_reason IS NULL))
      ) STRICT;
      CREATE INDEX goals_pairing ON goals (pairing_id);

      CREATE TABLE goal_milestones (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals (id),
        title TEXT NOT NULL CHECK (length(title) > 0),
        due_date TEXT NOT NULL,
        achieved_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goal_milestones_goal ON goal_milestones (goal_id, due_date);

      CREATE TABLE goal_progress (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals (id),
        date TEXT NOT NULL,
        value REAL NOT NULL,
        note TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goal_progress_goal ON goal_progress (goal_id, date, id);
    `);
  },
};
