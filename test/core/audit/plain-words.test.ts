import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditFacets, listAuditEvents } from '../../../electron/core/audit/service';
import { verifyAuditTrail } from '../../../electron/core/audit/verify';
import { buildDemoFacility } from '../../../electron/core/demo/build';
import { removeMilestone } from '../../../electron/core/goals/milestones';
import { removeMeeting } from '../../../electron/core/meetings/service';
import { deleteStaff } from '../../../electron/core/people/service';
import { auditActionLabel, auditValueLabel, type AuditEvent } from '../../../shared/domain/audit';
import { staffInput } from '../../../shared/domain/staff';
import { createStaff } from '../../../electron/core/people/service';
import { staffFields } from '../../helpers/staff';
import { openDatabase } from '../../../electron/core/db/open';
import type { WriteContext } from '../../../electron/core/db/write';
import { ROSTER_PATH, TEST_ACTOR, tempDir, testClock } from '../../helpers/db';

let ctx: WriteContext;

const all = (q: Parameters<typeof listAuditEvents>[1]) =>
  listAuditEvents(ctx.db, { limit: 1000, ...q });

const one = <T>(sql: string, ...params: unknown[]): T => {
  const row = ctx.db.prepare(sql).get(...params) as T | undefined;
  if (row === undefined) throw new Error(`the demo has no row for: ${sql}`);
  return row;
};

const nameOf = (staffId: number) =>
  one<{ n: string }>(
    "SELECT trim(coalesce(preferred_name, first_name, '') || ' ' || coalesce(last_name, '')) AS n FROM staff WHERE id = ?",
    staffId,
  ).n;

const kinds = (events: AuditEvent[]) => [...new Set(events.map((e) => e.entity))];

// The demo facility is built once (every kind of event is in it); each test gets a copy.
const built = mkdtempSync(join(tmpdir(), 'tandem-audit-demo-'));
const demoFile = join(built, 'demo.sqlite');

beforeAll(async () => {
  const db = openDatabase(demoFile, { create: true });
  await buildDemoFacility({ db, actor: TEST_ACTOR, clock: testClock() }, ROSTER_PATH);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}, 120_000);

afterAll(() => rmSync(built, { recursive: true, force: true }));

beforeEach(() => {
  const copy = join(tempDir(), 'facility.sqlite');
  copyFileSync(demoFile, copy);
  ctx = { db: openDatabase(copy), actor: TEST_ACTOR, clock: testClock() };
});

afterEach(() => ctx.db.close());

