import { describe, expect, it } from 'vitest';
import { goalInput } from '../../../shared/domain/goals';
import { TandemError } from '../../../shared/result';
import { createSharedGoal, recordSharedProgress } from '../../../electron/core/goals/circle';
import { cohortGoals } from '../../../electron/core/goals/cohort';
import { createGoal, pairingGoals } from '../../../electron/core/goals/service';
import { circleDetail, listCircles } from '../../../electron/core/pairings/circles';
import { matchAndAccept, setDay, setUpCircle } from '../pairings/circle-setup';

const fields = {
  title: 'Lead a safety huddle',
  metric: 'huddles led',
  unit: 'huddles',
  baseline: 0,
  target: 4,
  plan: '',
  relevance: '',
  startDate: null,
  dueDate: '2026-12-01',
  milestones: [],
};

function circle() {
  const s = setUpCircle();
  const accepted = matchAndAccept(s.ctx, s.cohort.id);
  const [c] = listCircles(s.ctx.db, s.cohort.id);
  if (!c) throw new Error('no circle');
  return { ...s, circleId: c.id, accepted };
}

describe('shared and personal goals of a circle', () => {
  it('a shared goal counts for each member: every mentee has it on their own pairing', () => {
    const s = circle();
    const detail = createSharedGoal(s.ctx, { circleId: s.circleId, ...fields });
    expect(detail.sharedGoals).toHaveLength(1);
    expect(detail.sharedGoals[0]?.copies.map((c) => c.menteeName)).toEqual([
      'Nico Newgrad',
      'Pia Newgrad',
      'Rui Newgrad',
    ]);
    for (const p of s.accepted) {
      expect(pairingGoals(s.ctx.db, p.id, '2026-09-01').goals.map((g) => g.title)).toEqual([
        'Lead a safety huddle',
      ]);
    }
    expect(cohortGoals(s.ctx.db, s.cohort.id, '2026-09-01').counts.not_started).toBe(3);
    expect(detail.members.filter((m) => m.role === 'mentee').map((m) => m.goals)).toEqual([
      1, 1, 1,
    ]);
  });

  it("progress on the shared goal is recorded on every member's copy in one write", () => {
    const s = circle();
    const created = createSharedGoal(s.ctx, { circleId: s.circleId, ...fields });
    setDay(s.ctx, '2026-10-01');
    const id = created.sharedGoals[0]?.id ?? 0;
    const after = recordSharedProgress(s.ctx, {
      circleGoalId: id,
      date: '2026-10-01',
      value: '4 huddles',
      note: 'Done together',
    });
    expect(after.sharedGoals[0]?.copies.map((c) => c.status)).toEqual([
      'achieved',
      'achieved',
      'achieved',
    ]);
    expect(after.members.filter((m) => m.role === 'mentee').map((m) => m.goalsAchieved)).toEqual([
      1, 1, 1,
    ]);
    expect(s.ctx.db.prepare('SELECT count(*) AS n FROM goal_progress').get()).toEqual({ n: 3 });
  });

  it("a personal goal stays one mentee's; the circle lists it under that member", () => {
    const s = circle();
    const nico = s.accepted.find((p) => p.mentee.displayName === 'Nico Newgrad');
    createGoal(
      s.ctx,
      goalInput.parse({ ...fields, title: 'Ten IV starts', unit: 'starts', pairingId: nico?.id }),
    );
    const detail = circleDetail(s.ctx.db, s.circleId, '2026-09-01');
    expect(detail.sharedGoals).toEqual([]);
    expect(detail.personalGoals.map((g) => `${g.menteeName}: ${g.title}`)).toEqual([
      'Nico Newgrad: Ten IV starts',
    ]);
  });

  it('refuses a shared goal whose dates do not fit a member, naming that member, and writes nothing', () => {
    const s = circle();
    const before = s.ctx.db.prepare('SELECT count(*) AS n FROM goals').get();
    let error: unknown;
    try {
      createSharedGoal(s.ctx, { circleId: s.circleId, ...fields, dueDate: '2026-08-15' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TandemError);
    expect((error as TandemError).message).toMatch(/^For Nico Newgrad: /);
    expect(s.ctx.db.prepare('SELECT count(*) AS n FROM goals').get()).toEqual(before);
    expect(s.ctx.db.prepare('SELECT count(*) AS n FROM circle_goals').get()).toEqual({ n: 0 });
  });
});
