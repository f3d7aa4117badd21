import type { Migration } from '../migrations';

/**
 * The starter catalogue every facility begins with (nursing, phlebotomy, the laboratory).
 * It is written here, not imported, because a landed migration must never change: a later
 * change to the starter set is a new migration. Names match the demo's mentor strengths and
 * intake wishes (electron/core/demo/programs.ts), so matching finds them.
 */
const STARTER: readonly [name: string, category: string, disciplines: readonly string[]][] = [
  ['IV insertion', 'Clinical skills', ['rn', 'lpn']],
  ['Wound care', 'Clinical skills', ['rn', 'lpn']],
  ['Medication administration', 'Medication safety', ['rn', 'lpn']],
  ['EHR charting', 'Documentation', ['rn', 'lpn', 'cna']],
  ['Sepsis recognition', 'Assessment', ['rn', 'lpn']],
  ['Telemetry monitoring', 'Assessment', ['rn']],
  ['Fall prevention', 'Patient safety', ['rn', 'lpn', 'cna']],
  ['Patient education', 'Communication', ['rn', 'lpn', 'therapist']],
  ['Handoff report (SBAR)', 'Communication', ['rn', 'lpn']],
  [
    'Leading a huddle',
    'Leadership',
    ['rn', 'lpn', 'phlebotomist', 'lab_scientist', 'lab_technician', 'therapist'],
  ],
  ['Venipuncture', 'Specimen collection', ['phlebotomist', 'rn', 'lab_technician']],
  [
    'Specimen handling',
    'Specimen collection',
    ['phlebotomist', 'rn', 'lab_technician', 'lab_scientist'],
  ],
  ['Pediatric draws', 'Specimen collection', ['phlebotomist']],
  ['Capillary puncture', 'Specimen collection', ['phlebotomist', 'lab_technician']],
  ['Blood culture collection', 'Specimen collection', ['phlebotomist', 'rn', 'lab_technician']],
  ['Quality control (QC)', 'Laboratory quality', ['lab_scientist', 'lab_technician']],
  ['Critical value reporting', 'Laboratory quality', ['lab_scientist', 'lab_technician']],
  ['Analyser maintenance', 'Laboratory equipment', ['lab_scientist', 'lab_technician']],
];

/** The competency catalogue and sign-offs on Benner's scale (never edited, only superseded). */
export const m004Competencies: Migration = {
  version: 4,
  name: 'competencies',
  up(db) {
    db.exec(`
      CREATE TABLE competencies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        category TEXT NOT NULL CHECK (length(trim(category)) > 0),
        disciplines_json TEXT NOT NULL CHECK (json_valid(disciplines_json)),
        description TEXT,
        -- Starter rows come with the schema (no audit event); facility rows are added by educators.
        origin TEXT NOT NULL CHECK (origin IN ('starter', 'facility')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE competency_sign_offs (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        competency_id INTEGER NOT NULL REFERENCES competencies (id),
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        validator_id INTEGER NOT NULL REFERENCES staff (id),
        signed_on TEXT NOT NULL CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        method TEXT NOT NULL CHECK (method IN ('observation', 'demonstration', 'simulation', 'verbal')),
        note TEXT,
        -- A correction points at the sign-off it replaces; the old row is never touched, and
        -- UNIQUE lets each sign-off be superseded once (corrections form a chain, not a tree).
        supersedes_id INTEGER UNIQUE REFERENCES competency_sign_offs (id),
        correction_reason TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK (validator_id <> staff_id),
        CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL)),
        CHECK (correction_reason IS NULL OR length(trim(correction_reason)) > 0)
      ) STRICT;
      CREATE INDEX competency_sign_offs_person
        ON competency_sign_offs (staff_id, competency_id, signed_on, id);

      CREATE TRIGGER competency_sign_offs_no_update BEFORE UPDATE ON competency_sign_offs
      BEGIN SELECT RAISE(ABORT, 'a sign-off is never edited; record a correction that supersedes it'); END;
      CREATE TRIGGER competency_sign_offs_no_delete BEFORE DELETE ON competency_sign_offs
      BEGIN SELECT RAISE(ABORT, 'a sign-off is never deleted; record a correction that supersedes it'); END;
      CREATE TRIGGER competency_sign_offs_same_subject BEFORE INSERT ON competency_sign_offs
      WHEN NEW.supersedes_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM competency_sign_offs o
        WHERE o.id = NEW.supersedes_id AND o.staff_id = NEW.staff_id AND o.competency_id = NEW.competency_id
      )
      BEGIN SELECT RAISE(ABORT, 'a correction must supersede a sign-off of the same person and competency'); END;
    `);
    const insert = db.prepare(
      `INSERT INTO competencies (name, category, disciplines_json, origin, created_at, updated_at)
       VALUES (?, ?, ?, 'starter', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    );
    for (const [name, category, disciplines] of STARTER) {
      insert.run(name, category, JSON.stringify(disciplines));
    }
  },
};
