import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../shared/domain/training';
import { voidCompletion } from '../../../electron/core/training/completions';
import {
  completionStatus,
  mentorTrainingGaps,
  requiredMentorTraining,
} from '../../../electron/core/training/status';
import { addStaff } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';
import { addModule, complete } from './fixtures';

const TODAY = '2026-11-23';
const RESIDENCY = ['Preceptor essentials', 'Giving effective feedback'];

function mentors() {
  const ctx = testDb();
  const ana = addStaff(ctx, 'Ana-Lee', { yearsExperience: 12 });
  const ben = addStaff(ctx, 'Ben-Ode', { yearsExperience: 9 });
  return { ctx, ana, ben };
}

describe('expiry', () => {
  it('adds calendar months, keeping the day inside short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', 24)).toBe('2028-03-15');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
  });

  it('counts a completion until its expiry day, warns 60 days before, and never for modules without expiry', () => {
    expect(completionStatus(null, TODAY)).toBe('complete');
    expect(completionStatus('2027-01-23', TODAY)).toBe('complete');
    expect(completionStatus('2027-01-22', TODAY)).toBe('expiring');
    expect(completionStatus('2026-11-24', TODAY)).toBe('expiring');
    expect(completionStatus('2026-11-23', TODAY)).toBe('expired');
  });
});

describe('mentorTrainingGaps (the matching rule for required mentor training)', () => {
  it('gives an empty list for a mentor who has every required module and names what the others lack', () => {
    const { ctx, ana, ben } = mentors();
    complete(ctx, ana.id, 'Preceptor essentials', '2026-01-10');
    complete(ctx, ana.id, 'Giving effective feedback', '2025-06-01');
    complete(ctx, ben.id, 'Giving effective feedback', '2025-06-01');
    const gaps = mentorTrainingGaps(ctx.db, [ana.id, ben.id], RESIDENCY, TODAY);
    expect(gaps).toEqual(
      new Map([
        [ana.id, []],
        [ben.id, ['Preceptor essentials']],
      ]),
    );
  });

  it('counts only the required modules: optional ones completed or not make no difference', () => {
    const { ctx, ana } = mentors();
    complete(ctx, ana.id, 'Inclusive mentoring', '2026-01-10');
    expect(
      mentorTrainingGaps(ctx.db, [ana.id], ['Preceptor essentials'], TODAY).get(ana.id),
    ).toEqual(['Preceptor essentials']);
    complete(ctx, ana.id, 'Preceptor essentials', '2026-01-10');
    expect(
      mentorTrainingGaps(ctx.db, [ana.id], ['Preceptor essentials'], TODAY).get(ana.id),
    ).toEqual([]);
  });

  it('names an expired completion with its expiry day; one that is merely expiring still counts', () => {
    const { ctx, ana, ben } = mentors();
    // Preceptor essentials is valid for 24 months.
    complete(ctx, ana.id, 'Preceptor essentials', '2024-03-01');
    complete(ctx, ben.id, 'Preceptor essentials', '2024-12-15');
    const gaps = mentorTrainingGaps(ctx.db, [ana.id, ben.id], ['Preceptor essentials'], TODAY);
    expect(gaps.get(ana.id)).toEqual(['Preceptor essentials (expired 2026-03-01)']);
    expect(gaps.get(ben.id)).toEqual([]);
    // On the expiry day itself the completion no longer counts.
    expect(
      mentorTrainingGaps(ctx.db, [ben.id], ['Preceptor essentials'], '2026-12-15').get(ben.id),
    ).toEqual(['Preceptor essentials (expired 2026-12-15)']);
  });

  it('uses the latest completion: renewing an expired module closes the gap', () => {
    const { ctx, ana } = mentors();
    complete(ctx, ana.id, 'Preceptor essentials', '2024-03-01');
    complete(ctx, ana.id, 'Preceptor essentials', '2026-10-01');
    expect(
      mentorTrainingGaps(ctx.db, [ana.id], ['Preceptor essentials'], TODAY).get(ana.id),
    ).toEqual([]);
  });

  it('ignores voided completions, falling back to the one before', () => {
    const { ctx, ana } = mentors();
    complete(ctx, ana.id, 'Preceptor essentials', '2024-03-01');
    const renewal = complete(ctx, ana.id, 'Preceptor essentials', '2026-10-01');
    voidCompletion(ctx, renewal.id, 'Attended only the first half');
    expect(
      mentorTrainingGaps(ctx.db, [ana.id], ['Preceptor essentials'], TODAY).get(ana.id),
    ).toEqual(['Preceptor essentials (expired 2026-03-01)']);
  });

  it('treats a name the catalogue does not know as missing, saying so, for everyone', () => {
    const { ctx, ana, ben } = mentors();
    complete(ctx, ana.id, 'Preceptor essentials', '2026-01-10');
    const gaps = mentorTrainingGaps(
      ctx.db,
      [ana.id, ben.id],
      ['Preceptor essentials', 'Preceptor essencials'],
      TODAY,
    );
    expect(gaps.get(ana.id)).toEqual(['Preceptor essencials (not in the training catalogue)']);
    expect(gaps.get(ben.id)).toEqual([
      'Preceptor essentials',
      'Preceptor essencials (not in the training catalogue)',
    ]);
  });

  it('matches names without regard to case or spaces, reports each module once, in the catalogue spelling', () => {
    const { ctx, ana } = mentors();
    const gaps = mentorTrainingGaps(
      ctx.db,
      [ana.id],
      [' preceptor ESSENTIALS', 'Preceptor essentials', ''],
      TODAY,
    );
    expect(gaps.get(ana.id)).toEqual(['Preceptor essentials']);
  });

  it('answers for every staff id asked about, and with empty lists when nothing is required', () => {
    const { ctx, ana, ben } = mentors();
    expect(mentorTrainingGaps(ctx.db, [ana.id, ben.id], [], TODAY)).toEqual(
      new Map([
        [ana.id, []],
        [ben.id, []],
      ]),
    );
    expect(mentorTrainingGaps(ctx.db, [], RESIDENCY, TODAY)).toEqual(new Map());
  });

  it('adds the modules marked required for every mentor to a program list, not mentee-only ones', () => {
    const { ctx } = mentors();
    addModule(ctx, { name: 'Orientation for new starters', audience: 'mentee', required: true });
    addModule(ctx, { name: 'Safeguarding', audience: 'both', required: true });
    expect(
      requiredMentorTraining(ctx.db, ['Giving effective feedback', 'preceptor essentials']),
    ).toEqual(['Giving effective feedback', 'preceptor essentials', 'Safeguarding']);
    expect(requiredMentorTraining(ctx.db, [])).toEqual(['Preceptor essentials', 'Safeguarding']);
  });
});
