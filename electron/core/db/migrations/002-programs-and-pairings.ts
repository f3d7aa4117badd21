import type { Migration } from '../migrations';

/** Programs, cohorts, enrolments, the do-not-pair list, pairings and every pairing transition. */
export const m002ProgramsAndPairings: Migration = {
  version: 2,
  name: 'programs and pairings',
  up(db) {
    db.exec(`
      CREATE TABLE programs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('one_to_one', 'group', 'peer')),
        cadence TEXT NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
        duration_weeks INTEGER NOT NULL CHECK (duration_weeks > 0),
        default_capacity INTEGER NOT NULL CHECK (default_capacity > 0),
        required_training_json TEXT NOT NULL DEFAULT '[]',
        evaluation_schedule TEXT NOT NULL,
        description TEXT,
        matching_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cohorts (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs (id),
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date > start_date)
      ) STRICT;

      CREATE TABLE enrolments (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohorts (id),
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
        intake_json TEXT,
        mentor_profile_json TEXT,
        withdrawn_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (cohort_id, staff_id, role),
        CHECK ((role = 'mentor') = (capacity IS NOT NULL))
      ) STRICT;
      CREATE INDEX enrolments_staff ON enrolments (staff_id);

      CREATE TABLE do_not_pair (
        id INTEGER PRIMARY KEY,
        staff_a INTEGER NOT NULL REFERENCES staff (id),
        staff_b INTEGER NOT NULL REFERENCES staff (id),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        created_at TEXT NOT NULL,
        removed_at TEXT,
        CHECK (staff_a <> staff_b)
      ) STRICT;

      CREATE TABLE pairings (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohorts (id),
        mentor_enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
        mentee_enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'paused', 'completed', 'declined', 'ended_early')),
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        breakdown_json TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('optimiser', 'manual')),
        start_date TEXT,
        end_date TEXT,
        end_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pairings_cohort ON pairings (cohort_id, status);
      CREATE INDEX pairings_mentor ON pairings (mentor_enrolment_id, status);
      -- One open pairing per mentee per cohort; closed ones stay as history.
      CREATE UNIQUE INDEX pairings_one_open_per_mentee ON pairings (mentee_enrolment_id)
        WHERE status IN ('proposed', 'active', 'paused');

      CREATE TABLE pairing_transitions (
        id INTEGER PRIMARY KEY,
        pairing_id INTEGER NOT NULL REFERENCES pairings (id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        reason TEXT,
        note TEXT
      ) STRICT;
      CREATE INDEX pairing_transitions_pairing ON pairing_transitions (pairing_id, id);
    `);
  },
};
