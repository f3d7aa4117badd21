import type { Migration } from '../migrations';

/** The facility, the audit trail, the staff directory and saved roster mappings. */
export const m001Foundation: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE facility (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX audit_events_entity ON audit_events (entity, entity_id);

      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        employee_number TEXT NOT NULL UNIQUE,
        first_name TEXT,
        last_name TEXT,
        preferred_name TEXT,
        email TEXT,
        role TEXT,
        unit TEXT,
        job_level INTEGER CHECK (job_level BETWEEN 1 AND 5),
        hire_date TEXT,
        end_date TEXT,
        years_experience INTEGER CHECK (years_experience >= 0),
        shift TEXT CHECK (shift IN ('day', 'evening', 'night', 'rotating')),
        languages_json TEXT NOT NULL DEFAULT '[]',
        interests_json TEXT NOT NULL DEFAULT '[]',
        career_goals TEXT,
        supervisor_id INTEGER REFERENCES staff (id),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_leave', 'left')),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX staff_unit ON staff (unit);
      CREATE INDEX staff_last_name ON staff (last_name, first_name);

      CREATE TABLE roster_mappings (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        mapping_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
