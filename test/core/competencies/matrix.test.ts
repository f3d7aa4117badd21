import { describe, expect, it } from 'vitest';
import {
  correctionInput,
  signOffInput,
  type SignOffInput,
} from '../../../shared/domain/competencies';
import { listCompetencies } from '../../../electron/core/competencies/catalogue';
import { cohortMatrix } from '../../../electron/core/competencies/matrix';
import { personCompetencies } from '../../../electron/core/competencies/person';
import { median, standingOf } from '../../../electron/core/competencies/progress';
import { correctSignOff, recordSignOff } from '../../../electron/core/competencies/signoffs';
import { withdraw } from '../../../electron/core/enrolments/service';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

describe('time from first sign-off to competent', () => {
  it('counts days from the first sign-off to the first at competent or above', () => {
    const standing = standingOf([
      { id: 3, level: 3, date: '2026-11-02' },
      { id: 1, level: 1, date: '2026-09-01' },
      { id: 2, level: 2, date: '2026-10-01' },
      { id: 4, level: 4, date: '2026-11-20' },
    ]);
    expect(standing.progress).toEqual({
      status: 'reached',
      firstDate: '2026-09-01',
      competentDate: '2026-11-02',
      days: 62,
    });
    expect(standing.current).toEqual({ level: 4, date: '2026-11-20', signOffId: 4 });
  });

  it('says "not yet" below competent, and measures nothing for someone first signed off at competent', () => {
    expect(standingOf([{ id: 1, level: 2, date: '2026-10-01' }]).progress).toEqual({
      status: 'not_yet',
      firstDate: '2026-10-01',
    });
    expect(standingOf([{ id: 1, level: 4, date: '2026-10-01' }]).progress).toEqual({
      status: 'started_competent',
      firstDate: '2026-10-01',
    });
    expect(standingOf([])).toEqual({ current: null, progress: null });
  });

  it('on the same day, the sign-off recorded last is the current one', () => {
    expect(
      standingOf([
        { id: 8, level: 3, date: '2026-10-01' },
        { id: 5, level: 2, date: '2026-10-01' },
      ]).current?.signOffId,
    ).toBe(8);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([])).toBeNull();
  });
});

function cohortWithSignOffs() {
  const ctx = testDb();
  const { cohort } = setUpCohort(ctx);
  const ana = addStaff(ctx, 'Ana-Adams', { yearsExperience: 0, jobLevel: 1 });
  const ben = addStaff(ctx, 'Ben-Brown', { yearsExperience: 1, jobLevel: 1 });
  const cal = addStaff(ctx, 'Cal-Cole', { yearsExperience: 0, jobLevel: 1 });
  const maya = addStaff(ctx, 'Maya-Mentor', { yearsExperience: 12, jobLevel: 4 });
  const phleb = addStaff(ctx, 'Pat-Phleb', {
    role: 'phlebotomist',
    yearsExperience: 0,
    jobLevel: 1,
  });
  const outsider = addStaff(ctx, 'Olga-Outside', { yearsExperience: 3 });
  enrolMentor(ctx, cohort.id, maya.id);
  const calEnrolment = enrolMentee(ctx, cohort.id, cal.id);
  for (const s of [ana, ben]) enrolMentee(ctx, cohort.id, s.id);
  const byName = new Map(listCompetencies(ctx.db).map((c) => [c.name, c.id]));
  const id = (name: string) => byName.get(name) ?? 0;
  const sign = (
    staffId: number,
    name: string,
    level: number,
    date: string,
    extra: Partial<SignOffInput> = {},
  ) =>
    recordSignOff(
      ctx,
      signOffInput.parse({
        staffId,
        competencyId: id(name),
        level,
        validatorId: maya.id,
        date,
        method: 'observation',
        ...extra,
      }),
    );
  return { ctx, cohort, ana, ben, cal, maya, phleb, outsider, calEnrolment, id, sign };
}

