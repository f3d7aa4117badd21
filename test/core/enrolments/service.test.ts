import { describe, expect, it } from 'vitest';
import { enrol, getEnrolment, withdraw } from '../../../electron/core/enrolments/service';
import { loadCohortFacts } from '../../../electron/core/matching/facts';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

const TODAY = '2026-11-23';

const INTAKE = {
  goals: 'Confident with central lines',
  competenciesWanted: ['IV insertion'],
  careerInterests: [],
  preferredShift: null,
  unitPreference: 'any' as const,
  languages: [],
  preferences: '',
};

function enrolmentEvents(ctx: ReturnType<typeof testDb>) {
  return (
    ctx.db
      .prepare(
        "SELECT entity_id, action, at, before_json, after_json FROM audit_events WHERE entity = 'enrolment' ORDER BY id",
      )
      .all() as {
      entity_id: string;
      action: string;
      at: string;
      before_json: string | null;
      after_json: string | null;
    }[]
  ).map((r) => ({
    entityId: Number(r.entity_id),
    action: r.action,
    at: r.at,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  }));
}

function setUp() {
  const ctx = testDb();
  const { cohort } = setUpCohort(ctx);
  const mo = addStaff(ctx, 'Mo-Mentor', { yearsExperience: 12 });
  const dee = addStaff(ctx, 'Dee-New', { yearsExperience: 1 });
  const mentor = enrolMentor(ctx, cohort.id, mo.id, 2, { strengths: ['Wound care'] });
  const mentee = enrolMentee(ctx, cohort.id, dee.id);
  return { ctx, cohort, mo, dee, mentor, mentee };
}

describe('enrolling someone whose enrolment was withdrawn', () => {
  it('reinstates the same mentee enrolment with the new intake, audited in the same write', () => {
    const { ctx, cohort, dee, mentee } = setUp();
    withdraw(ctx, mentee.id);
    expect(loadCohortFacts(ctx.db, cohort.id, TODAY).mentees).toEqual([]);
    ctx.clock.now = () => new Date('2026-11-24T10:00:00.000Z');

    expect(
      enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: [dee.id], intake: INTAKE }),
    ).toEqual({ enrolled: 1, reinstated: 1, alreadyEnrolled: [], skipped: [] });

    expect(getEnrolment(ctx.db, mentee.id)).toMatchObject({
      id: mentee.id,
      withdrawn: false,
      intake: INTAKE,
      person: { staffId: dee.id },
    });
    expect(loadCohortFacts(ctx.db, cohort.id, TODAY).mentees.map((m) => m.enrolmentId)).toEqual([
      mentee.id,
    ]);
    const last = enrolmentEvents(ctx).at(-1);
    expect(last).toMatchObject({
      entityId: mentee.id,
      action: 'reinstate',
      at: '2026-11-24T10:00:00.000Z',
      before: { cohort: cohort.code, staffId: dee.id, withdrawn: true, capacity: null },
      after: {
        cohort: cohort.code,
        staffId: dee.id,
        withdrawn: false,
        capacity: null,
        intake: INTAKE,
        mentorProfile: null,
      },
    });
    const row = ctx.db
      .prepare('SELECT withdrawn_at, updated_at FROM enrolments WHERE id = ?')
      .get(mentee.id);
    expect(row).toEqual({ withdrawn_at: null, updated_at: '2026-11-24T10:00:00.000Z' });
  });

  it('takes a mentor capacity given on re-enrolment, and keeps the old capacity and profile when none is given', () => {
    const { ctx, cohort, mo, mentor } = setUp();
    withdraw(ctx, mentor.id);
    enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [mo.id] });
    expect(getEnrolment(ctx.db, mentor.id)).toMatchObject({
      withdrawn: false,
      capacity: 2,
      mentorProfile: { strengths: ['Wound care'] },
    });

    withdraw(ctx, mentor.id);
    enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [mo.id], capacity: 4 });
    expect(getEnrolment(ctx.db, mentor.id)).toMatchObject({ withdrawn: false, capacity: 4 });
    expect(enrolmentEvents(ctx).at(-1)).toMatchObject({
      action: 'reinstate',
      before: { withdrawn: true, capacity: 2 },
      after: { withdrawn: false, capacity: 4, intake: null },
    });
  });

  it('enrols new, reinstates withdrawn and leaves active enrolments in one batch', () => {
    const { ctx, cohort, dee, mentee } = setUp();
    const eli = addStaff(ctx, 'Eli-New');
    const fay = addStaff(ctx, 'Fay-New');
    enrolMentee(ctx, cohort.id, fay.id);
    withdraw(ctx, mentee.id);
    const before = enrolmentEvents(ctx).length;

    expect(
      enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: [dee.id, eli.id, fay.id] }),
    ).toEqual({ enrolled: 2, reinstated: 1, alreadyEnrolled: [fay.id], skipped: [] });

    const events = enrolmentEvents(ctx).slice(before);
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'reinstate']);
    expect(new Set(events.map((e) => e.at)).size).toBe(1);
    expect(
      loadCohortFacts(ctx.db, cohort.id, TODAY)
        .mentees.map((m) => m.displayName)
        .sort(),
    ).toEqual(['Dee New', 'Eli New', 'Fay New']);
    expect(enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: [dee.id] })).toEqual({
      enrolled: 0,
      reinstated: 0,
      alreadyEnrolled: [dee.id],
      skipped: [],
    });
  });

  it('refuses the whole batch, reinstating nobody, when someone in it cannot be enrolled', () => {
    const { ctx, cohort, dee, mentee } = setUp();
    withdraw(ctx, mentee.id);
    const gone = addStaff(ctx, 'Gus-Gone', { status: 'left', endDate: '2026-01-01' });
    const before = enrolmentEvents(ctx).length;

    expect(() =>
      enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: [dee.id, gone.id] }),
    ).toThrow(/has left/);

    expect(getEnrolment(ctx.db, mentee.id).withdrawn).toBe(true);
    expect(enrolmentEvents(ctx)).toHaveLength(before);
  });

  it('does not reinstate a withdrawal in the other role', () => {
    const { ctx, cohort, mo, mentor } = setUp();
    withdraw(ctx, mentor.id);
    expect(enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: [mo.id] })).toEqual({
      enrolled: 1,
      reinstated: 0,
      alreadyEnrolled: [],
      skipped: [],
    });
    expect(getEnrolment(ctx.db, mentor.id).withdrawn).toBe(true);
  });
});
