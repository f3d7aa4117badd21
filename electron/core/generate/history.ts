import { addDays, dayOf } from '../../../shared/dates';
import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { programInput } from '../../../shared/domain/programs';
import type { Db } from '../db/open';
import { write, type WriteContext, type WriteTx } from '../db/write';
import { cadenceDay } from '../meetings/calendar';
import { FIRST_NAMES, LAST_NAMES } from '../demo/names';
import { pick, seededRandom } from '../demo/random';
import { createProgram } from '../programs/service';

export interface GenerateOptions {
  staff: number;
  years: number;
  seed?: number;
}

export type GenerateCounts = Record<string, number>;

const UNITS = [
  'Cardiology',
  'ICU',
  'Emergency',
  'Maternity',
  'Oncology',
  'Neurology',
  'Surgery',
  'Pediatrics',
];
const ROLES = ['rn', 'rn', 'rn', 'lpn', 'cna', 'rt', 'pharmacist'];
const SHIFTS = ['day', 'evening', 'night', 'rotating'] as const;
const KINDS = ['residency', 'preceptorship', 'peer', 'leadership'] as const;
const MODES = ['in_person', 'video', 'phone'] as const;
const METHODS = ['observation', 'demonstration', 'simulation', 'verbal'] as const;
/** A little under one in ten staff leave each year. */
const YEARLY_LEAVING = 0.09;

interface Person {
  id: number;
  hire: string;
  end: string | null;
  level: number;
}

/**
 * A large facility's history for benchmarks and demos: staff hired and leaving over the years,
 * four programs with a cohort each per year, mentors and mentees enrolled, pairings through
 * their lifecycle (with transitions), meetings held or missed, goals with progress, sign-offs
 * and training. Programs go through their service; the many rows are written in one write per
 * year, each row with its audit event, so the trail is as whole as the app's own.
 */
