import type { Database } from 'better-sqlite3';
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
    seedStarterForms(db);
    seedProgramPlans(db);
  },
};

/**
 * The starter forms' ids: inserted with these ids by this migration (the forms table is new in
 * it, so they are free), so a new program's default plan can name them (evaluations/plan.ts).
 */
export const STARTER_FORM_IDS = {
  menteeQuarterly: 1,
  mentorQuarterly: 2,
  pulse: 3,
  exit: 4,
  program: 5,
} as const;

// The seed is written out here, not imported, so this migration stays what it was when it
// landed even when the forms module changes.
interface SeedQuestion {
  key: string;
  text: string;
  kind: 'likert5' | 'scale10' | 'yes_no' | 'single_choice' | 'multiple_choice' | 'text';
  required: boolean;
  scored: boolean;
  labels?: string[];
  options?: string[];
}
interface SeedForm {
  id: number;
  name: string;
  audience: 'mentee' | 'mentor' | 'educator';
  purpose: 'intake' | 'pulse' | 'quarterly' | 'exit' | 'program';
  anonymity: 'named' | 'confidential';
  introduction: string;
  sections: { title: string; questions: SeedQuestion[] }[];
}

const likert = (key: string, text: string, required = true): SeedQuestion => ({
  key,
  text,
  kind: 'likert5',
  required,
  scored: true,
});
const scale = (key: string, text: string, required = true): SeedQuestion => ({
  key,
  text,
  kind: 'scale10',
  required,
  scored: true,
});
const yesNo = (key: string, text: string, required = true): SeedQuestion => ({
  key,
  text,
  kind: 'yes_no',
  required,
  scored: false,
});
const choice = (
  kind: 'single_choice' | 'multiple_choice',
  key: string,
  text: string,
  options: string[],
  required = false,
): SeedQuestion => ({ key, text, kind, required, scored: false, options });
const comments = (key: string, text: string): SeedQuestion => ({
  key,
  text,
  kind: 'text',
  required: false,
  scored: false,
});
const FREQUENCY = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];