describe('the audit trail in plain words', () => {
  it('names the people and records an event points at, read in the core', () => {
    const signOff = one<{ id: number; staff_id: number; validator_id: number }>(
      'SELECT id, staff_id, validator_id FROM competency_sign_offs ORDER BY id LIMIT 1',
    );
    const [event] = all({ entity: 'competency_sign_off', entityId: String(signOff.id) }).items;
    expect(event?.names).toMatchObject({
      [`staff:${signOff.validator_id}`]: nameOf(signOff.validator_id),
      [`staff:${signOff.staff_id}`]: nameOf(signOff.staff_id),
    });
    expect(event?.subject).toContain(nameOf(signOff.staff_id));

    const pairing = one<{ id: number; mentor: number; mentee: number }>(
      `SELECT p.id, me.staff_id AS mentor, ee.staff_id AS mentee FROM pairings p
       JOIN enrolments me ON me.id = p.mentor_enrolment_id
       JOIN enrolments ee ON ee.id = p.mentee_enrolment_id ORDER BY p.id LIMIT 1`,
    );
    const [proposal] = all({ entity: 'pairing', entityId: String(pairing.id) }).items.slice(-1);
    expect(proposal?.subject).toBe(`${nameOf(pairing.mentor)} mentoring ${nameOf(pairing.mentee)}`);

    const staff = one<{ id: number; employee_number: string }>(
      'SELECT id, employee_number FROM staff ORDER BY id LIMIT 1',
    );
    const [created] = all({ entity: 'staff', entityId: String(staff.id) }).items;
    expect(created).toMatchObject({
      subject: `${nameOf(staff.id)}, #${staff.employee_number}`,
      subjectStaffId: staff.id,
    });
  });

  it('finds every event about a person: record, enrolments, pairings and what belongs to them', () => {
    const p = one<{ id: number; mentee: number; meeting: number; milestone: number }>(
      `SELECT p.id, ee.staff_id AS mentee,
         (SELECT max(m.id) FROM meetings m WHERE m.pairing_id = p.id) AS meeting,
         (SELECT max(ms.id) FROM goal_milestones ms JOIN goals g ON g.id = ms.goal_id
           WHERE g.pairing_id = p.id AND g.dropped_at IS NULL) AS milestone
       FROM pairings p JOIN enrolments ee ON ee.id = p.mentee_enrolment_id
       WHERE p.status = 'active'
         AND EXISTS (SELECT 1 FROM goal_progress gp JOIN goals g ON g.id = gp.goal_id WHERE g.pairing_id = p.id)
         AND EXISTS (SELECT 1 FROM evaluation_responses r WHERE r.pairing_id = p.id)
         AND EXISTS (SELECT 1 FROM meetings m WHERE m.pairing_id = p.id)
         AND EXISTS (SELECT 1 FROM goal_milestones ms JOIN goals g ON g.id = ms.goal_id
           WHERE g.pairing_id = p.id AND g.dropped_at IS NULL)
       ORDER BY p.id LIMIT 1`,
    );
    // Records entered by mistake and removed: their events still belong to the person.
    removeMeeting(ctx, p.meeting);
    removeMilestone(ctx, p.milestone);

    const page = all({ staffId: p.mentee });
    expect(page.matching).toBe(page.items.length);
    expect(kinds(page.items)).toEqual(
      expect.arrayContaining([
        'staff',
        'enrolment',
        'pairing',
        'goal',
        'goal_milestone',
        'goal_progress',
        'meeting',
        'evaluation_response',
      ]),
    );
    const has = (entity: string, id: number) =>
      page.items
        .filter((e) => e.entity === entity && e.entityId === String(id))
        .map((e) => e.action);
    expect(has('meeting', p.meeting)).toContain('remove');
    expect(has('meeting', p.meeting).length).toBeGreaterThan(1);
    expect(has('goal_milestone', p.milestone)).toContain('delete');

    // Nothing about anybody else's record or pairings.
    const theirPairings = new Set(
      (
        ctx.db
          .prepare(
            `SELECT p.id FROM pairings p JOIN enrolments e ON e.id IN (p.mentor_enrolment_id, p.mentee_enrolment_id)
             WHERE e.staff_id = ?`,
          )
          .all(p.mentee) as { id: number }[]
      ).map((r) => String(r.id)),
    );
    for (const e of page.items) {
      if (e.entity === 'staff') expect(e.entityId).toBe(String(p.mentee));
      if (e.entity === 'pairing') expect(theirPairings.has(e.entityId)).toBe(true);
    }
    expect(verifyAuditTrail(ctx.db)).toMatchObject({ intact: true });
  });

  it('finds sign-offs a person gave, training they completed and do-not-pair entries naming them', () => {
    const signOff = one<{ id: number; validator_id: number }>(
      'SELECT id, validator_id FROM competency_sign_offs ORDER BY id LIMIT 1',
    );
    const given = all({ staffId: signOff.validator_id, entities: ['competency_sign_off'] }).items;
    expect(given.map((e) => e.entityId)).toContain(String(signOff.id));

    const completion = one<{ id: number; staff_id: number }>(
      'SELECT id, staff_id FROM training_completions ORDER BY id LIMIT 1',
    );
    expect(
      all({ staffId: completion.staff_id, entities: ['training_completion'] }).items.map(
        (e) => e.entityId,
      ),
    ).toContain(String(completion.id));

    const entry = one<{ id: number; staff_a: number; staff_b: number }>(
      'SELECT id, staff_a, staff_b FROM do_not_pair ORDER BY id LIMIT 1',
    );
    for (const person of [entry.staff_a, entry.staff_b]) {
      expect(all({ staffId: person, entities: ['do_not_pair'] }).items).toEqual([
        expect.objectContaining({
          entityId: String(entry.id),
          subject: expect.stringContaining(nameOf(entry.staff_b)),
        }),
      ]);
    }
  });

  it('finds the readiness ratings a person received or gave and their self-identified data', () => {
    const rating = one<{ id: number; staff_id: number; rater_id: number }>(
      'SELECT id, staff_id, rater_id FROM succession_ratings ORDER BY id LIMIT 1',
    );
    for (const person of [rating.staff_id, rating.rater_id]) {
      const ratings = all({ staffId: person, entities: ['succession_rating'] }).items;
      expect(ratings.map((e) => e.entityId)).toContain(String(rating.id));
    }
    const [event] = all({ entity: 'succession_rating', entityId: String(rating.id) }).items;
    expect(event?.names[`staff:${rating.rater_id}`]).toBe(nameOf(rating.rater_id));
    expect(event?.subject).toContain(nameOf(rating.staff_id));

    const consent = one<{ staff_id: number }>(
      'SELECT staff_id FROM staff_demographics ORDER BY staff_id LIMIT 1',
    );
    expect(
      all({ staffId: consent.staff_id, entities: ['staff_demographics'] }).items.length,
    ).toBeGreaterThan(0);
  });

  it("finds a circle's events for its mentee and its co-mentor, named in words", () => {
    const member = one<{ staff_id: number; circle_id: number }>(
      `SELECT e.staff_id, p.circle_id FROM pairings p
       JOIN enrolments e ON e.id = p.mentee_enrolment_id
       WHERE p.circle_id IS NOT NULL ORDER BY p.id LIMIT 1`,
    );
    const coMentor = one<{ staff_id: number }>(
      `SELECT e.staff_id FROM circle_mentors m JOIN enrolments e ON e.id = m.mentor_enrolment_id
       WHERE m.circle_id = ? ORDER BY m.id DESC LIMIT 1`,
      member.circle_id,
    );
    for (const person of [member.staff_id, coMentor.staff_id]) {
      const found = kinds(all({ staffId: person }).items);
      expect(found).toEqual(expect.arrayContaining(['circle', 'circle_meeting', 'circle_goal']));
    }
    const circleName = one<{ name: string }>(
      'SELECT name FROM circles WHERE id = ?',
      member.circle_id,
    ).name;
    const [created] = all({ entity: 'circle', entityId: String(member.circle_id) }).items;
    expect(created?.subject).toContain(circleName);
    const joined = all({ entities: ['pairing'], actions: ['join_circle'] }).items[0];
    expect(joined?.names[`circle:${member.circle_id}`]).toContain(circleName);
    expect(auditActionLabel('join_circle')).toBe('Joined a circle');
    expect(auditActionLabel('add_mentor')).toBe('Co-mentor added');
  });

  it('filters by kind of record, action and time, and counts each kind for the menus', () => {
    const facets = auditFacets(ctx.db);
    const meetings = facets.entities.find((f) => f.value === 'meeting')?.count ?? 0;
    expect(meetings).toBeGreaterThan(0);
    expect(all({ entities: ['meeting'], limit: 1 }).matching).toBe(meetings);
    const missed = facets.actions.find((f) => f.value === 'mark:missed')?.count ?? 0;
    expect(all({ entities: ['meeting'], actions: ['mark:missed'] }).matching).toBe(missed);
    expect(all({ entities: ['meeting', 'goal'], limit: 1 }).matching).toBe(
      meetings + (facets.entities.find((f) => f.value === 'goal')?.count ?? 0),
    );

    // Every demo event is written at the test clock's instant, 2026-11-23 09:00 UTC.
    const total = all({ limit: 1 }).matching;
    expect(
      all({ since: '2026-11-23T00:00:00Z', until: '2026-11-24T00:00:00Z', limit: 1 }).matching,
    ).toBe(total);
    expect(all({ since: '2026-11-23T09:00:00.001Z', limit: 1 }).matching).toBe(0);
    expect(all({ until: '2026-11-23T09:00:00Z', limit: 1 }).matching).toBe(0);
  });

  it('names a deleted staff member from what their events recorded', () => {
    const staff = createStaff(
      ctx,
      staffInput.parse(staffFields('E-GONE-1', 'Gail', 'Gone', { role: 'rn' })),
    );
    deleteStaff(ctx, staff.id);
    const events = all({ entity: 'staff', entityId: String(staff.id) }).items;
    expect(events.map((e) => [e.action, e.subject, e.subjectStaffId])).toEqual([
      ['delete', 'Gail Gone, #E-GONE-1', null],
      ['create', 'Gail Gone, #E-GONE-1', null],
    ]);
  });

  it('uses the labels the rest of Tandem shows for codes', () => {
    expect(auditValueLabel('meeting', 'mode', 'in_person')).toBe('In person');
    expect(auditValueLabel('goal_progress', 'status', 'on_track')).toBe('On track');
    expect(auditValueLabel('pairing', 'status', 'ended_early')).toBe('Ended early');
    expect(auditValueLabel('staff', 'status', 'on_leave')).toBe('On leave');
    expect(auditValueLabel('enrolment', 'role', 'mentee')).toBe('Mentee');
    expect(auditValueLabel('staff', 'role', 'rn')).toBe('Registered nurse');
    expect(auditValueLabel('competency_sign_off', 'level', 3)).toBe('Competent');
    expect(auditValueLabel('succession_rating', 'readiness', 'ready_now')).toBe('Ready now');
    expect(auditValueLabel('meeting', 'notes', 'in_person')).toBeNull();
    expect(auditActionLabel('transition:active', { status: 'proposed' })).toBe('Activated');
    expect(auditActionLabel('transition:active', { status: 'paused' })).toBe('Resumed');
    expect(auditActionLabel('mark:missed')).toBe('Marked as missed');
    expect(auditActionLabel('some_new_action')).toBe('Some new action');
  });
});
