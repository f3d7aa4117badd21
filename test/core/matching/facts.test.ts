import { describe, expect, it, vi } from 'vitest';
import {
  correctionInput,
  signOffInput,
  type SignOffInput,
} from '../../../shared/domain/competencies';
import type { MentorFacts } from '../../../shared/domain/matching';
import { listCompetencies } from '../../../electron/core/competencies/catalogue';
import { correctSignOff, recordSignOff } from '../../../electron/core/competencies/signoffs';
import { loadCohortFacts } from '../../../electron/core/matching/facts';
import { createScorer } from '../../../electron/core/matching/score';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

const TODAY = '2026-11-23';

/** A cohort whose one mentee wants IV insertion, and mentors signed off at different levels. */
function setUp() {
  const ctx = testDb();
  const { cohort } = setUpCohort(ctx);
  const competencyId = (name: string) => {
    const found = listCompetencies(ctx.db).find((c) => c.name === name);
    if (!found) throw new Error(`${name} is not in the starter catalogue`);
    return found.id;
  };
  const validator = addStaff(ctx, 'Elena-Educator', { yearsExperience: 20, jobLevel: 5 });
  const signOff = (staffId: number, level: number, fields: Partial<SignOffInput> = {}) =>
    recordSignOff(
      ctx,
      signOffInput.parse({
        staffId,
        competencyId: competencyId('IV insertion'),
        level,
        validatorId: validator.id,
        date: '2026-09-01',
        method: 'observation',
        ...fields,
      }),
    );
  const nia = addStaff(ctx, 'Nia-New', { yearsExperience: 0 });
  enrolMentee(ctx, cohort.id, nia.id, { competenciesWanted: ['IV insertion'] });
  const mentor = (employeeNumber: string) => {
    const staff = addStaff(ctx, employeeNumber, { yearsExperience: 10 });
    enrolMentor(ctx, cohort.id, staff.id);
    return staff;
  };
  return { ctx, cohort, competencyId, validator, signOff, mentor };
}

function competencyFits(ctx: ReturnType<typeof testDb>, cohortId: number) {
  const facts = loadCohortFacts(ctx.db, cohortId, TODAY);
  const [mentee] = facts.mentees;
  if (!mentee) throw new Error('mentee missing');
  const scorer = createScorer(facts.program.matching);
  const fitOf = (m: MentorFacts) =>
    scorer(mentee, m).factors.find((f) => f.factor === 'competency')?.fit;
  return new Map(facts.mentors.map((m) => [m.displayName, { facts: m, fit: fitOf(m) }]));
}

describe('cohort facts for matching', () => {
  it('gives each mentor their signed-off levels, so an expert fits a wanted competency better than a novice or someone never signed off', () => {
    const { ctx, cohort, competencyId, signOff, mentor } = setUp();
    const exa = mentor('Exa-Expert');
    const nov = mentor('Nov-Novice');
    mentor('Nob-Nosignoff');
    signOff(exa.id, 5);
    signOff(exa.id, 4, { competencyId: competencyId('Wound care') });
    signOff(nov.id, 1);

    const fits = competencyFits(ctx, cohort.id);
    expect(fits.get('Exa Expert')?.facts.competencyLevels).toEqual({
      'IV insertion': 5,
      'Wound care': 4,
    });
    expect(fits.get('Nov Novice')?.facts.competencyLevels).toEqual({ 'IV insertion': 1 });
    expect(fits.get('Nob Nosignoff')?.facts.competencyLevels).toEqual({});
    expect(fits.get('Exa Expert')?.fit).toBe(1);
    expect(fits.get('Nov Novice')?.fit).toBe(0);
    expect(fits.get('Nob Nosignoff')?.fit).toBe(0);
  });

  it('counts only the current sign-off: one superseded by a correction no longer counts', () => {
    const { ctx, cohort, validator, signOff, mentor } = setUp();
    const cor = mentor('Cor-Corrected');
    const original = signOff(cor.id, 5);
    expect(competencyFits(ctx, cohort.id).get('Cor Corrected')?.fit).toBe(1);

    correctSignOff(
      ctx,
      correctionInput.parse({
        signOffId: original.id,
        level: 1,
        validatorId: validator.id,
        date: '2026-09-01',
        method: 'observation',
        reason: 'Entered expert instead of novice',
      }),
    );
    const after = competencyFits(ctx, cohort.id).get('Cor Corrected');
    expect(after?.facts.competencyLevels).toEqual({ 'IV insertion': 1 });
    expect(after?.fit).toBe(0);
  });

  it('reads the levels of every mentor in the cohort with one query', () => {
    const { ctx, cohort, signOff, mentor } = setUp();
    for (const name of ['Ama-One', 'Bo-Two', 'Cy-Three', 'Di-Four']) signOff(mentor(name).id, 3);
    const prepare = vi.spyOn(ctx.db, 'prepare');
    const facts = loadCohortFacts(ctx.db, cohort.id, TODAY);
    const signOffQueries = prepare.mock.calls.filter(([sql]) =>
      sql.includes('competency_sign_offs'),
    );
    prepare.mockRestore();
    expect(facts.mentors.map((m) => m.competencyLevels)).toEqual(
      Array.from({ length: 4 }, () => ({ 'IV insertion': 3 })),
    );
    expect(signOffQueries).toHaveLength(1);
  });
});
