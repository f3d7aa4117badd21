import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../shared/domain/goals';
import { getGoalView } from '../../../electron/core/goals/rows';
import { recordProgress, removeProgress } from '../../../electron/core/goals/progress';
import { pairingGoals } from '../../../electron/core/goals/service';
import { activePairing, addIvGoal, errorOf, goalSnapshot } from './setup';
import { todayOf } from '../../../electron/core/db/write';

describe('reading a value typed in the goal unit', () => {
  it('takes a plain number or one followed by the goal unit', () => {
    expect(parseQuantity('4', 'insertions')).toEqual({ ok: true, value: 4 });
    expect(parseQuantity(' 4.5 ', 'insertions')).toEqual({ ok: true, value: 4.5 });
    expect(parseQuantity('4 insertions', 'insertions')).toEqual({ ok: true, value: 4 });
    expect(parseQuantity('1 insertion', 'insertions')).toEqual({ ok: true, value: 1 });
    expect(parseQuantity('85%', '%')).toEqual({ ok: true, value: 85 });
    expect(parseQuantity('85 percent', '%')).toEqual({ ok: true, value: 85 });
    expect(parseQuantity('-2', 'errors per week')).toEqual({ ok: true, value: -2 });
  });

  it('refuses anything else and says which unit it expects', () => {
    expect(parseQuantity('four', 'insertions')).toEqual({
      ok: false,
      message: '“four” is not a number. Enter a number (the unit is insertions), e.g. 4.',
    });
    expect(parseQuantity('3 hours', 'days')).toEqual({
      ok: false,
      message: '“3 hours” is not in days. Enter a number (the unit is days), e.g. 4.',
    });
    expect(parseQuantity('', '%')).toEqual({
      ok: false,
      message: 'Enter a number (the unit is %), e.g. 4.',
    });
    expect(parseQuantity('1,5', 'insertions').ok).toBe(false);
    expect(parseQuantity('1.2.3', 'insertions').ok).toBe(false);
  });
});

describe('recording progress', () => {
  it('keeps the value, the note and who recorded it, and derives the status from it', () => {
    const { ctx, clock, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id);
    clock.set('2026-11-16T15:00:00.000Z');
    const after = recordProgress(ctx, {
      goalId: goal.id,
      date: '2026-11-16',
      value: '4 insertions',
      note: ' Two on nights ',
    });
    expect(after.progress).toEqual([
      expect.objectContaining({
        date: '2026-11-16',
        value: 4,
        note: 'Two on nights',
        recordedBy: 'educator@test-workstation',
      }),
    ]);
    // 4 after 14 of 70 days projects to 20: on track.
    expect(after).toMatchObject({ status: 'on_track', projected: 20 });
    const audit = ctx.db
      .prepare("SELECT actor, after_json FROM audit_events WHERE entity = 'goal_progress'")
      .get() as { actor: string; after_json: string };
    expect(audit.actor).toBe('educator@test-workstation');
    expect(JSON.parse(audit.after_json)).toMatchObject({
      value: 4,
      unit: 'insertions',
      status: 'on_track',
    });
  });

  it('refuses a value that is not a number in the goal unit, naming the unit; nothing is saved', () => {
    const { ctx, clock, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id);
    clock.set('2026-11-16T15:00:00.000Z');
    const before = goalSnapshot(ctx);
    for (const value of ['a few', '3 hours', '']) {
      const error = errorOf(() =>
        recordProgress(ctx, { goalId: goal.id, date: '2026-11-16', value, note: '' }),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.details?.problems).toEqual([
        expect.objectContaining({
          field: 'value',
          message: expect.stringContaining('the unit is insertions'),
        }),
      ]);
    }
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('refuses a date in the future or before the goal starts', () => {
    const { ctx, clock, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id, { startDate: '2026-11-09' });
    clock.set('2026-11-16T15:00:00.000Z');
    const before = goalSnapshot(ctx);
    const future = errorOf(() =>
      recordProgress(ctx, { goalId: goal.id, date: '2026-11-17', value: '2', note: '' }),
    );
    expect(future.message).toContain('the date 2026-11-17 is in the future (today is 2026-11-16)');
    const early = errorOf(() =>
      recordProgress(ctx, { goalId: goal.id, date: '2026-11-08', value: '2', note: '' }),
    );
    expect(early.message).toContain('the date 2026-11-08 is before the goal starts (2026-11-09)');
    expect(early.details?.problems?.map((p) => p.field)).toEqual(['date']);
    // Both wrong at once: both fields are named.
    const both = errorOf(() =>
      recordProgress(ctx, { goalId: goal.id, date: '2026-12-01', value: 'x', note: '' }),
    );
    expect(both.details?.problems?.map((p) => p.field)).toEqual(['value', 'date']);
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('moves a goal from on track to at risk to achieved as entries come in, and overdue once past due', () => {
    const { ctx, clock, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id); // 0 → 10, 2026-11-02 to 2027-01-11 (70 days)
    const record = (day: string, value: string) => {
      clock.set(`${day}T16:00:00.000Z`);
      return recordProgress(ctx, { goalId: goal.id, date: day, value, note: '' }).status;
    };
    expect(record('2026-11-16', '3')).toBe('on_track'); // projects to 15
    expect(record('2026-12-07', '4')).toBe('at_risk'); // 35 days: projects to 8
    expect(record('2026-12-21', '10')).toBe('achieved');
    expect(getGoalView(ctx.db, goal.id, '2026-12-21').achievedOn).toBe('2026-12-21');

    const second = addIvGoal(ctx, pairing.id, { title: 'Second goal', milestones: [] });
    clock.set('2027-01-12T09:00:00.000Z');
    expect(getGoalView(ctx.db, second.id, todayOf(ctx)).status).toBe('overdue');
    expect(pairingGoals(ctx.db, pairing.id, todayOf(ctx)).goals.map((g) => g.status)).toEqual([
      'achieved',
      'overdue',
    ]);
  });

  it('takes back a mistaken entry, keeping it in the audit trail', () => {
    const { ctx, pairing } = activePairing();
    const goal = addIvGoal(ctx, pairing.id);
    const entry = recordProgress(ctx, {
      goalId: goal.id,
      date: '2026-11-02',
      value: 10,
      note: 'typo: meant 1',
    }).progress[0];
    if (!entry) throw new Error('no entry');
    const after = removeProgress(ctx, entry.id);
    expect(after).toMatchObject({ status: 'not_started', progress: [] });
    const audit = ctx.db
      .prepare(
        "SELECT before_json FROM audit_events WHERE entity = 'goal_progress' AND action = 'delete'",
      )
      .get() as { before_json: string };
    expect(JSON.parse(audit.before_json)).toMatchObject({ value: 10, note: 'typo: meant 1' });
  });
});
