import { describe, expect, it } from 'vitest';
import {
  celebrateList,
  cohortCelebrations,
  cohortGoals,
} from '../../../electron/core/goals/cohort';
import { setMilestoneAchieved } from '../../../electron/core/goals/milestones';
import { recordProgress } from '../../../electron/core/goals/progress';
import { dropGoal } from '../../../electron/core/goals/service';
import { transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff, enrolMentee } from '../../helpers/cohort';
import { activePairing, addIvGoal } from './setup';

/** Two running pairings in one cohort, both from 2026-11-02, with goals in every state. */
function cohortWithGoals() {
  const setup = activePairing('2026-11-02');
  const { ctx, clock, cohort, pairing, mentorEnrolment } = setup;
  const ola = enrolMentee(ctx, cohort.id, addStaff(ctx, 'Ola-Second', { yearsExperience: 1 }).id);
  const [second] = acceptProposals(ctx, [
    assignMentee(ctx, {
      cohortId: cohort.id,
      menteeEnrolmentId: ola.id,
      mentorEnrolmentId: mentorEnrolment.id,
    }).id,
  ]);
  if (!second) throw new Error('second pairing not accepted');

  const onTrack = addIvGoal(ctx, pairing.id, { title: 'On track goal', milestones: [] });
  const atRiskLate = addIvGoal(ctx, pairing.id, {
    title: 'At risk, due later',
    dueDate: '2027-02-01',
    milestones: [],
  });
  const overdue = addIvGoal(ctx, second.id, {
    title: 'Overdue goal',
    dueDate: '2026-11-20',
    milestones: [],
  });
  const atRiskSoon = addIvGoal(ctx, second.id, {
    title: 'At risk, due sooner',
    dueDate: '2026-12-31',
    milestones: [],
  });
  const met = addIvGoal(ctx, second.id, { title: 'Met goal' });
  const dropped = addIvGoal(ctx, pairing.id, { title: 'Dropped goal', milestones: [] });

  clock.set('2026-11-30T12:00:00.000Z');
  recordProgress(ctx, { goalId: onTrack.id, date: '2026-11-30', value: '6', note: '' });
  recordProgress(ctx, { goalId: atRiskLate.id, date: '2026-11-30', value: '1', note: '' });
  recordProgress(ctx, { goalId: overdue.id, date: '2026-11-16', value: '5', note: '' });
  recordProgress(ctx, { goalId: atRiskSoon.id, date: '2026-11-30', value: '1', note: '' });
  recordProgress(ctx, { goalId: met.id, date: '2026-11-25', value: '10', note: '' });
  const [first, fifth] = met.milestones;
  if (!first || !fifth) throw new Error('milestones missing');
  setMilestoneAchieved(ctx, first.id, '2026-11-10');
  setMilestoneAchieved(ctx, fifth.id, '2026-11-25');
  dropGoal(ctx, dropped.id, 'Covered by the unit skills day');
  return { ...setup, second, goals: { onTrack, atRiskLate, overdue, atRiskSoon, met, dropped } };
}

describe("a cohort's goals", () => {
  it('counts goals by status and lists those at risk or overdue, overdue first, soonest due first', () => {
    const { ctx, cohort } = cohortWithGoals();
    const view = cohortGoals(ctx.db, cohort.id, '2026-11-30');
    expect(view.counts).toEqual({
      not_started: 0,
      on_track: 1,
      at_risk: 2,
      overdue: 1,
      achieved: 1,
      dropped: 1,
    });
    expect(view.attention.map((a) => [a.goal.title, a.goal.status, a.pairing.mentee.name])).toEqual(
      [
        ['Overdue goal', 'overdue', 'Ola Second'],
        ['At risk, due sooner', 'at_risk', 'Ola Second'],
        ['At risk, due later', 'at_risk', 'Nico Newgrad'],
      ],
    );
  });

  it('leaves out goals of pairings that have ended', () => {
    const { ctx, cohort, second } = cohortWithGoals();
    transitionPairing(ctx, { pairingId: second.id, to: 'ended_early', reason: 'mentee_left' });
    const view = cohortGoals(ctx.db, cohort.id, '2026-11-30');
    expect(view.attention.map((a) => a.goal.title)).toEqual(['At risk, due later']);
    // Recognition stays: what was achieved was achieved.
    expect(view.celebrate.length).toBe(3);
  });

  it('celebrates milestones achieved and goals met, newest first', () => {
    const { ctx, cohort } = cohortWithGoals();
    const list = cohortCelebrations(ctx.db, cohort.id, '2026-11-30');
    expect(
      list.map((c) => [
        c.date,
        c.kind,
        c.milestoneTitle ?? c.goalTitle,
        c.mentee.name,
        c.mentor.name,
      ]),
    ).toEqual([
      ['2026-11-25', 'goal', 'Met goal', 'Ola Second', 'Maya Mentor'],
      ['2026-11-25', 'milestone', 'Five independent insertions', 'Ola Second', 'Maya Mentor'],
      ['2026-11-10', 'milestone', 'First supervised insertion', 'Ola Second', 'Maya Mentor'],
    ]);
    // As of an earlier day, only what had happened by then.
    expect(cohortCelebrations(ctx.db, cohort.id, '2026-11-20').map((c) => c.date)).toEqual([
      '2026-11-10',
    ]);
  });

  it('builds the celebrate list from plain data (for certificates)', () => {
    const pairing = {
      id: 1,
      cohortId: 1,
      cohortCode: 'C',
      programId: 1,
      status: 'completed',
      startDate: '2026-01-01',
      endDate: '2026-06-01',
      mentee: { staffId: 2, name: 'Mo' },
      mentor: { staffId: 3, name: 'Lu' },
    };
    const goal = {
      id: 7,
      pairingId: 1,
      templateId: null,
      title: 'Lead a huddle',
      metric: 'Huddles led',
      unit: 'huddles',
      baseline: 0,
      target: 4,
      plan: '',
      relevance: '',
      startDate: '2026-01-01',
      dueDate: '2026-03-01',
      droppedAt: null,
      dropReason: null,
      createdAt: '',
      updatedAt: '',
      milestones: [
        {
          id: 1,
          goalId: 7,
          title: 'First huddle',
          dueDate: '2026-01-15',
          achievedOn: '2026-01-12',
        },
      ],
      progress: [],
      status: 'achieved' as const,
      direction: 'increase' as const,
      projected: null,
      achievedOn: '2026-02-20',
    };
    expect(celebrateList([{ pairing, goal }], '2026-06-01').map((c) => [c.kind, c.date])).toEqual([
      ['goal', '2026-02-20'],
      ['milestone', '2026-01-12'],
    ]);
  });
});