describe('the competency matrix of a cohort', () => {
  it('lists mentees then mentors against the competencies of their disciplines, with current levels', () => {
    const { ctx, cohort, ana, maya, phleb, outsider, id, sign } = cohortWithSignOffs();
    sign(ana.id, 'IV insertion', 1, '2026-09-01');
    sign(ana.id, 'IV insertion', 3, '2026-10-11');
    sign(maya.id, 'IV insertion', 5, '2026-01-15', { validatorId: ana.id });
    // Signed off but not in the cohort: neither a row nor (for the phlebotomist's draw) a column.
    sign(outsider.id, 'Telemetry monitoring', 4, '2026-05-01');
    sign(phleb.id, 'Capillary puncture', 2, '2026-10-01');
    const matrix = cohortMatrix(ctx.db, cohort.id);
    expect(matrix.rows.map((r) => [r.person.displayName, r.cohortRole])).toEqual([
      ['Ana Adams', 'mentee'],
      ['Ben Brown', 'mentee'],
      ['Cal Cole', 'mentee'],
      ['Maya Mentor', 'mentor'],
    ]);
    const names = matrix.competencies.map((c) => c.name);
    expect(names).toContain('Telemetry monitoring');
    expect(names).toContain('Venipuncture'); // nurses draw blood too
    expect(names).not.toContain('Pediatric draws');
    expect(names).not.toContain('Analyser maintenance');
    expect(names).not.toContain('Capillary puncture');
    expect(matrix.rows.map((r) => r.person.staffId)).not.toContain(outsider.id);
    const iv = names.indexOf('IV insertion');
    expect(matrix.competencies[iv]?.id).toBe(id('IV insertion'));
    expect(matrix.rows[0]?.cells[iv]).toMatchObject({
      current: { level: 3, date: '2026-10-11' },
      progress: { status: 'reached', days: 40 },
    });
    expect(matrix.rows[1]?.cells[iv]).toBeNull();
    expect(matrix.rows[3]?.cells[iv]?.progress?.status).toBe('started_competent');
  });

  it('adds a column for any competency someone is signed off in, and leaves withdrawn people out', () => {
    const { ctx, cohort, ana, calEnrolment, sign } = cohortWithSignOffs();
    sign(ana.id, 'Pediatric draws', 2, '2026-10-01');
    withdraw(ctx, calEnrolment.id);
    const matrix = cohortMatrix(ctx.db, cohort.id);
    expect(matrix.competencies.map((c) => c.name)).toContain('Pediatric draws');
    expect(matrix.rows.map((r) => r.person.displayName)).not.toContain('Cal Cole');
  });

  it('summarises time to competent per competency and for the cohort, leaving out superseded sign-offs', () => {
    const { ctx, cohort, ana, ben, cal, sign } = cohortWithSignOffs();
    sign(ana.id, 'IV insertion', 1, '2026-09-01');
    sign(ana.id, 'IV insertion', 3, '2026-09-21'); // 20 days
    sign(ben.id, 'IV insertion', 2, '2026-09-01');
    sign(ben.id, 'IV insertion', 3, '2026-10-11'); // 40 days
    sign(cal.id, 'IV insertion', 1, '2026-09-01');
    const slip = sign(cal.id, 'IV insertion', 3, '2026-09-05');
    // Cal's "competent" was recorded against the wrong person's practice: corrected back.
    correctSignOff(
      ctx,
      correctionInput.parse({
        signOffId: slip.id,
        level: 2,
        validatorId: slip.validator.staffId,
        date: '2026-09-05',
        method: 'observation',
        reason: 'Wrong orientee',
      }),
    );
    sign(ana.id, 'Wound care', 2, '2026-09-01');
    sign(ana.id, 'Wound care', 4, '2026-11-01'); // 61 days
    const matrix = cohortMatrix(ctx.db, cohort.id);
    const iv = matrix.competencies.findIndex((c) => c.name === 'IV insertion');
    expect(matrix.perCompetency[iv]).toEqual({
      medianDays: 30,
      reached: 2,
      notYet: 1,
      startedCompetent: 0,
    });
    expect(matrix.cohortSummary).toEqual({
      medianDays: 40,
      reached: 3,
      notYet: 1,
      startedCompetent: 0,
    });
  });

  it('shows a person every competency they are signed off in', () => {
    const { ctx, ana, sign } = cohortWithSignOffs();
    sign(ana.id, 'IV insertion', 1, '2026-09-01');
    sign(ana.id, 'IV insertion', 2, '2026-10-01');
    sign(ana.id, 'Sepsis recognition', 3, '2026-10-02');
    const rows = personCompetencies(ctx.db, ana.id);
    expect(rows.map((r) => [r.competency.name, r.current?.level, r.signOffCount])).toEqual([
      ['Sepsis recognition', 3, 1],
      ['IV insertion', 2, 2],
    ]);
  });
});
