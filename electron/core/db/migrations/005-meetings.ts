import type { Migration } from '../migrations';

/** Meetings and check-ins of a pairing: held, missed or cancelled, with action items. */
export const m005Meetings: Migration = {
  version: 5,
  name: 'meetings',
  up(db) {
    db.exec(`
      -- A held meeting (with its duration and mode), or an expected one marked missed or
      -- cancelled (with a reason). Expected meetings themselves are derived from the cadence.
      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        pairing_id INTEGER NOT NULL REFERENCES pairings (id),
        status TEXT NOT NULL CHECK (status IN ('held', 'missed', 'cancelled')),
        date TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
        mode TEXT CHECK (mode IS NULL OR mode IN ('in_person', 'video', 'phone')),
        topics_json TEXT NOT NULL DEFAULT '[]',
        notes TEXT,
        reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'held') = (duration_minutes IS NOT NULL AND mode IS NOT NULL)),
        CHECK (status = 'held' OR length(reason) > 0)
      ) STRICT;
      CREATE INDEX meetings_pairing ON meetings (pairing_id, date);
      -- One missed / cancelled mark per expected meeting.
      CREATE UNIQUE INDEX meetings_one_mark ON meetings (pairing_id, date) WHERE status <> 'held';

      CREATE TABLE meeting_action_items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL CHECK (length(description) > 0),
        owner TEXT NOT NULL CHECK (owner IN ('mentor', 'mentee', 'educator', 'other')),
        owner_name TEXT,
        due_date TEXT NOT NULL,
        CHECK (owner <> 'other' OR length(owner_name) > 0)
      ) STRICT;
      CREATE INDEX meeting_action_items_meeting ON meeting_action_items (meeting_id, position);

      -- Per cohort, because the right threshold follows the program's rhythm and every
      -- educator on the workstation (and every printed report) should see the same flags.
      CREATE TABLE meeting_cohort_settings (
        cohort_id INTEGER PRIMARY KEY REFERENCES cohorts (id),
        inactivity_days INTEGER NOT NULL CHECK (inactivity_days BETWEEN 7 AND 730),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
