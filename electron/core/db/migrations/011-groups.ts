import type { Migration } from '../migrations';

/**
 * Mentoring circles (the "group" format) and reciprocal peer pairings.
 *
 * Design: each mentee's membership of a circle stays a pairing (mentor + mentee) that carries the
 * circle's id. The pairing keeps everything that already works per mentee: its lifecycle and
 * timeline, the hard rules on every step, evaluations, packets, compliance and goals. The circle
 * adds what is shared:
 * - `circles`: a named group in one cohort of a group-format program; made when the first of a
 *   mentor's proposals is accepted (the solver's mentees of one mentor form that mentor's circle).
 * - `circle_mentors`: the circle's mentors, one or more (the first one and any co-mentors).
 * - `circle_meetings` + `circle_attendance`: one shared meeting with each person present or absent
 *   (with a reason). Logging it also writes one `meetings` row per member pairing (held for a
 *   mentee present, missed with the reason for one absent) linked by `circle_meeting_id`, so the
 *   cadence, compliance, inactivity, dashboard and printed packet count per person with the code
 *   they already have: a mentee who missed the circle's meeting has not met.
 * - `circle_goals`: a goal of the whole circle. Each member pairing gets its own copy (a `goals`
 *   row with `circle_goal_id`) so a shared goal counts for each member and prints in their packet;
 *   progress recorded on the shared goal is written to every copy in one write.
 * Shared meetings, their attendance and shared goals are never edited: a trigger refuses it.
 *
 * Peer mentoring: `enrolments.role` gains 'peer' (allowed only in a peer-format program, one
 * role per person per cohort as before) and `pairings.reciprocal` marks a pairing of two peers
 * who mentor each other; both count as mentor and mentee of it. SQLite cannot change a CHECK in
 * place, so `enrolments` is rebuilt: inside this migration's transaction the foreign keys are
 * deferred, the rows are copied aside, the table is dropped and made again under the same name
 * (so every REFERENCES enrolments still points at it) and the rows go back, which settles the
 * deferred foreign-key count before the commit checks it.
 */
export const m011Groups: Migration = {
  version: 11,
  name: 'groups',
  up(db) {
    db.pragma('defer_foreign_keys = ON');
    db.exec(`
      CREATE TABLE enrolments_copy AS SELECT * FROM enrolments;
      DROP TABLE enrolments;
      CREATE TABLE enrolments (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohorts (id),
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'peer')),
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
        intake_json TEXT,
        mentor_profile_json TEXT,
        withdrawn_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (cohort_id, staff_id, role),
        CHECK ((role = 'mentor') = (capacity IS NOT NULL))
      ) STRICT;
      INSERT INTO enrolments (id, cohort_id, staff_id, role, capacity, intake_json,
          mentor_profile_json, withdrawn_at, created_at, updated_at)
        SELECT id, cohort_id, staff_id, role, capacity, intake_json,
          mentor_profile_json, withdrawn_at, created_at, updated_at
        FROM enrolments_copy ORDER BY id;
      DROP TABLE enrolments_copy;
      CREATE INDEX enrolments_staff ON enrolments (staff_id);

      CREATE TABLE circles (
        id INTEGER PRIMARY KEY,
        cohort_id INTEGER NOT NULL REFERENCES cohorts (id),
        name TEXT NOT NULL CHECK (length(name) > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (cohort_id, name)
      ) STRICT;

      CREATE TABLE circle_mentors (
        id INTEGER PRIMARY KEY,
        circle_id INTEGER NOT NULL REFERENCES circles (id),
        mentor_enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
        joined_at TEXT NOT NULL,
        UNIQUE (circle_id, mentor_enrolment_id)
      ) STRICT;
      CREATE INDEX circle_mentors_mentor ON circle_mentors (mentor_enrolment_id);

      ALTER TABLE pairings ADD COLUMN circle_id INTEGER REFERENCES circles (id);
      ALTER TABLE pairings ADD COLUMN reciprocal INTEGER NOT NULL DEFAULT 0
        CHECK (reciprocal IN (0, 1));
      CREATE INDEX pairings_circle ON pairings (circle_id) WHERE circle_id IS NOT NULL;

      CREATE TABLE circle_meetings (
        id INTEGER PRIMARY KEY,
        circle_id INTEGER NOT NULL REFERENCES circles (id),
        date TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        mode TEXT NOT NULL CHECK (mode IN ('in_person', 'video', 'phone')),
        topics_json TEXT NOT NULL DEFAULT '[]',
        notes TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX circle_meetings_circle ON circle_meetings (circle_id, date);

      -- Everyone of the circle at the meeting's time: present, or absent with a reason.
      CREATE TABLE circle_attendance (
        id INTEGER PRIMARY KEY,
        circle_meeting_id INTEGER NOT NULL REFERENCES circle_meetings (id),
        enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
        role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
        present INTEGER NOT NULL CHECK (present IN (0, 1)),
        reason TEXT,
        UNIQUE (circle_meeting_id, enrolment_id),
        CHECK ((present = 1) = (reason IS NULL)),
        CHECK (present = 1 OR length(reason) > 0)
      ) STRICT;

      ALTER TABLE meetings ADD COLUMN circle_meeting_id INTEGER REFERENCES circle_meetings (id);
      CREATE INDEX meetings_circle_meeting ON meetings (circle_meeting_id)
        WHERE circle_meeting_id IS NOT NULL;

      CREATE TABLE circle_goals (
        id INTEGER PRIMARY KEY,
        circle_id INTEGER NOT NULL REFERENCES circles (id),
        title TEXT NOT NULL CHECK (length(title) > 0),
        created_at TEXT NOT NULL
      ) STRICT;
      ALTER TABLE goals ADD COLUMN circle_goal_id INTEGER REFERENCES circle_goals (id);
      CREATE INDEX goals_circle_goal ON goals (circle_goal_id) WHERE circle_goal_id IS NOT NULL;

      CREATE TRIGGER circle_meetings_no_update BEFORE UPDATE ON circle_meetings
        BEGIN SELECT RAISE(ABORT, 'a circle meeting is never edited'); END;
      CREATE TRIGGER circle_meetings_no_delete BEFORE DELETE ON circle_meetings
        BEGIN SELECT RAISE(ABORT, 'a circle meeting is never deleted'); END;
      CREATE TRIGGER circle_attendance_no_update BEFORE UPDATE ON circle_attendance
        BEGIN SELECT RAISE(ABORT, 'attendance is never edited'); END;
      CREATE TRIGGER circle_attendance_no_delete BEFORE DELETE ON circle_attendance
        BEGIN SELECT RAISE(ABORT, 'attendance is never deleted'); END;
      CREATE TRIGGER circle_goals_no_update BEFORE UPDATE ON circle_goals
        BEGIN SELECT RAISE(ABORT, 'a shared goal is never edited'); END;
      CREATE TRIGGER circle_goals_no_delete BEFORE DELETE ON circle_goals
        BEGIN SELECT RAISE(ABORT, 'a shared goal is never deleted'); END;
    `);
  },
};