export function generateHistory(ctx: WriteContext, options: GenerateOptions): GenerateCounts {
  const random = seededRandom(options.seed ?? 11);
  const today = dayOf(ctx.clock.now());
  const firstYear = Number(today.slice(0, 4)) - options.years + 1;
  const counts: GenerateCounts = {};
  const count = (what: string, n = 1): void => {
    counts[what] = (counts[what] ?? 0) + n;
  };
  const between = (from: string, days: number): string =>
    addDays(from, Math.floor(random() * days));

  const people = write(ctx, (tx) =>
    insertStaff(tx, options, firstYear, today, random, between, count),
  );
  const programs = KINDS.map((kind) =>
    createProgram(
      ctx,
      programInput.parse({
        ...PROGRAM_TEMPLATES[kind],
        name: `${PROGRAM_TEMPLATES[kind].name} (generated)`,
      }),
    ),
  );
  count('programs', programs.length);
  const competencies = ctx.db.prepare('SELECT id FROM competencies').pluck().all() as number[];
  const forms = evaluationForms(ctx.db);
  const plans = evaluationPlans(ctx.db);
  const modules = ctx.db.prepare('SELECT id FROM training_modules').pluck().all() as number[];

  for (let year = firstYear; year <= Number(today.slice(0, 4)); year += 1) {
    write(ctx, (tx) => {
      const s = statements(tx);
      const audit = (entity: string, id: number | bigint, after: unknown): void =>
        tx.audit({ entity, entityId: Number(id), action: 'create', before: null, after });
      programs.forEach((program, p) => {
        const start = `${year}-${String(1 + p * 3).padStart(2, '0')}-01`;
        if (start > today) return;
        const end = addDays(start, program.durationWeeks * 7);
        const code = `${KINDS[p]?.toUpperCase().slice(0, 4) ?? 'PROG'}-${year}`;
        const cohortId = s.cohort.run(
          program.id,
          code,
          `${program.name} ${year}`,
          start,
          end,
          tx.at,
          tx.at,
        ).lastInsertRowid;
        audit('cohort', cohortId, { code, startDate: start, endDate: end });
        count('cohorts');
        const employed = people.filter((x) => x.hire <= start && (x.end === null || x.end > start));
        const mentors = employed.filter((x) => x.level >= 3);
        const mentees = employed.filter((x) => x.level <= 2 && x.hire >= addDays(start, -730));
        const size = Math.max(2, Math.round(options.staff / 50));
        const chosenMentees = sample(random, mentees, size);
        const chosenMentors = sample(random, mentors, Math.ceil(chosenMentees.length / 2));
        if (chosenMentors.length === 0) return;
        const mentorEnrolments = chosenMentors.map((m) => {
          const id = s.enrol.run(
            cohortId,
            m.id,
            'mentor',
            2,
            null,
            '{"strengths":[]}',
            tx.at,
            tx.at,
          ).lastInsertRowid;
          audit('enrolment', id, { cohortId: Number(cohortId), staffId: m.id, role: 'mentor' });
          count('enrolments');
          if (modules.length > 0) {
            const done = s.training.run(
              m.id,
              pick(random, modules),
              between(addDays(start, -200), 180),
              null,
              ctx.actor.name,
              tx.at,
            ).lastInsertRowid;
            audit('training_completion', done, { staffId: m.id });
            count('training completions');
          }
          return { id: Number(id), staffId: m.id };
        });
        chosenMentees.forEach((mentee, i) => {
          const menteeEnrolment = s.enrol.run(
            cohortId,
            mentee.id,
            'mentee',
            null,
            '{"goals":"","competenciesWanted":[],"careerInterests":[],"preferredShift":null,"unitPreference":"any","languages":[],"preferences":""}',
            null,
            tx.at,
            tx.at,
          ).lastInsertRowid;
          audit('enrolment', menteeEnrolment, {
            cohortId: Number(cohortId),
            staffId: mentee.id,
            role: 'mentee',
          });
          count('enrolments');
          const mentor = mentorEnrolments[i % mentorEnrolments.length];
          if (!mentor) return;
          const pairingStart = between(start, 14);
          const leftEarly = mentee.end !== null && mentee.end < end;
          const roll = random();
          const status =
            pairingStart > today
              ? 'proposed'
              : roll < 0.04
                ? 'declined'
                : leftEarly || roll < 0.12
                  ? 'ended_early'
                  : end <= today
                    ? 'completed'
                    : roll < 0.18
                      ? 'paused'
                      : 'active';
          const started = status !== 'proposed' && status !== 'declined';
          const stop =
            status === 'completed'
              ? end
              : status === 'ended_early'
                ? leftEarly && mentee.end
                  ? mentee.end
                  : minDay(between(pairingStart, Math.max(1, program.durationWeeks * 3)), today)
                : null;
          const pairing = s.pairing.run(
            Number(cohortId),
            mentor.id,
            Number(menteeEnrolment),
            status,
            40 + Math.floor(random() * 60),
            '{}',
            'optimiser',
            started ? pairingStart : null,
            stop,
            status === 'ended_early' ? 'left the facility' : null,
            tx.at,
            tx.at,
          ).lastInsertRowid;
          audit('pairing', pairing, { status, startDate: started ? pairingStart : null });
          count('pairings');
          // Each transition on the day it happened, so a pairing's active time (meetings/calendar)
          // is its history, not the moment the generator ran.
          const pausedOn =
            status === 'paused'
              ? minDay(
                  maxDay(addDays(pairingStart, 1), addDays(today, -1 - Math.floor(random() * 40))),
                  today,
                )
              : null;
          const steps: [string | null, string, string][] = [
            [null, 'proposed', minDay(addDays(pairingStart, -7), today)],
          ];
          if (status === 'declined')
            steps.push(['proposed', 'declined', minDay(pairingStart, today)]);
          if (started) steps.push(['proposed', 'active', pairingStart]);
          if (started && status !== 'active')
            steps.push(['active', status, pausedOn ?? stop ?? today]);
          steps.forEach(([from, to, day], i) => {
            s.transition.run(
              pairing,
              from,
              to,
              `${day}T${String(8 + i).padStart(2, '0')}:00:00.000Z`,
              ctx.actor.name,
              null,
            );
            count('transitions');
          });
          if (!started) return;
          // Active until the pause, the end or today: a meeting a cadence step apart, held (a
          // day or two late at most, within its period) or marked missed or cancelled on its day.
          const last = pausedOn !== null ? addDays(pausedOn, -1) : minDay(stop ?? today, today);
          for (let k = 0; k < 5000; k += 1) {
            const day = cadenceDay(pairingStart, program.cadence, k);
            if (day > last) break;
            const held = random() < 0.85;
            const on = held ? minDay(addDays(day, Math.floor(random() * 3)), last) : day;
            const meeting = s.meeting.run(
              pairing,
              held ? 'held' : random() < 0.5 ? 'missed' : 'cancelled',
              on,
              held ? 30 + 15 * Math.floor(random() * 3) : null,
              held ? pick(random, MODES) : null,
              held ? null : 'shift clash',
              tx.at,
              tx.at,
            ).lastInsertRowid;
            audit('meeting', meeting, { pairingId: Number(pairing), date: on, held });
            count('meetings');
          }
          writeEvaluations(tx, s.evaluations, forms, plans.get(program.id) ?? [], {
            pairingId: Number(pairing),
            menteeId: mentee.id,
            mentorId: mentor.staffId,
            start: pairingStart,
            last,
            ended: status === 'completed' || status === 'ended_early',
            today,
            random,
            actor: ctx.actor.name,
            count,
            audit,
          });
          const due = addDays(pairingStart, 120);
          const goal = s.goal.run(
            pairing,
            'Independent patient load',
            'patients',
            'patients',
            1,
            4,
            pairingStart,
            due,
            tx.at,
            tx.at,
          ).lastInsertRowid;
          audit('goal', goal, { pairingId: Number(pairing) });
          count('goals');
          for (let k = 1; k <= 3; k += 1) {
            const day = addDays(pairingStart, 30 * k);
            if (day > last || day > today) break;
            const progress = s.progress.run(
              goal,
              day,
              1 + k,
              ctx.actor.name,
              tx.at,
            ).lastInsertRowid;
            audit('goal_progress', progress, { goalId: Number(goal), value: 1 + k });
            count('goal progress');
          }
          if (KINDS[p] === 'leadership' && (status === 'completed' || status === 'active')) {
            writeRating(tx, {
              staffId: mentee.id,
              raterId: mentor.staffId,
              ratedOn: minDay(addDays(pairingStart, 300), last),
              random,
              actor: ctx.actor.name,
              count,
            });
          }
          if (competencies.length > 0 && status === 'completed') {
            for (const competency of sample(random, competencies, 2)) {
              const signed = s.signOff.run(
                mentee.id,
                competency,
                3,
                mentor.staffId,
                between(addDays(end, -60), 60),
                pick(random, METHODS),
                tx.at,
                ctx.actor.name,
              ).lastInsertRowid;
              audit('sign_off', signed, { staffId: mentee.id, competencyId: competency });
              count('sign-offs');
            }
          }
        });
      });
    });
  }
  write(ctx, (tx) => writeSelfIdentified(tx, people, today, random, count));
  return counts;
}

