import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formInput } from '../../../shared/domain/evaluations';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase, schemaVersion } from '../../../electron/core/db/open';
import { tempDir } from '../../helpers/db';

function programRow(name: string, schedule: string) {
  return {
    name,
    kind: 'residency',
    format: 'one_to_one',
    cadence: 'weekly',
    duration_weeks: 52,
    default_capacity: 2,
    evaluation_schedule: schedule,
    matching_json: '{}',
    at: '2026-01-05T10:00:00.000Z',
  };
}

/** A facility at schema 6 (before evaluations) with two programs, then opened by this Tandem. */
function migratedFrom6() {
  const path = join(tempDir(), 'v6.sqlite');
  const old = openDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 6) });
  expect(schemaVersion(old)).toBe(6);
  const insert = old.prepare(
    `INSERT INTO programs (name, kind, format, cadence, duration_weeks, default_capacity,
       evaluation_schedule, matching_json, created_at, updated_at)
     VALUES (@name, @kind, @format, @cadence, @duration_weeks, @default_capacity,
       @evaluation_schedule, @matching_json, @at, @at)`,
  );
  insert.run(programRow('Residency', 'quarterly'));
  insert.run(programRow('Cross-training', 'end_only'));
  old.close();
  return openDatabase(path);
}

const planOf = (db: ReturnType<typeof openDatabase>, program: string) =>
  db
    .prepare(
      `SELECT v.name, pl.rule FROM program_evaluation_plan pl
       JOIN programs p ON p.id = pl.program_id JOIN form_versions v ON v.form_id = pl.form_id
       WHERE p.name = ? ORDER BY pl.rule, v.name`,
    )
    .all(program);

describe('migration 007: evaluations', () => {
  it('gives a version-6 facility the five starter forms and each program its plan', () => {
    const db = migratedFrom6();
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const forms = db
      .prepare(
        `SELECT f.origin, v.version, v.name, v.audience, v.purpose, v.anonymity, v.created_by
         FROM forms f JOIN form_versions v ON v.form_id = f.id ORDER BY f.id`,
      )
      .all();
    expect(forms).toEqual([
      expect.objectContaining({
        name: 'Quarterly mentee evaluation of the mentorship',
        audience: 'mentee',
        purpose: 'quarterly',
        anonymity: 'confidential',
      }),
      expect.objectContaining({
        name: "Quarterly mentor evaluation of the mentee's progress",
        audience: 'mentor',
        purpose: 'quarterly',
        anonymity: 'named',
      }),
      expect.objectContaining({
        name: '30-day pulse',
        purpose: 'pulse',
        anonymity: 'confidential',
      }),
      expect.objectContaining({ name: 'Exit survey', purpose: 'exit', audience: 'mentee' }),
      expect.objectContaining({ name: 'Program evaluation', purpose: 'program' }),
    ]);
    for (const f of forms)
      expect(f).toMatchObject({ origin: 'starter', version: 1, created_by: 'Tandem' });

    expect(planOf(db, 'Residency')).toEqual([
      { name: 'Exit survey', rule: 'end' },
      { name: '30-day pulse', rule: 'pulse' },
      { name: 'Quarterly mentee evaluation of the mentorship', rule: 'quarterly' },
      { name: "Quarterly mentor evaluation of the mentee's progress", rule: 'quarterly' },
    ]);
    // Schedules other than quarterly get the pulse and the exit survey only.
    expect(planOf(db, 'Cross-training')).toEqual([
      { name: 'Exit survey', rule: 'end' },
      { name: '30-day pulse', rule: 'pulse' },
    ]);
    db.close();
  });

  it('seeds forms that an educator could have written: valid input, mixed kinds, scored scales', () => {
    const db = migratedFrom6();
    const versions = db
      .prepare(
        'SELECT name, audience, purpose, anonymity, introduction, sections_json FROM form_versions',
      )
      .all() as {
      name: string;
      audience: string;
      purpose: string;
      anonymity: string;
      introduction: string;
      sections_json: string;
    }[];
    const kinds = new Set<string>();
    for (const v of versions) {
      const parsed = formInput.parse({ ...v, sections: JSON.parse(v.sections_json) as unknown });
      const questions = parsed.sections.flatMap((s) => s.questions);
      expect(new Set(questions.map((q) => q.key)).size, v.name).toBe(questions.length);
      expect(
        questions.some((q) => q.scored),
        v.name,
      ).toBe(true);
      expect(
        questions.some((q) => q.required),
        v.name,
      ).toBe(true);
      for (const q of questions) {
        kinds.add(q.kind);
        if (q.scored) expect(['likert5', 'scale10']).toContain(q.kind);
        if (q.kind.endsWith('_choice')) expect(q.options?.length).toBeGreaterThanOrEqual(2);
      }
    }
    expect([...kinds].sort()).toEqual(
      ['likert5', 'multiple_choice', 'scale10', 'single_choice', 'text', 'yes_no'].sort(),
    );
    const program = versions.find((v) => v.name === 'Program evaluation');
    const titles = (JSON.parse(program?.sections_json ?? '[]') as { title: string }[]).map(
      (s) => s.title,
    );
    expect(titles).toEqual([
      'Support',
      'Confidence and skills',
      'Communication',
      'Stress and workload',
      'Professional satisfaction',
    ]);
    db.close();
  });
});