const STARTER_FORMS: SeedForm[] = [
  {
    id: STARTER_FORM_IDS.menteeQuarterly,
    name: 'Quarterly mentee evaluation of the mentorship',
    audience: 'mentee',
    purpose: 'quarterly',
    anonymity: 'confidential',
    introduction:
      'Think back over this quarter with your mentor. There are no right answers: the education team uses them to support you and to improve the program.',
    sections: [
      {
        title: 'Support',
        questions: [
          {
            ...likert('support_1', 'How often was your mentor available when you needed guidance?'),
            labels: FREQUENCY,
          },
          likert(
            'support_2',
            'I felt safe asking my mentor questions, even ones I thought were basic.',
          ),
        ],
      },
      {
        title: 'Confidence and skills',
        questions: [
          likert(
            'confidence_1',
            'I am more confident in my practice than at the start of the quarter.',
          ),
          likert('skills_1', 'My mentor helped me practise the skills I set out to learn.'),
        ],
      },
      {
        title: 'Communication',
        questions: [
          likert('communication_1', 'Our conversations gave me feedback I could act on.'),
          yesNo('met_as_planned', 'Did you meet as often as you had planned?'),
        ],
      },
      {
        title: 'Stress and workload',
        questions: [likert('workload_1', 'My workload this quarter felt manageable.', false)],
      },
      {
        title: 'Overall',
        questions: [
          scale(
            'overall',
            'How likely are you to recommend this mentorship to a colleague starting in your role? (0 not at all, 10 certainly)',
          ),
          choice('single_choice', 'next_quarter', 'What would help most next quarter?', [
            'More time together',
            'More hands-on practice',
            'More feedback after shifts',
            'It works well as it is',
          ]),
          comments('comments', 'What has worked well, and what could be better?'),
        ],
      },
    ],
  },
  {
    id: STARTER_FORM_IDS.mentorQuarterly,
    name: "Quarterly mentor evaluation of the mentee's progress",
    audience: 'mentor',
    purpose: 'quarterly',
    anonymity: 'named',
    introduction:
      'Rate what you observed this quarter. Your mentee may read this evaluation, and it is printed with your name in the quarterly packet.',
    sections: [
      {
        title: 'Clinical progress',
        questions: [
          likert('skills', 'Performs routine skills safely without prompting.'),
          likert('judgement', 'Recognises a deteriorating patient and escalates in time.'),
          likert('organisation', 'Organises a full assignment and finishes on time.'),
        ],
      },
      {
        title: 'Professional practice',
        questions: [
          likert('communication', 'Communicates clearly in handover and with the team.'),
          likert('feedback', 'Seeks feedback and acts on it.'),
        ],
      },
      {
        title: 'Overall',
        questions: [
          choice(
            'single_choice',
            'readiness',
            'Compared with what you expect at this point, the mentee is:',
            ['Ahead of expectations', 'On track', 'In need of more support', 'A serious concern'],
            true,
          ),
          scale('overall', 'Overall progress this quarter (0 none, 10 excellent)'),
          choice('multiple_choice', 'focus', 'Focus for next quarter', [
            'Clinical skills',
            'Prioritising and time management',
            'Communication and handover',
            'Documentation',
            'Confidence and independence',
          ]),
          comments('comments', 'Strengths, and what to work on next'),
        ],
      },
    ],
  },
  {
    id: STARTER_FORM_IDS.pulse,
    name: '30-day pulse',
    audience: 'mentee',
    purpose: 'pulse',
    anonymity: 'confidential',
    introduction: 'Five short questions on how things are going. It takes two minutes.',
    sections: [
      {
        title: 'How it is going',
        questions: [
          likert('settling', 'I am settling in well on my unit.'),
          yesNo('met_recently', 'Have you met your mentor in the last two weeks?'),
          scale(
            'workload',
            'How manageable has your workload been lately? (0 not at all, 10 completely)',
            false,
          ),
          choice('multiple_choice', 'help_now', 'What would help right now?', [
            'More time with my mentor',
            'Help with a specific skill',
            'Help with my schedule',
            'Someone to talk to about stress',
            'Nothing right now',
          ]),
          comments('comments', 'Anything else you want the education team to know?'),
        ],
      },
    ],
  },
  {
    id: STARTER_FORM_IDS.exit,
    name: 'Exit survey',
    audience: 'mentee',
    purpose: 'exit',
    anonymity: 'confidential',
    introduction:
      'Your mentorship has ended. Tell us what it gave you and what we should change for the next cohort.',
    sections: [
      {
        title: 'Your mentorship',
        questions: [
          likert('goals_met', 'The mentorship helped me reach the goals I set at the start.'),
          likert('supported', 'I felt supported throughout.'),
          likert('prepared', 'I feel prepared to practise independently.', false),
        ],
      },
      {
        title: 'Looking ahead',
        questions: [
          choice(
            'single_choice',
            'staying',
            'Do you plan to stay at the facility for the next year?',
            ['Yes', 'Probably', 'Unsure', 'Probably not', 'No'],
            true,
          ),
          yesNo('mentor_later', 'Would you like to mentor a colleague yourself one day?', false),
          scale(
            'recommend',
            'How likely are you to recommend the program to a new colleague? (0 not at all, 10 certainly)',
          ),
          comments('most_valuable', 'What was the most valuable part of the program?'),
          comments('change', 'What should we change for the next cohort?'),
        ],
      },
    ],
  },
  {
    id: STARTER_FORM_IDS.program,
    name: 'Program evaluation',
    audience: 'mentee',
    purpose: 'program',
    anonymity: 'confidential',
    introduction:
      'About the program as a whole rather than your mentor: support, confidence and skills, communication, stress and workload, and your satisfaction at work.',
    sections: [
      {
        title: 'Support',
        questions: [
          likert('support_access', 'I knew whom to ask for help on every shift.'),
          likert('support_mentor', 'My mentor made time for me even on busy days.'),
        ],
      },
      {
        title: 'Confidence and skills',
        questions: [
          likert('confidence', 'I feel confident caring for the patients typical of my unit.'),
          likert('skills', 'The program gave me enough practice of the skills I needed.'),
        ],
      },
      {
        title: 'Communication',
        questions: [
          likert('communication_team', 'I can raise a concern with the team and be heard.'),
          likert('communication_program', 'The education team kept me informed about the program.'),
        ],
      },
      {
        title: 'Stress and workload',
        questions: [
          {
            ...likert('breaks', 'How often could you take your breaks and finish on time?'),
            labels: FREQUENCY,
          },
          scale(
            'stress',
            'How well have you been able to manage work-related stress? (0 not at all, 10 very well)',
          ),
        ],
      },
      {
        title: 'Professional satisfaction',
        questions: [
          likert('satisfaction', 'I am satisfied with my work as a professional.'),
          yesNo('career_here', 'Can you see yourself growing your career here?'),
          choice('multiple_choice', 'helped_most', 'Which parts of the program helped you most?', [
            'One-to-one meetings',
            'Simulation sessions',
            'Classroom days',
            'Peer support group',
            'Shadowing other units',
          ]),
          comments('comments', 'Comments on the program'),
        ],
      },
    ],
  },
];

function seedStarterForms(db: Database): void {
  const form = db.prepare(
    "INSERT INTO forms (id, origin, created_at, updated_at) VALUES (?, 'starter', ?, ?)",
  );
  const version = db.prepare(
    `INSERT INTO form_versions (form_id, version, name, audience, purpose, anonymity,
       introduction, sections_json, created_at, created_by)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 'Tandem')`,
  );
  const at = new Date().toISOString();
  for (const f of STARTER_FORMS) {
    form.run(f.id, at, at);
    version.run(
      f.id,
      f.name,
      f.audience,
      f.purpose,
      f.anonymity,
      f.introduction,
      JSON.stringify(f.sections),
      at,
    );
  }
}

/**
 * Each existing program's plan from its evaluation schedule. Every program gets the 30-day
 * pulse (rule pulse) and the exit survey (rule end); quarterly programs also get the quarterly
 * pair (mentee and mentor forms, rule quarterly). Monthly, midpoint-and-end and end-only
 * schedules have no starter form of their own: they get the pulse and the exit survey, which
 * an educator can change on the program's plan. The program evaluation form is in no default
 * plan: it is for a facility to add where it wants one.
 */
function seedProgramPlans(db: Database): void {
  const programs = db.prepare('SELECT id, evaluation_schedule FROM programs ORDER BY id').all() as {
    id: number;
    evaluation_schedule: string;
  }[];
  const insert = db.prepare(
    'INSERT INTO program_evaluation_plan (program_id, form_id, rule) VALUES (?, ?, ?)',
  );
  for (const p of programs) {
    if (p.evaluation_schedule === 'quarterly') {
      insert.run(p.id, STARTER_FORM_IDS.menteeQuarterly, 'quarterly');
      insert.run(p.id, STARTER_FORM_IDS.mentorQuarterly, 'quarterly');
    }
    insert.run(p.id, STARTER_FORM_IDS.pulse, 'pulse');
    insert.run(p.id, STARTER_FORM_IDS.exit, 'end');
  }
}
