import { describe, expect, it } from 'vitest';
import { goalFields } from '../../../shared/domain/goals';
import { getGoalView } from '../../../electron/core/goals/rows';
import { dropGoal, pairingGoals, updateGoal } from '../../../electron/core/goals/service';
import { addMilestone, setMilestoneAchieved } from '../../../electron/core/goals/milestones';
import { recordProgress } from '../../../electron/core/goals/progress';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff, enrolMentee } from '../../helpers/cohort';
import { activePairing, addIvGoal, errorOf, goalSnapshot, ivGoal } from './setup';

const fieldsOf = (problems: { field?: string }[] | undefined) =>
  (problems ?? []).map((p) => p.field);

describe('setting a SMART goal for a pairing', () => {
  it('starts on the pairing start unless given, keeps its milestones, and is not started', () => {
    const { ctx, pairing } = activePairing();
    const before = goalSnapshot(ctx).audit;
    const goal = addIvGoal(ctx, pairing.id);
    expect(goal).toMatchObject({
      startDate: '2026-11-02',
      dueDate: '2027-01-11',
      status: 'not_started',
      direction: 'increase',
      pairingId: pairing.id,
    });
    expect(goal.milestones.map((m) => [m.title, m.dueDate, m.achievedOn])).toEqual([
      ['First supervised insertion', '2026-11-16', null],
      ['Five independent insertions', '2026-12-14', null],
    ]);
    // One audit event for the goal and its milestones together.
    const audit = ctx.db
      .prepare('SELECT entity, action, after_json FROM audit_events WHERE id > ?')
      .all(before) as { entity: string; action: string; after_json: string }[];
    expect(audit.map((a) => [a.entity, a.action])).toEqual([['goal', 'create']]);
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({
      title: 'Insert peripheral IVs independently',
      target: 10,
    });
  });

  it('refuses a target equal to the baseline, naming the field and the value', () => {
    const { ctx, pairing } = activePairing();
    const before = goalSnapshot(ctx);
    const error = errorOf(() => addIvGoal(ctx, pairing.id, { baseline: 4, target: 4 }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('the target equals the baseline (4 insertions)');
    expect(fieldsOf(error.details?.problems)).toEqual(['target']);
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('refuses a due date before (or on) the start', () => {
    const { ctx, pairing } = activePairing();
    const before = goalSnapshot(ctx);
    const early = errorOf(() =>
      addIvGoal(ctx, pairing.id, {
        startDate: '2026-12-01',
        dueDate: '2026-11-20',
        milestones: [],
      }),
    );
    expect(early.message).toContain('the due date 2026-11-20 is before the start (2026-12-01)');
    expect(fieldsOf(early.details?.problems)).toEqual(['dueDate']);
    const same = errorOf(() =>
      addIvGoal(ctx, pairing.id, { dueDate: '2026-11-02', milestones: [] }),
    );
    expect(same.message).toContain('is the same day as the start (2026-11-02)');
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('refuses dates outside the pairing', () => {
    const { ctx, pairing } = activePairing();
    expect(pairing).toMatchObject({ startDate: '2026-11-02', endDate: '2027-11-01' });
    const before = goalSnapshot(ctx);
    const late = errorOf(() => addIvGoal(ctx, pairing.id, { dueDate: '2027-12-01' }));
    expect(late.message).toContain(
      'the due date 2027-12-01 is after the pairing ends (2027-11-01)',
    );
    const early = errorOf(() => addIvGoal(ctx, pairing.id, { startDate: '2026-10-01' }));
    expect(early.message).toContain(
      'the start date 2026-10-01 is before the pairing starts (2026-11-02)',
    );
    expect(fieldsOf(early.details?.problems)).toContain('startDate');
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('saves nothing when one milestone is after the goal is due: not the goal, not the other milestones', () => {
    const { ctx, pairing } = activePairing();
    const before = goalSnapshot(ctx);
    const error = errorOf(() =>
      addIvGoal(ctx, pairing.id, {
        milestones: [
          { title: 'First supervised insertion', dueDate: '2026-11-16' },
          { title: 'Ten in a row', dueDate: '2027-02-01' },
        ],
      }),
    );
    expect(error.message).toContain(
      "milestone “Ten in a row” is due 2027-02-01, after the goal's due date (2027-01-11)",
    );
    expect(fieldsOf(error.details?.problems)).toEqual(['milestones.1.dueDate']);
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('lists every problem at once', () => {
    const { ctx, pairing } = activePairing();
    const error = errorOf(() =>
      addIvGoal(ctx, pairing.id, {
        target: 0,
        dueDate: '2028-01-01',
        milestones: [{ title: 'Too early', dueDate: '2026-10-01' }],
      }),
    );
    expect(fieldsOf(error.details?.problems)).toEqual([
      'target',
      'dueDate',
      'milestones.0.dueDate',
    ]);
  });

  it('is refused on a proposal and on a closed pairing, saying why', () => {
    const { ctx, pairing, cohort } = activePairing();
    const other = enrolMentee(
      ctx,
      cohort.id,
      addStaff(ctx, 'Pia-Proposed', { yearsExperience: 1 }).id,
    );
    const proposal = assignMentee(ctx, {
      cohortId: cohort.id,
      menteeEnrolmentId: other.id,
      mentorEnrolmentId: pairing.mentorEnrolmentId,
    });
    expect(errorOf(() => addIvGoal(ctx, proposal.id)).message).toMatch(
      /still a proposal: goals can be set once it is accepted/,
    );
    const goal = addIvGoal(ctx, pairing.id);
    transitionPairing(ctx, { pairingId: pairing.id, to: 'ended_early', reason: 'mismatch' });
    const before = goalSnapshot(ctx);
    expect(
      errorOf(() =>
        recordProgress(ctx, { goalId: goal.id, date: '2026-11-02', value: '1', note: '' }),
      ).message,
    ).toMatch(/This pairing is ended early: its goals are kept as they were/);
    expect(goalSnapshot(ctx)).toEqual(before);
    expect(pairingGoals(ctx.db, pairing.id, '2026-11-02').readOnlyReason).toMatch(/ended early/);
  });
});

describe('changing a goal', () => {
  it('records the values before and after', () => {
    const { ctx, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id);
    const changed = updateGoal(
      ctx,
      goal.id,
      goalFields.parse({ ...ivGoal(pairing.id), target: 12, startDate: '2026-11-02' }),
    );
    expect(changed.target).toBe(12);
    const last = ctx.db
      .prepare('SELECT action, before_json, after_json FROM audit_events ORDER BY id DESC LIMIT 1')
      .get() as Record<string, string>;
    expect(last.action).toBe('update');
    expect(JSON.parse(last.before_json ?? '{}')).toMatchObject({ target: 10 });
    expect(JSON.parse(last.after_json ?? '{}')).toMatchObject({ target: 12 });
  });

  it('refuses new dates that would leave milestones or progress outside the goal', () => {
    const { ctx, clock, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id);
    clock.set('2026-11-20T09:00:00.000Z');
    recordProgress(ctx, { goalId: goal.id, date: '2026-11-09', value: '2', note: '' });
    const before = goalSnapshot(ctx);
    const error = errorOf(() =>
      updateGoal(
        ctx,
        goal.id,
        goalFields.parse({ ...ivGoal(pairing.id), startDate: '2026-11-10', dueDate: '2026-12-01' }),
      ),
    );
    expect(error.message).toContain(
      'milestone “Five independent insertions” is due 2026-12-14, after this due date',
    );
    // The first milestone (2026-11-16) still fits between the new start and due date.
    expect(error.message).not.toContain('First supervised insertion');
    expect(error.message).toContain(
      '1 progress entry is dated before this start (the earliest on 2026-11-09)',
    );
    expect(goalSnapshot(ctx)).toEqual(before);
  });
});

describe('milestones', () => {
  it('are refused after the goal is due, and achieved only on a day that has happened', () => {
    const { ctx, clock, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id);
    const before = goalSnapshot(ctx);
    expect(
      errorOf(() => addMilestone(ctx, goal.id, { title: 'Late', dueDate: '2027-01-12' })).message,
    ).toContain("after the goal's due date (2027-01-11)");
    const first = goal.milestones[0];
    if (!first) throw new Error('no milestone');
    clock.set('2026-11-14T09:00:00.000Z');
    const future = errorOf(() => setMilestoneAchieved(ctx, first.id, '2026-11-15'));
    expect(future.message).toContain(
      'the achievement date 2026-11-15 is in the future (today is 2026-11-14)',
    );
    expect(fieldsOf(future.details?.problems)).toEqual(['achievedOn']);
    expect(goalSnapshot(ctx)).toEqual(before);
    expect(setMilestoneAchieved(ctx, first.id, '2026-11-13').milestones[0]?.achievedOn).toBe(
      '2026-11-13',
    );
  });
});

describe('dropping a goal', () => {
  it('needs a reason, keeps the goal visible as dropped, and stops further change', () => {
    const { ctx, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id);
    expect(errorOf(() => dropGoal(ctx, goal.id, '  ')).details?.problems?.[0]).toMatchObject({
      field: 'reason',
    });
    const dropped = dropGoal(ctx, goal.id, 'Moved to a unit without PIV insertions');
    expect(dropped).toMatchObject({
      status: 'dropped',
      dropReason: 'Moved to a unit without PIV insertions',
    });
    const before = goalSnapshot(ctx);
    expect(
      errorOf(() =>
        recordProgress(ctx, { goalId: goal.id, date: '2026-11-02', value: '3', note: '' }),
      ).message,
    ).toMatch(/was dropped on 2026-11-02/);
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('is refused once the goal is achieved', () => {
    const { ctx, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id);
    recordProgress(ctx, {
      goalId: goal.id,
      date: '2026-11-02',
      value: '10',
      note: 'Ten on day one',
    });
    expect(getGoalView(ctx.db, goal.id, '2026-11-02').status).toBe('achieved');
    expect(errorOf(() => dropGoal(ctx, goal.id, 'No longer needed')).message).toMatch(
      /already achieved/,
    );
  });
});
