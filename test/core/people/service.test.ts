import { describe, expect, it } from 'vitest';
import { staffInput, type StaffInput } from '../../../shared/domain/staff';
import { peopleQuery, type PeopleQuery } from '../../../shared/contract/people';
import { listPeople, peopleFacets } from '../../../electron/core/people/queries';
import {
  createStaff,
  deleteStaff,
  getStaffDetail,
  markLeft,
  updateStaff,
} from '../../../electron/core/people/service';
import { testDb } from '../../helpers/db';

const blank: StaffInput = {
  employeeNumber: '',
  firstName: null,
  lastName: null,
  preferredName: null,
  email: null,
  role: null,
  unit: null,
  jobLevel: null,
  hireDate: null,
  endDate: null,
  yearsExperience: null,
  shift: null,
  languages: [],
  interests: [],
  careerGoals: null,
  supervisorId: null,
  status: 'active',
  notes: null,
};

const person = (fields: Partial<StaffInput>) => staffInput.parse({ ...blank, ...fields });
const query = (q: PeopleQuery = {}) => peopleQuery.parse(q);
const auditRows = (ctx: ReturnType<typeof testDb>) =>
  ctx.db
    .prepare('SELECT entity, action, before_json, after_json FROM audit_events ORDER BY id')
    .all() as {
    entity: string;
    action: string;
    before_json: string | null;
    after_json: string | null;
  }[];

describe('the staff directory', () => {
  it('adds a staff member and records it in the audit trail', () => {
    const ctx = testDb();
    const s = createStaff(
      ctx,
      person({ employeeNumber: 'E100', firstName: 'Ana', lastName: 'Silva', unit: 'Cardiology' }),
    );
    expect(s).toMatchObject({
      id: 1,
      employeeNumber: 'E100',
      status: 'active',
      createdAt: '2026-11-23T09:00:00.000Z',
    });
    expect(auditRows(ctx)).toEqual([
      expect.objectContaining({
        entity: 'staff',
        action: 'create',
        before_json: null,
        after_json: expect.stringContaining('"E100"'),
      }),
    ]);
  });

  it('validates fields with specific messages', () => {
    const result = staffInput.safeParse({
      ...blank,
      employeeNumber: 'E 1',
      email: 'nope',
      jobLevel: 9,
      hireDate: '2026-02-30',
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [],
    );
    expect(messages).toEqual({
      employeeNumber: 'letters, digits, - and _ only',
      email: 'expected an e-mail address like name@example.org',
      jobLevel: '1 to 5',
      hireDate: 'no such date',
    });
  });

  it('refuses a second staff member with the same employee number, changing nothing', () => {
    const ctx = testDb();
    createStaff(ctx, person({ employeeNumber: 'E100' }));
    expect(() => createStaff(ctx, person({ employeeNumber: 'E100', firstName: 'Other' }))).toThrow(
      /already belongs/,
    );
    expect(listPeople(ctx.db, query()).total).toBe(1);
    expect(auditRows(ctx)).toHaveLength(1);
  });

  it('edits a field and keeps before and after in the trail; an edit that changes nothing records nothing', () => {
    const ctx = testDb();
    const s = createStaff(ctx, person({ employeeNumber: 'E100', unit: 'Maternity' }));
    updateStaff(ctx, s.id, person({ employeeNumber: 'E100', unit: 'Neurology' }));
    updateStaff(ctx, s.id, person({ employeeNumber: 'E100', unit: 'Neurology' }));
    const rows = auditRows(ctx);
    expect(rows).toHaveLength(2);
    expect(JSON.parse(rows[1]?.before_json ?? '{}')).toMatchObject({ unit: 'Maternity' });
    expect(JSON.parse(rows[1]?.after_json ?? '{}')).toMatchObject({ unit: 'Neurology' });
  });

  it('marks a staff member as left with an end date, and never deletes someone with history', () => {
    const ctx = testDb();
    const s = createStaff(ctx, person({ employeeNumber: 'E100', hireDate: '2020-01-01' }));
    expect(() => markLeft(ctx, s.id, '2019-12-31')).toThrow(/before the hire date/);
    const left = markLeft(ctx, s.id, '2026-10-31');
    expect(left).toMatchObject({ status: 'left', endDate: '2026-10-31' });
    expect(() => markLeft(ctx, s.id, '2026-11-01')).toThrow(/already marked as left/);
    expect(getStaffDetail(ctx.db, s.id).hasHistory).toBe(true);
    expect(() => deleteStaff(ctx, s.id)).toThrow(/mark them as left/);
    expect(listPeople(ctx.db, query()).total).toBe(1);
  });

  it('deletes a record entered by mistake that has no history', () => {
    const ctx = testDb();
    const s = createStaff(ctx, person({ employeeNumber: 'OOPS' }));
    expect(deleteStaff(ctx, s.id)).toEqual({ deleted: true });
    expect(listPeople(ctx.db, query()).total).toBe(0);
    expect(auditRows(ctx).map((r) => r.action)).toEqual(['create', 'delete']);
  });

  it('refuses a supervisor who does not exist or is the person themself', () => {
    const ctx = testDb();
    const s = createStaff(ctx, person({ employeeNumber: 'E1' }));
    expect(() => createStaff(ctx, person({ employeeNumber: 'E2', supervisorId: 42 }))).toThrow(
      /No staff member with id 42/,
    );
    expect(() =>
      updateStaff(ctx, s.id, person({ employeeNumber: 'E1', supervisorId: s.id })),
    ).toThrow(/own supervisor/);
  });

  it('searches by name or employee number, filters, sorts and counts', () => {
    const ctx = testDb();
    createStaff(
      ctx,
      person({
        employeeNumber: 'A1',
        firstName: 'Zoë',
        lastName: 'Abara',
        unit: 'Cardiology',
        shift: 'night',
        role: 'rn',
      }),
    );
    createStaff(
      ctx,
      person({
        employeeNumber: 'B2',
        firstName: 'Ben',
        lastName: 'Lee',
        unit: 'Maternity',
        shift: 'day',
        role: 'rn',
      }),
    );
    createStaff(
      ctx,
      person({
        employeeNumber: 'C3',
        firstName: 'Cara',
        lastName: 'Moss',
        unit: 'Cardiology',
        shift: 'day',
        role: 'therapist',
      }),
    );

    expect(listPeople(ctx.db, query({ search: 'lee' })).items.map((p) => p.employeeNumber)).toEqual(
      ['B2'],
    );
    expect(
      listPeople(ctx.db, query({ search: 'Zoë Abara' })).items.map((p) => p.displayName),
    ).toEqual(['Zoë Abara']);
    expect(listPeople(ctx.db, query({ search: 'C3' })).matching).toBe(1);
    expect(listPeople(ctx.db, query({ search: '%' })).matching).toBe(0);
    const cardiologyDay = listPeople(ctx.db, query({ units: ['Cardiology'], shifts: ['day'] }));
    expect(cardiologyDay).toMatchObject({
      matching: 1,
      total: 3,
      items: [{ employeeNumber: 'C3' }],
    });
    expect(
      listPeople(ctx.db, query({ sortBy: 'name', sortDir: 'desc' })).items.map(
        (p) => p.employeeNumber,
      ),
    ).toEqual(['C3', 'B2', 'A1']);
    expect(peopleFacets(ctx.db).units).toEqual([
      { value: 'Cardiology', count: 2 },
      { value: 'Maternity', count: 1 },
    ]);
  });
});
