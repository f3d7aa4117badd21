import { describe, expect, it } from 'vitest';
import { describeSkipped } from '../../../shared/contract/programs';
import { TandemError } from '../../../shared/result';
import { enrol, listEnrolments, withdraw } from '../../../electron/core/enrolments/service';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

type Ctx = ReturnType<typeof testDb>;

const snapshot = (ctx: Ctx) => ({
  enrolments: ctx.db.prepare('SELECT * FROM enrolments ORDER BY id').all(),
  audit: ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get(),
});

function refusal(fn: () => unknown): TandemError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

function cohortWithMentees() {
  const ctx = testDb();
  const { cohort } = setUpCohort(ctx);
  const people = ['Ana-New', 'Ben-New', 'Cy-Senior', 'Di-Senior'].map((n) => addStaff(ctx, n));
  const [ana, ben, cy, di] = people as [
    (typeof people)[0],
    (typeof people)[0],
    (typeof people)[0],
    (typeof people)[0],
  ];
  const mentees = {
    ana: enrolMentee(ctx, cohort.id, ana.id),
    ben: enrolMentee(ctx, cohort.id, ben.id),
  };
  return { ctx, cohort, staff: { ana, ben, cy, di }, mentees };
}

describe('one role per person per cohort', () => {
  it('refuses to enrol as mentor, on their own, someone already a mentee, naming them and the role', () => {
    const { ctx, cohort, staff } = cohortWithMentees();
    const before = snapshot(ctx);
    const error = refusal(() =>
      enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [staff.ana.id], capacity: 2 }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Ana New is already enrolled as a mentee in RES-2026; a person takes one role per cohort. Withdraw that enrolment first to enrol them as a mentor.',
    );
    expect(error.details?.problems).toEqual([
      { field: 'staffIds', value: 'Ana New', message: 'already enrolled as mentee' },
    ]);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses the other way round too: a mentor cannot also be enrolled as a mentee', () => {
    const { ctx, cohort, staff } = cohortWithMentees();
    enrolMentor(ctx, cohort.id, staff.cy.id);
    expect(
      refusal(() => enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: [staff.cy.id] }))
        .message,
    ).toMatch(/^Cy Senior is already enrolled as a mentor in RES-2026/);
  });

  it('in bulk, enrols the others and says how many were skipped and why', () => {
    const { ctx, cohort, staff } = cohortWithMentees();
    const result = enrol(ctx, {
      cohortId: cohort.id,
      role: 'mentor',
      staffIds: [staff.ana.id, staff.cy.id, staff.ben.id, staff.di.id],
      capacity: 2,
    });
    expect(result).toEqual({
      enrolled: 2,
      reinstated: 0,
      alreadyEnrolled: [],
      skipped: [
        { staffId: staff.ana.id, name: 'Ana New', reason: 'already enrolled as mentee' },
        { staffId: staff.ben.id, name: 'Ben New', reason: 'already enrolled as mentee' },
      ],
    });
    expect(describeSkipped(result.skipped)).toBe('2 skipped: already enrolled as mentee');
    expect(listEnrolments(ctx.db, cohort.id, 'mentor').map((e) => e.person.displayName)).toEqual([
      'Cy Senior',
      'Di Senior',
    ]);
    expect(listEnrolments(ctx.db, cohort.id, 'mentee').map((e) => e.person.displayName)).toEqual([
      'Ana New',
      'Ben New',
    ]);
  });

  it('lets someone withdrawn from one role take the other, but not be reinstated in both', () => {
    const { ctx, cohort, staff, mentees } = cohortWithMentees();
    withdraw(ctx, mentees.ana.id);
    expect(
      enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [staff.ana.id], capacity: 1 }),
    ).toMatchObject({ enrolled: 1, skipped: [] });
    const before = snapshot(ctx);
    expect(
      refusal(() => enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: [staff.ana.id] }))
        .message,
    ).toMatch(/^Ana New is already enrolled as a mentor/);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('says nothing about skips when nobody was skipped', () => {
    expect(describeSkipped([])).toBe('');
    expect(
      describeSkipped([
        { staffId: 1, name: 'A', reason: 'already enrolled as mentee' },
        { staffId: 2, name: 'B', reason: 'already enrolled as mentor' },
        { staffId: 3, name: 'C', reason: 'already enrolled as mentee' },
      ]),
    ).toBe('2 skipped: already enrolled as mentee; 1 skipped: already enrolled as mentor');
  });
});
