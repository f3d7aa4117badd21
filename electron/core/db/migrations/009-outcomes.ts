import type { Migration } from '../migrations';

/**
 * Outcomes: self-identified demographics (kept only while consent stands) and succession
 * readiness ratings (never edited, only superseded, like competency sign-offs).
 */
export const m009Outcomes: Migration = {
  version: 9,
  name: 'outcomes',
  up(db) {
    db.exec(`
      -- One row per person who agreed; withdrawing consent deletes the row (the audit trail
      -- keeps that consent was recorded and withdrawn, never the values).
      CREATE TABLE staff_demographics (
        staff_id INTEGER PRIMARY KEY REFERENCES staff (id),
        gender TEXT,
        race_ethnicity TEXT,
        age_band TEXT,
        first_generation INTEGER CHECK (first_generation IS NULL OR first_generation IN (0, 1)),
        internationally_educated INTEGER
          CHECK (internationally_educated IS NULL OR internationally_educated IN (0, 1)),
        consent_recorded_on TEXT NOT NULL
          CHECK (consent_recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        consent_recorded_by TEXT NOT NULL CHECK (length(trim(consent_recorded_by)) > 0),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE succession_ratings (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        readiness TEXT NOT NULL CHECK (readiness IN ('ready_now', 'one_to_two_years', 'not_yet')),
        target_role TEXT NOT NULL CHECK (length(trim(target_role)) > 0),
        rated_on TEXT NOT NULL CHECK (rated_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        rater_id INTEGER NOT NULL REFERENCES staff (id),
        note TEXT,
        supersedes_id INTEGER UNIQUE REFERENCES succession_ratings (id),
        correction_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK (rater_id <> staff_id),
        CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL)),
        CHECK (correction_reason IS NULL OR length(trim(correction_reason)) > 0)
      ) STRICT;
      CREATE INDEX succession_ratings_person ON succession_ratings (staff_id, rated_on, id);

      CREATE TRIGGER succession_ratings_no_update BEFORE UPDATE ON succession_ratings
      BEGIN SELECT RAISE(ABORT, 'a readiness rating is never edited; record a correction that supersedes it'); END;
      CREATE TRIGGER succession_ratings_no_delete BEFORE DELETE ON succession_ratings
      BEGIN SELECT RAISE(ABORT, 'a readiness rating is never deleted; record a correction that supersedes it'); END;
      CREATE TRIGGER succession_ratings_same_subject BEFORE INSERT ON succession_ratings
      WHEN NEW.supersedes_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM succession_ratings o WHERE o.id = NEW.supersedes_id AND o.staff_id = NEW.staff_id
      )
      BEGIN SELECT RAISE(ABORT, 'a correction must supersede a rating of the same person'); END;
    `);
  },
};
