import { describe, expect, it } from 'vitest';
import { TandemError } from '../../../shared/result';
import { addDoNotPair } from '../../../electron/core/do-not-pair/service';
import { loadBoard } from '../../../electron/core/pairings/board';
import {
  addCircleMentor,
  circleDetail,
  listCircles,
} from '../../../electron/core/pairings/circles';
import { getPairing } from '../../../electron/core/pairings/rows';
import { matchAndAccept, setUpCircle } from './circle-setup';

function refusal(fn: () => unknown): TandemError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('mentoring circles', () => {
  it('matching fills a mentor up to the group size and accepting makes that mentor a circle', () => {
    const s = setUpCircle();
    const before = loadBoard(s.ctx.db, s.cohort.id, '2026-09-01');
    expect(before.mentors.find((m) => m.enrolmentId === s.maya.id)?.capacity).toBe(3);
    const accepted = matchAndAccept(s.ctx, s.cohort.id);
    expect(accepted).toHaveLength(3);
    expect(new Set(accepted.map((p) => p.mentorEnrolmentId))).toEqual(new Set([s.maya.id]));
    const circles = listCircles(s.ctx.db, s.cohort.id);
    expect(circles).toHaveLength(1);
    const [circle] = circles;
    expect(circle?.name).toBe('Circle of Maya Mentor');
    expect(circle?.menteeCount).toBe(3);
    expect(circle?.mentors.map((m) => m.enrolmentId)).toEqual([s.maya.id]);
    for (const p of accepted) expect(getPairing(s.ctx.db, p.id).circleId).toBe(circle?.id);
    // The board shows the mentor's column as that circle, with its members.
    const board = loadBoard(s.ctx.db, s.cohort.id, '2026-09-01');
    const column = board.mentors.find((m) => m.enrolmentId === s.maya.id);
    expect(column?.circle).toEqual({ id: circle?.id, name: 'Circle of Maya Mentor' });
    expect(column?.pairings.map((p) => p.mentee.displayName).sort()).toEqual([
      'Nico Newgrad',
      'Pia Newgrad',
      'Rui Newgrad',
    ]);
  });

  it('a one-to-one program makes no circle when a proposal is accepted', () => {
    const s = setUpCircle();
    s.ctx.db.prepare("UPDATE programs SET format = 'one_to_one'").run();
    const accepted = matchAndAccept(s.ctx, s.cohort.id);
    expect(accepted.length).toBeGreaterThan(0);
    expect(listCircles(s.ctx.db, s.cohort.id)).toEqual([]);
    expect(accepted.every((p) => getPairing(s.ctx.db, p.id).circleId === null)).toBe(true);
  });

  it('a circle can have more than one mentor; a mentor belongs to one circle', () => {
    const s = setUpCircle();
    matchAndAccept(s.ctx, s.cohort.id);
    const [circle] = listCircles(s.ctx.db, s.cohort.id);
    if (!circle) throw new Error('no circle');
    const after = addCircleMentor(s.ctx, circle.id, s.omar.id);
    expect(after.mentors.map((m) => m.person.displayName)).toEqual(['Maya Mentor', 'Omar Other']);
    const again = refusal(() => addCircleMentor(s.ctx, circle.id, s.omar.id));
    expect(again.message).toContain('Omar Other already mentors Circle of Maya Mentor');
    const mentee = refusal(() => addCircleMentor(s.ctx, circle.id, s.nico.id));
    expect(mentee.message).toContain('is not an enrolled mentor');
    const detail = circleDetail(s.ctx.db, circle.id, '2026-09-01');
    expect(detail.members.map((m) => `${m.role}:${m.person.displayName}`)).toEqual([
      'mentor:Maya Mentor',
      'mentor:Omar Other',
      'mentee:Nico Newgrad',
      'mentee:Pia Newgrad',
      'mentee:Rui Newgrad',
    ]);
  });

  it('shared meetings, attendance and shared goals are never edited (database triggers)', () => {
    const s = setUpCircle();
    matchAndAccept(s.ctx, s.cohort.id);
    const [circle] = listCircles(s.ctx.db, s.cohort.id);
    const db = s.ctx.db;
    db.prepare(
      "INSERT INTO circle_meetings (circle_id, date, duration_minutes, mode, created_at) VALUES (?, '2026-09-01', 30, 'video', 'x')",
    ).run(circle?.id);
    expect(() => db.prepare('UPDATE circle_meetings SET duration_minutes = 45').run()).toThrow(
      'a circle meeting is never edited',
    );
    expect(() => db.prepare('DELETE FROM circle_meetings').run()).toThrow(
      'a circle meeting is never deleted',
    );
  });

  it('a co-mentor must keep the hard rules with every member, or nothing is written', () => {
    const s = setUpCircle();
    matchAndAccept(s.ctx, s.cohort.id);
    const [circle] = listCircles(s.ctx.db, s.cohort.id);
    if (!circle) throw new Error('no circle');
    addDoNotPair(s.ctx, s.omar.person.staffId, s.pia.person.staffId, 'Relatives');
    const before = s.ctx.db.prepare('SELECT count(*) AS n FROM circle_mentors').get();
    const refused = refusal(() => addCircleMentor(s.ctx, circle.id, s.omar.id));
    expect(refused.message).toBe(
      'Omar Other cannot mentor Circle of Maya Mentor: Pia Newgrad and Omar Other are on the do-not-pair list: Relatives.',
    );
    expect(s.ctx.db.prepare('SELECT count(*) AS n FROM circle_mentors').get()).toEqual(before);
  });
});
