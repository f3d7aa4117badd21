import { describe, expect, it } from 'vitest';
import { PROGRAM_TEMPLATES } from '../../../shared/domain/program-templates';
import { goalTemplateInput, type GoalTemplateInput } from '../../../shared/domain/goals';
import { programInput } from '../../../shared/domain/programs';
import { createGoalFromTemplate } from '../../../electron/core/goals/from-template';
import {
  createTemplate,
  listTemplates,
  removeTemplate,
  updateTemplate,
} from '../../../electron/core/goals/templates';
import { createProgram } from '../../../electron/core/programs/service';
import { activePairing, errorOf, goalSnapshot } from './setup';

const piv = (programId: number, overrides: Partial<GoalTemplateInput> = {}) =>
  goalTemplateInput.parse({
    programId,
    title: 'Insert peripheral IVs independently by week 8',
    metric: 'Successful independent PIV insertions',
    unit: 'insertions',
    baseline: 0,
    target: 10,
    plan: 'Supervised insertions every shift',
    relevance: 'IV insertion',
    dueWeek: 8,
    milestones: [
      { title: 'First supervised insertion', week: 2 },
      { title: 'Five independent insertions', week: 5 },
    ],
    ...overrides,
  });

describe('goal templates per program', () => {
  it('turn weeks into dates from the pairing start when a goal is set from one', () => {
    const { ctx, pairing, program } = activePairing('2026-11-02');
    const template = createTemplate(ctx, piv(program.id));
    const goal = createGoalFromTemplate(ctx, {
      pairingId: pairing.id,
      templateId: template.id,
      startDate: null,
    });
    expect(goal).toMatchObject({
      templateId: template.id,
      startDate: '2026-11-02',
      dueDate: '2026-12-28',
      target: 10,
      unit: 'insertions',
    });
    expect(goal.milestones.map((m) => [m.title, m.dueDate])).toEqual([
      ['First supervised insertion', '2026-11-16'],
      ['Five independent insertions', '2026-12-07'],
    ]);
    // A later start moves everything with it.
    const later = createGoalFromTemplate(ctx, {
      pairingId: pairing.id,
      templateId: template.id,
      startDate: '2027-01-04',
    });
    expect(later.dueDate).toBe('2027-03-01');
  });

  it('refuses a template whose dates do not fit the pairing, naming them; nothing is saved', () => {
    const { ctx, pairing, program } = activePairing('2026-11-02');
    const long = createTemplate(
      ctx,
      piv(program.id, { title: 'Precept a student', dueWeek: 60, milestones: [] }),
    );
    const before = goalSnapshot(ctx);
    const error = errorOf(() =>
      createGoalFromTemplate(ctx, { pairingId: pairing.id, templateId: long.id, startDate: null }),
    );
    expect(error.message).toContain(
      'the due date 2027-12-27 is after the pairing ends (2027-11-01)',
    );
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('refuses a target equal to the baseline, a milestone after the due week, and a repeated title', () => {
    const { ctx, program } = activePairing();
    createTemplate(ctx, piv(program.id));
    const before = goalSnapshot(ctx);
    const error = errorOf(() =>
      createTemplate(
        ctx,
        piv(program.id, { target: 0, milestones: [{ title: 'Ten in a row', week: 9 }] }),
      ),
    );
    expect(error.details?.problems?.map((p) => [p.field, p.message])).toEqual([
      [
        'target',
        'the target equals the baseline (0 insertions); a goal must move the measure up or down',
      ],
      [
        'milestones.0.week',
        'milestone “Ten in a row” is in week 9, after the goal is due (week 8)',
      ],
      ['title', 'this program already has a template with this title'],
    ]);
    expect(goalSnapshot(ctx)).toEqual(before);
  });

  it('only offers a program its own templates', () => {
    const { ctx, pairing, program } = activePairing();
    const other = createProgram(
      ctx,
      programInput.parse({ ...PROGRAM_TEMPLATES.preceptorship, name: 'Phlebotomy onboarding' }),
    );
    const venipuncture = createTemplate(
      ctx,
      piv(other.id, {
        title: 'First-stick success',
        unit: '%',
        baseline: 70,
        target: 90,
        milestones: [],
      }),
    );
    expect(listTemplates(ctx.db, other.id).map((t) => t.title)).toEqual(['First-stick success']);
    expect(listTemplates(ctx.db, program.id)).toEqual([]);
    const error = errorOf(() =>
      createGoalFromTemplate(ctx, {
        pairingId: pairing.id,
        templateId: venipuncture.id,
        startDate: null,
      }),
    );
    expect(error.message).toMatch(/belongs to another program/);
  });

  it('can be changed and removed; goals set from it keep their own copy', () => {
    const { ctx, pairing, program } = activePairing();
    const template = createTemplate(ctx, piv(program.id));
    const goal = createGoalFromTemplate(ctx, {
      pairingId: pairing.id,
      templateId: template.id,
      startDate: null,
    });
    expect(updateTemplate(ctx, template.id, piv(program.id, { target: 12 })).target).toBe(12);
    expect(removeTemplate(ctx, template.id)).toEqual([]);
    const kept = ctx.db.prepare('SELECT target, template_id FROM goals WHERE id = ?').get(goal.id);
    expect(kept).toEqual({ target: 10, template_id: null });
    const actions = ctx.db
      .prepare("SELECT action FROM audit_events WHERE entity = 'goal_template' ORDER BY id")
      .all();
    expect(actions).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'delete' }]);
  });
});
