import type { Migration } from '../migrations';

/**
 * Feedback forms with frozen versions, each program's evaluation plan, and responses that are
 * never edited (a correction is a new response superseding the old one, like sign-offs).
 */
export const m007Evaluations: Migration = {
  version: 7,
  name: 'evaluations',
  up(db) {
    db.exec(`
      CREATE TABLE forms (
        id INTEGER PRIMARY KEY,
        -- Starter forms come with the schema (no audit event); facility forms are made by educators.
        origin TEXT NOT NULL CHECK (origin IN ('starter', 'facility')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Everything a respondent saw lives on the version, so a frozen version still reads as it
      -- was answered. The newest version of a form gives its current name.
      CREATE TABLE form_versions (
        id INTEGER PRIMARY KEY,
        form_id INTEGER NOT NULL REFERENCES forms (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        audience TEXT NOT NULL CHECK (audience IN ('mentee', 'mentor', 'educator')),
        purpose TEXT NOT NULL CHECK (purpose IN ('intake', 'pulse', 'quarterly', 'exit', 'program')),
        anonymity TEXT NOT NULL CHECK (anonymity IN ('named', 'confidential')),
        introduction TEXT NOT NULL DEFAULT '',
        sections_json TEXT NOT NULL CHECK (json_valid(sections_json)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (form_id, version)
      ) STRICT;

      CREATE TABLE program_evaluation_plan (
        program_id INTEGER NOT NULL REFERENCES programs (id),
        form_id INTEGER NOT NULL REFERENCES forms (id),
        rule TEXT NOT NULL CHECK (rule IN ('quarterly', 'pulse', 'end')),
        PRIMARY KEY (program_id, form_id, rule)
      ) STRICT;

      CREATE TABLE evaluation_responses (
        id INTEGER PRIMARY KEY,
        form_version_id INTEGER NOT NULL REFERENCES form_versions (id),
        pairing_id INTEGER NOT NULL REFERENCES pairings (id),
        period TEXT NOT NULL CHECK (
          period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' OR period GLOB 'day-[0-9]*' OR period = 'end'
        ),
        respondent_staff_id INTEGER REFERENCES staff (id),
        source TEXT NOT NULL CHECK (source IN ('respondent', 'paper')),
        answered_on TEXT NOT NULL CHECK (answered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        -- Mean of the scored answers on 0-100, kept so outcomes need not re-read every answer.
        score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
        entered_at TEXT NOT NULL,
        entered_by TEXT NOT NULL,
        -- A correction points at the response it replaces; UNIQUE: each is superseded once.
        supersedes_id INTEGER UNIQUE REFERENCES evaluation_responses (id),
        correction_reason TEXT,
        CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL)),
        CHECK (correction_reason IS NULL OR length(trim(correction_reason)) > 0)
      ) STRICT;
      CREATE INDEX evaluation_responses_pairing ON evaluation_responses (pairing_id, period);
      CREATE INDEX evaluation_responses_version ON evaluation_responses (form_version_id);

      CREATE TABLE evaluation_answers (
        response_id INTEGER NOT NULL REFERENCES evaluation_responses (id),
        question_key TEXT NOT NULL,
        number_value REAL,
        text_value TEXT,
        choices_json TEXT CHECK (choices_json IS NULL OR json_valid(choices_json)),
        PRIMARY KEY (response_id, question_key)
      ) STRICT;

      CREATE TRIGGER form_versions_frozen BEFORE UPDATE ON form_versions
      WHEN EXISTS (SELECT 1 FROM evaluation_responses r WHERE r.form_version_id = OLD.id)
      BEGIN SELECT RAISE(ABORT, 'a form version with responses is frozen; editing makes a new version'); END;
      CREATE TRIGGER form_versions_no_delete BEFORE DELETE ON form_versions
      BEGIN SELECT RAISE(ABORT, 'a form version is never deleted'); END;

      CREATE TRIGGER evaluation_responses_no_update BEFORE UPDATE ON evaluation_responses
      BEGIN SELECT RAISE(ABORT, 'a submitted response is never edited; record a correction that supersedes it'); END;
      CREATE TRIGGER evaluation_responses_no_delete BEFORE DELETE ON evaluation_responses
      BEGIN SELECT RAISE(ABORT, 'a submitted response is never deleted; record a correction that supersedes it'); END;
      CREATE TRIGGER evaluation_responses_same_subject BEFORE INSERT ON evaluation_responses
      WHEN NEW.supersedes_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM evaluation_responses o
        WHERE o.id = NEW.supersedes_id AND o.pairing_id = NEW.pairing_id AND o.period = NEW.period
          AND o.respondent_staff_id IS NEW.respondent_staff_id
      )
      BEGIN SELECT RAISE(ABORT, 'a correction must supersede a response of the same pairing, period and respondent'); END;

      CREATE TRIGGER evaluation_answers_no_update BEFORE UPDATE ON evaluation_answers
      BEGIN SELECT RAISE(ABORT, 'an answer is never edited; record a correction that supersedes its response'); END;
      CREATE TRIGGER evaluation_answers_no_delete BEFORE DELETE ON evaluation_answers
      BEGIN SELECT RAISE(ABORT, 'an answer is never deleted; record a correction that supersedes its response'); END;
    `);
    // Starter forms and the default plans of existing programs: see seedStarterForms below.
  },
};
