import { describe, expect, it } from 'vitest';
import { competencyInput, signOffInput } from '../../../shared/domain/competencies';
import { TandemError } from '../../../shared/result';
import {
  createCompetency,
  listCompetencies,
  updateCompetency,
} from '../../../electron/core/competencies/catalogue';
import { competencyHistory } from '../../../electron/core/competencies/person';
import { recordSignOff } from '../../../electron/core/competencies/signoffs';
import { DEMO_COMPETENCIES } from '../../../electron/core/demo/programs';
import { addStaff } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

const auditCount = (ctx: ReturnType<typeof testDb>) =>
  (ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;

describe('the competency catalogue', () => {
  it('starts with a starter set for nursing, phlebotomy and the laboratory', () => {
    const ctx = testDb();
    const catalogue = listCompetencies(ctx.db);
    const names = catalogue.map((c) => c.name);
    // The demo's strengths and intake wishes are catalogue names, so matching finds them.
    for (const name of DEMO_COMPETENCIES) expect(names).toContain(name);
    for (const name of [
      'Pediatric draws',
      'Blood culture collection',
      'Quality control (QC)',
      'Analyser maintenance',
    ]) {
      expect(names).toContain(name);
    }
    const byName = (name: string) => catalogue.find((c) => c.name === name);
    expect(byName('Venipuncture')?.disciplines).toContain('phlebotomist');
    expect(byName('Analyser maintenance')?.disciplines).toEqual([
      'lab_scientist',
      'lab_technician',
    ]);
    expect(byName('Telemetry monitoring')).toMatchObject({
      category: 'Assessment',
      disciplines: ['rn'],
      origin: 'starter',
      signOffCount: 0,
    });
  });

  it('adds an entry with an audit event; disciplines are kept in the directory’s order without repeats', () => {
    const ctx = testDb();
    const before = auditCount(ctx);
    const created = createCompetency(
      ctx,
      competencyInput.parse({
        name: '  Arterial blood gas draw ',
        category: 'Specimen collection',
        disciplines: ['rn', 'phlebotomist', 'rn'],
      }),
    );
    expect(created).toMatchObject({
      name: 'Arterial blood gas draw',
      disciplines: ['rn', 'phlebotomist'],
      description: null,
      origin: 'facility',
    });
    expect(auditCount(ctx)).toBe(before + 1);
  });

  it('refuses a name already in the catalogue, whatever its case, naming the field; nothing changes', () => {
    const ctx = testDb();
    const before = { audit: auditCount(ctx), rows: listCompetencies(ctx.db) };
    let error: unknown;
    try {
      createCompetency(
        ctx,
        competencyInput.parse({
          name: 'iv INSERTION',
          category: 'Clinical skills',
          disciplines: ['rn'],
        }),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TandemError);
    expect((error as TandemError).code).toBe('conflict');
    expect((error as TandemError).message).toBe(
      'The catalogue already has a competency called "IV insertion".',
    );
    expect((error as TandemError).details?.problems?.[0]).toMatchObject({ field: 'name' });
    expect({ audit: auditCount(ctx), rows: listCompetencies(ctx.db) }).toEqual(before);
  });

  it('needs a name, a category and at least one discipline', () => {
    const parsed = competencyInput.safeParse({ name: ' ', category: '', disciplines: [] });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'a name is required'],
      ['category', 'a category is required'],
      ['disciplines', 'choose at least one discipline'],
    ]);
  });

  it('edits an entry; its sign-offs follow a rename', () => {
    const ctx = testDb();
    const nurse = addStaff(ctx, 'Nico-Newgrad');
    const preceptor = addStaff(ctx, 'Maya-Preceptor');
    const wound = listCompetencies(ctx.db).find((c) => c.name === 'Wound care');
    if (!wound) throw new Error('Wound care missing');
    recordSignOff(
      ctx,
      signOffInput.parse({
        staffId: nurse.id,
        competencyId: wound.id,
        level: 2,
        validatorId: preceptor.id,
        date: '2026-10-01',
        method: 'observation',
      }),
    );
    const renamed = updateCompetency(
      ctx,
      wound.id,
      competencyInput.parse({
        name: 'Wound care and dressings',
        category: 'Clinical skills',
        disciplines: ['rn', 'lpn', 'cna'],
      }),
    );
    expect(renamed).toMatchObject({
      name: 'Wound care and dressings',
      disciplines: ['rn', 'lpn', 'cna'],
      signOffCount: 1,
    });
    expect(competencyHistory(ctx.db, nurse.id, wound.id).signOffs[0]?.competencyName).toBe(
      'Wound care and dressings',
    );
    const event = ctx.db
      .prepare(
        "SELECT before_json FROM audit_events WHERE entity = 'competency' AND action = 'update'",
      )
      .get() as { before_json: string };
    expect(JSON.parse(event.before_json)).toMatchObject({ name: 'Wound care' });
    // Saving without a change records nothing.
    const events = auditCount(ctx);
    updateCompetency(
      ctx,
      wound.id,
      competencyInput.parse({
        name: 'Wound care and dressings',
        category: 'Clinical skills',
        disciplines: ['cna', 'lpn', 'rn'],
      }),
    );
    expect(auditCount(ctx)).toBe(events);
  });
});