const GENDERS = [
  'Female',
  'Female',
  'Female',
  'Female',
  'Female',
  'Female',
  'Male',
  'Male',
  'Male',
];
const RACES = [
  'White',
  'White',
  'White',
  'Black or African American',
  'Hispanic or Latino',
  'Asian',
  'Asian',
  'Two or more races',
  'American Indian or Alaska Native',
];
const AGE_BANDS_BY_LEVEL = [
  ['under 25', '25–34', '25–34'],
  ['25–34', '25–34', '35–44'],
  ['25–34', '35–44', '45–54'],
  ['35–44', '45–54', '55–64'],
  ['45–54', '55–64', '65 and over'],
] as const;

/**
 * Self-identified data for about two in three staff, each with the day they consented (on or
 * after hire), some fields left unanswered, so the access tables have groups large and small.
 * As the outcomes service does, the trail records that consent was given and which fields were
 * answered, never the values.
 */
function writeSelfIdentified(
  tx: WriteTx,
  people: readonly Person[],
  today: string,
  random: () => number,
  count: (what: string, n?: number) => void,
): void {
  const insert = tx.db.prepare(
    `INSERT INTO staff_demographics (staff_id, gender, race_ethnicity, age_band, first_generation,
       internationally_educated, consent_recorded_on, consent_recorded_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const person of people) {
    if (random() >= 0.65) continue;
    const answer = <T>(value: T): T | null => (random() < 0.93 ? value : null);
    const values = {
      gender: answer(random() < 0.02 ? 'Non-binary' : pick(random, GENDERS)),
      raceEthnicity: answer(pick(random, RACES)),
      ageBand: answer(pick(random, AGE_BANDS_BY_LEVEL[person.level - 1] ?? ['35–44'])),
      firstGeneration: answer(random() < 0.3),
      internationallyEducated: answer(random() < 0.15),
    };
    const day = minDay(maxDay(person.hire, addDays(today, -3650)), person.end ?? today);
    const bool = (b: boolean | null) => (b === null ? null : b ? 1 : 0);
    insert.run(
      person.id,
      values.gender,
      values.raceEthnicity,
      values.ageBand,
      bool(values.firstGeneration),
      bool(values.internationallyEducated),
      day,
      'generator',
      tx.at,
    );
    tx.audit({
      entity: 'staff_demographics',
      entityId: person.id,
      action: 'record_consent',
      before: null,
      after: {
        staffId: person.id,
        consentRecordedOn: day,
        fieldsAnswered: Object.entries(values)
          .filter(([, v]) => v !== null)
          .map(([k]) => k),
      },
    });
    count('with self-identified data');
  }
}

function insertStaff(
  tx: WriteTx,
  options: GenerateOptions,
  firstYear: number,
  today: string,
  random: () => number,
  between: (from: string, days: number) => string,
  count: (what: string, n?: number) => void,
): Person[] {
  const insert = tx.db.prepare(
    `INSERT INTO staff (employee_number, first_name, last_name, email, role, unit, job_level, hire_date, end_date, years_experience, shift, languages_json, interests_json, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '["English"]', '[]', ?, ?, ?)`,
  );
  const start = `${firstYear}-01-01`;
  const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000));
  const people: Person[] = [];
  for (let i = 0; i < options.staff; i += 1) {
    // Two in three were there at the start; the rest are hired over the years.
    const hire =
      random() < 0.66 ? between(addDays(start, -20 * 365), 20 * 365) : between(start, span);
    // Leaving is drawn over the generated years only (from the later of hire and the start).
    const since = hire > start ? hire : start;
    const yearsThere = (Date.parse(today) - Date.parse(since)) / (365 * 86_400_000);
    const leaves = random() < 1 - (1 - YEARLY_LEAVING) ** Math.max(0, yearsThere);
    const end = leaves ? between(since, Math.max(30, Math.round(yearsThere * 365))) : null;
    const level = 1 + Math.floor(random() * 5);
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const number = `G${String(i + 1).padStart(6, '0')}`;
    const left = end !== null && end <= today;
    const id = Number(
      insert.run(
        number,
        first,
        last,
        `${number.toLowerCase()}@generated.example`,
        pick(random, ROLES),
        pick(random, UNITS),
        level,
        hire,
        left ? end : null,
        level * 3,
        pick(random, SHIFTS),
        left ? 'left' : 'active',
        tx.at,
        tx.at,
      ).lastInsertRowid,
    );
    tx.audit({
      entity: 'staff',
      entityId: id,
      action: 'create',
      before: null,
      after: { employeeNumber: number, hireDate: hire, endDate: left ? end : null },
    });
    people.push({ id, hire, end: left ? end : null, level });
  }
  count('staff', people.length);
  count('leavers', people.filter((p) => p.end !== null).length);
  return people;
}

function statements(tx: WriteTx) {
  const p = (sql: string) => tx.db.prepare(sql);
  return {
    cohort: p(
      'INSERT INTO cohorts (program_id, code, name, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    enrol: p(
      'INSERT INTO enrolments (cohort_id, staff_id, role, capacity, intake_json, mentor_profile_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    pairing: p(
      'INSERT INTO pairings (cohort_id, mentor_enrolment_id, mentee_enrolment_id, status, score, breakdown_json, source, start_date, end_date, end_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    transition: p(
      'INSERT INTO pairing_transitions (pairing_id, from_status, to_status, at, actor, reason) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    meeting: p(
      'INSERT INTO meetings (pairing_id, status, date, duration_minutes, mode, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    goal: p(
      'INSERT INTO goals (pairing_id, title, metric, unit, baseline, target, start_date, due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    progress: p(
      'INSERT INTO goal_progress (goal_id, date, value, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)',
    ),
    signOff: p(
      'INSERT INTO competency_sign_offs (staff_id, competency_id, level, validator_id, signed_on, method, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    training: p(
      'INSERT INTO training_completions (staff_id, module_id, completed_on, evidence, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    evaluations: {
      response: p(
        `INSERT INTO evaluation_responses (form_version_id, pairing_id, period, respondent_staff_id,
           source, answered_on, score, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      answer: p(
        'INSERT INTO evaluation_answers (response_id, question_key, number_value) VALUES (?, ?, ?)',
      ),
    },
  };
}

type EvaluationStatements = ReturnType<typeof statements>['evaluations'];

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

// ---------------------------------------------------------------- succession

const TARGET_ROLES = ['Charge nurse', 'Nurse manager', 'Clinical educator', 'Unit director'];
const READINESS_WEIGHTS = ['ready_now', 'one_to_two_years', 'one_to_two_years', 'not_yet'];

/**
 * A leadership mentee's readiness rating by their mentor; about one in twenty is corrected
 * later (a new rating superseding it with a reason, as the app records corrections).
 */
function writeRating(
  tx: WriteTx,
  r: {
    staffId: number;
    raterId: number;
    ratedOn: string;
    random: () => number;
    actor: string;
    count: (what: string, n?: number) => void;
  },
): void {
  if (r.staffId === r.raterId) return;
  const insert = tx.db.prepare(
    `INSERT INTO succession_ratings (staff_id, readiness, target_role, rated_on, rater_id, note,
       supersedes_id, correction_reason, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const rate = (supersedesId: number | null, reason: string | null): number => {
    const readiness = pick(r.random, READINESS_WEIGHTS);
    const targetRole = pick(r.random, TARGET_ROLES);
    const id = Number(
      insert.run(
        r.staffId,
        readiness,
        targetRole,
        r.ratedOn,
        r.raterId,
        supersedesId,
        reason,
        tx.at,
        r.actor,
      ).lastInsertRowid,
    );
    tx.audit({
      entity: 'succession_rating',
      entityId: id,
      action: supersedesId === null ? 'rate' : 'correct',
      before: null,
      after: {
        staffId: r.staffId,
        readiness,
        targetRole,
        ratedOn: r.ratedOn,
        raterId: r.raterId,
        ...(supersedesId === null ? {} : { supersedes: supersedesId, reason }),
      },
    });
    r.count('readiness ratings');
    return id;
  };
  const first = rate(null, null);
  if (r.random() < 0.05) rate(first, 'rated against the wrong role profile');
}

// ---------------------------------------------------------------- evaluations

interface GeneratedForm {
  versionId: number;
  audience: 'mentee' | 'mentor' | 'educator';
  anonymity: 'named' | 'confidential';
  /** Questions answered with a number: Likert 1–5, 0–10 scales and yes/no. */
  questions: { key: string; kind: 'likert5' | 'scale10' | 'yes_no'; scored: boolean }[];
}

/** Each form's current version, with the questions the generator answers. */
function evaluationForms(db: Db): Map<number, GeneratedForm> {
  const rows = db
    .prepare(
      `SELECT v.id, v.form_id AS formId, v.audience, v.anonymity, v.sections_json AS sections
       FROM form_versions v
       WHERE v.version = (SELECT max(x.version) FROM form_versions x WHERE x.form_id = v.form_id)`,
    )
    .all() as {
    id: number;
    formId: number;
    audience: GeneratedForm['audience'];
    anonymity: GeneratedForm['anonymity'];
    sections: string;
  }[];
  const numeric = new Set(['likert5', 'scale10', 'yes_no']);
  return new Map(
    rows.map((r) => {
      const sections = JSON.parse(r.sections) as {
        questions: { key: string; kind: string; scored: boolean }[];
      }[];
      const questions = sections
        .flatMap((section) => section.questions)
        .filter((q) => numeric.has(q.kind)) as GeneratedForm['questions'];
      return [
        r.formId,
        { versionId: r.id, audience: r.audience, anonymity: r.anonymity, questions },
      ];
    }),
  );
}

/** Each program's evaluation plan: which form at which rule (quarterly, pulse, end). */
function evaluationPlans(db: Db): Map<number, { formId: number; rule: string }[]> {
  const rows = db
    .prepare('SELECT program_id AS programId, form_id AS formId, rule FROM program_evaluation_plan')
    .all() as { programId: number; formId: number; rule: string }[];
  const plans = new Map<number, { formId: number; rule: string }[]>();
  for (const r of rows) plans.set(r.programId, [...(plans.get(r.programId) ?? []), r]);
  return plans;
}

function quarterEnd(day: string): { period: string; end: string } {
  const year = Number(day.slice(0, 4));
  const quarter = Math.ceil(Number(day.slice(5, 7)) / 3);
  const endMonth = quarter * 3;
  const next =
    endMonth === 12 ? `${year + 1}-01-01` : `${year}-${String(endMonth + 1).padStart(2, '0')}-01`;
  return { period: `${year}-Q${quarter}`, end: addDays(next, -1) };
}

/**
 * The pairing's evaluations by its program's plan: each quarter it ran (answered in the
 * quarter's last weeks, or at the pause or end), the 30-day pulse and the end-of-pairing survey
 * once it ended. Mentee and mentor answer their own forms (a confidential form keeps who
 * answered for educators, as the app does); about one in four is entered from paper. Scores
 * follow how well the pairing goes, with each person's own spread, on the forms' 0–100 scale.
 */
function writeEvaluations(
  tx: WriteTx,
  s: EvaluationStatements,
  forms: ReadonlyMap<number, GeneratedForm>,
  plan: readonly { formId: number; rule: string }[],
  p: {
    pairingId: number;
    menteeId: number;
    mentorId: number;
    start: string;
    last: string;
    ended: boolean;
    today: string;
    random: () => number;
    actor: string;
    count: (what: string, n?: number) => void;
    audit: (entity: string, id: number | bigint, after: unknown) => void;
  },
): void {
  const { random } = p;
  const quality = 0.45 + 0.5 * random();
  const respond = (form: GeneratedForm, period: string, on: string): void => {
    const respondent =
      form.audience === 'mentee' ? p.menteeId : form.audience === 'mentor' ? p.mentorId : null;
    if (respondent === null || on < p.start || on > p.today) return;
    // Not everyone answers every time.
    if (random() < 0.15) return;
    const answers = form.questions.map((q) => {
      const leaning = Math.min(1, Math.max(0, quality + (random() - 0.5) * 0.5));
      const value =
        q.kind === 'likert5'
          ? 1 + Math.round(leaning * 4)
          : q.kind === 'scale10'
            ? Math.round(leaning * 10)
            : random() < quality
              ? 1
              : 0;
      return { ...q, value };
    });
    const points = answers
      .filter((a) => a.scored && a.kind !== 'yes_no')
      .map((a) => (a.kind === 'likert5' ? (a.value - 1) * 25 : a.value * 10));
    const score =
      points.length === 0
        ? null
        : Math.round((points.reduce((sum, v) => sum + v, 0) / points.length) * 10) / 10;
    const source = random() < 0.25 ? 'paper' : 'respondent';
    const id = s.response.run(
      form.versionId,
      p.pairingId,
      period,
      respondent,
      source,
      on,
      score,
      tx.at,
      p.actor,
    ).lastInsertRowid;
    for (const a of answers) s.answer.run(id, a.key, a.value);
    // As the app's trail: who answered is kept even for a confidential form (educators see it).
    p.audit('evaluation_response', id, {
      pairingId: p.pairingId,
      period,
      respondentStaffId: respondent,
      source,
      answeredOn: on,
      score,
      confidential: form.anonymity === 'confidential',
    });
    p.count('evaluation responses');
  };

  for (const { formId, rule } of plan) {
    const form = forms.get(formId);
    if (!form) continue;
    if (rule === 'quarterly') {
      for (let day = p.start; day <= p.last;) {
        const q = quarterEnd(day);
        const on = minDay(addDays(q.end, -Math.floor(random() * 20)), p.last);
        respond(form, q.period, maxDay(on, day));
        day = addDays(q.end, 1);
      }
    } else if (rule === 'pulse') {
      const on = addDays(p.start, 30);
      if (on <= p.last) respond(form, 'day-30', on);
    } else if (rule === 'end' && p.ended) {
      respond(form, 'end', p.last);
    }
  }
}

/** `n` distinct items chosen at random (all of them when there are fewer). */
function sample<T>(random: () => number, items: readonly T[], n: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) {
    const index = Math.floor(random() * copy.length);
    const [item] = copy.splice(index, 1);
    if (item !== undefined) out.push(item);
  }
  return out;
}
