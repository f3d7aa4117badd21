import { describe, expect, it } from 'vitest';
import type { MatchingSettings } from '../../../shared/domain/programs';
import { RULE_CODES, type MenteeFacts, type MentorFacts } from '../../../shared/domain/matching';
import { SHIFTS, STAFF_STATUSES } from '../../../shared/domain/staff';
import {
  alreadyPairedViolation,
  capacityViolation,
  checkPair,
  createRuleChecker,
  eligibleMentee,
  eligibleMentor,
  type RuleContext,
} from '../../../electron/core/matching/rules';
import {
  mentee as baseMentee,
  mentor as baseMentor,
  type MenteeOverrides,
  type MentorOverrides,
} from '../../helpers/facts';

/** The rules tests' people: the mentee has an interest, the mentor a strength and 4 places. */
function mentee(over: MenteeOverrides = {}): MenteeFacts {
  return baseMentee({ interests: ['Leadership'], ...over });
}

function mentor(over: MentorOverrides = {}): MentorFacts {
  return baseMentor({
    capacity: 4,
    ...over,
    profile: { strengths: ['Wound care'], ...over.profile },
  });
}

function settings(over: Partial<MatchingSettings> = {}): MatchingSettings {
  return {
    weights: {
      competency: 3,
      experience: 2,
      goals: 1,
      shift: 1,
      unit: 1,
      discipline: 1,
      language: 1,
      preferences: 1,
    },
    unitRule: 'same',
    minExperienceGap: 3,
    requireSameShift: false,
    requireTraining: false,
    ...over,
  };
}

function ctx(over: Partial<RuleContext> = {}): RuleContext {
  return { settings: settings(), doNotPair: [], ...over };
}

describe('checkPair', () => {
  it('finds nothing wrong with a clean pair, even under every optional rule', () => {
    const strict = ctx({
      settings: settings({ requireSameShift: true, requireTraining: true }),
      doNotPair: [{ staffA: 101, staffB: 303, reason: 'Related' }],
    });
    expect(checkPair(mentee(), mentor(), strict)).toEqual([]);
    expect(createRuleChecker(strict).allowed(mentee(), mentor())).toBe(true);
  });

  it('nobody mentors themself', () => {
    const v = checkPair(
      mentee({ staffId: 7 }),
      mentor({ staffId: 7, displayName: 'Ana Reyes' }),
      ctx(),
    );
    expect(v).toEqual([{ rule: 'self', message: 'Ana Reyes cannot mentor themself' }]);
  });

  it("a mentee's direct supervisor cannot be their mentor", () => {
    const v = checkPair(mentee({ supervisorId: 202 }), mentor(), ctx());
    expect(v).toEqual([
      { rule: 'supervisor', message: "Ben Okafor is Ana Reyes's direct supervisor" },
    ]);
  });

  it('nor can someone who reports to the mentee', () => {
    const v = checkPair(mentee(), mentor({ supervisorId: 101 }), ctx());
    expect(v).toEqual([
      { rule: 'supervisor', message: "Ana Reyes is Ben Okafor's direct supervisor" },
    ]);
  });

  it('the do-not-pair list applies in either order, with its reason', () => {
    const message = 'Ana Reyes and Ben Okafor are on the do-not-pair list: Married couple';
    // Staff ids on both sides of each other, entries in both orders.
    for (const [menteeId, mentorId] of [
      [101, 202],
      [303, 202],
    ] as const) {
      for (const [staffA, staffB] of [
        [menteeId, mentorId],
        [mentorId, menteeId],
      ] as const) {
        const c = ctx({ doNotPair: [{ staffA, staffB, reason: 'Married couple' }] });
        const me = mentee({ staffId: menteeId });
        const mo = mentor({ staffId: mentorId });
        expect(checkPair(me, mo, c)).toEqual([{ rule: 'do_not_pair', message }]);
        expect(createRuleChecker(c).allowed(me, mo)).toBe(false);
      }
    }
  });

  it('merges several do-not-pair entries for one pair into one violation', () => {
    const v = checkPair(
      mentee(),
      mentor(),
      ctx({
        doNotPair: [
          { staffA: 101, staffB: 202, reason: 'Grievance open' },
          { staffA: 202, staffB: 101, reason: 'Same household' },
          { staffA: 202, staffB: 101, reason: '' },
        ],
      }),
    );
    expect(v).toEqual([
      {
        rule: 'do_not_pair',
        message:
          'Ana Reyes and Ben Okafor are on the do-not-pair list: Grievance open; Same household',
      },
    ]);
    const bare = checkPair(
      mentee(),
      mentor(),
      ctx({ doNotPair: [{ staffA: 101, staffB: 202, reason: ' ' }] }),
    );
    expect(bare[0]?.message).toBe('Ana Reyes and Ben Okafor are on the do-not-pair list');
  });

  it('a do-not-pair entry about other people does not apply', () => {
    const c = ctx({ doNotPair: [{ staffA: 101, staffB: 999, reason: 'x' }] });
    expect(checkPair(mentee(), mentor(), c)).toEqual([]);
  });

  it('requires completed mentor training when the program says so, naming what is missing', () => {
    const untrained = mentor({
      missingTraining: ['Preceptor essentials (expired 2026-03-01)', 'Effective feedback'],
    });
    const c = ctx({
      settings: settings({ requireTraining: true }),
    });
    expect(checkPair(mentee(), untrained, c)).toEqual([
      {
        rule: 'training',
        message:
          'Ben Okafor has not completed the required mentor training: Preceptor essentials (expired 2026-03-01), Effective feedback',
      },
    ]);
    const notRequired = ctx({ settings: settings({ requireTraining: false }) });
    expect(checkPair(mentee(), untrained, notRequired)).toEqual([]);
  });

  it('requires the same shift when the program says so', () => {
    const c = ctx({ settings: settings({ requireSameShift: true }) });
    expect(checkPair(mentee({ shift: 'night' }), mentor({ shift: 'day' }), c)).toEqual([
      {
        rule: 'shift',
        message: 'This program requires the same shift: Ana Reyes works nights, Ben Okafor days',
      },
    ]);
    expect(checkPair(mentee({ shift: null }), mentor({ shift: 'day' }), c)[0]?.message).toBe(
      "This program requires the same shift: Ana Reyes's shift is not recorded",
    );
    expect(checkPair(mentee(), mentor({ shift: null }), c)[0]?.message).toBe(
      "This program requires the same shift: Ben Okafor's shift is not recorded",
    );
    // Without a recorded shift, the mentee's preferred shift stands in.
    expect(
      checkPair(
        mentee({ shift: null, intake: { preferredShift: 'day' } }),
        mentor({ shift: 'day' }),
        c,
      ),
    ).toEqual([]);
    expect(checkPair(mentee({ shift: 'night' }), mentor({ shift: 'day' }), ctx())).toEqual([]);
  });

  it('only active staff can be paired', () => {
    expect(checkPair(mentee({ status: 'on_leave' }), mentor(), ctx())).toEqual([
      { rule: 'mentee_not_eligible', message: 'Ana Reyes is on leave' },
    ]);
    expect(checkPair(mentee(), mentor({ status: 'left' }), ctx())).toEqual([
      { rule: 'mentor_not_eligible', message: 'Ben Okafor has left' },
    ]);
  });

  it('returns every rule broken, in rule order', () => {
    const v = checkPair(
      mentee({ supervisorId: 202, status: 'left', shift: 'day' }),
      mentor({ status: 'on_leave', missingTraining: ['Preceptor essentials'] }),
      ctx({
        settings: settings({ requireSameShift: true, requireTraining: true }),
        doNotPair: [{ staffA: 202, staffB: 101, reason: 'Conflict' }],
      }),
    );
    expect(v.map((x) => x.rule)).toEqual([
      'supervisor',
      'do_not_pair',
      'training',
      'shift',
      'mentee_not_eligible',
      'mentor_not_eligible',
    ]);
  });

  it('sees a do-not-pair entry added to the same context later', () => {
    const c = ctx();
    expect(checkPair(mentee(), mentor(), c)).toEqual([]);
    c.doNotPair.push({ staffA: 101, staffB: 202, reason: 'New complaint' });
    expect(checkPair(mentee(), mentor(), c).map((x) => x.rule)).toEqual(['do_not_pair']);
  });
});

describe('createRuleChecker.allowed', () => {
  it('agrees with check() on every combination of the rules', () => {
    const contexts = [
      ctx(),
      ctx({
        settings: settings({ requireSameShift: true, requireTraining: true }),
        doNotPair: [
          { staffA: 3, staffB: 201, reason: 'x' },
          { staffA: 201, staffB: 204, reason: 'y' },
        ],
      }),
    ];
    for (const c of contexts) {
      const checker = createRuleChecker(c);
      for (const status of STAFF_STATUSES) {
        for (const shift of [...SHIFTS, null]) {
          for (const staffId of [3, 4, 201, 204]) {
            for (const supervisorId of [null, 201]) {
              const me = mentee({ staffId, status, shift, supervisorId });
              for (const [missingTraining, mentorSupervisor] of [
                [[], null],
                [['Preceptor essentials'], null],
                [[], 4],
              ] as const) {
                const mo = mentor({
                  staffId: 201,
                  shift: 'day',
                  supervisorId: mentorSupervisor,
                  missingTraining: [...missingTraining],
                });
                expect(checker.allowed(me, mo)).toBe(checker.check(me, mo).length === 0);
              }
            }
          }
        }
      }
    }
  });
});

describe('capacity and already paired', () => {
  it('a full mentor breaks the capacity rule', () => {
    expect(capacityViolation(mentor({ capacity: 4 }), 3)).toBeNull();
    expect(capacityViolation(mentor({ capacity: 4 }), 4)).toEqual({
      rule: 'capacity',
      message: 'Ben Okafor is full: 4 of 4 mentees',
    });
    expect(capacityViolation(mentor({ capacity: 1 }), 1)?.message).toBe(
      'Ben Okafor is full: 1 of 1 mentee',
    );
    expect(capacityViolation(mentor({ capacity: 0 }), 0)?.message).toBe(
      'Ben Okafor takes no mentees in this cohort (capacity 0)',
    );
  });

  it('names the current mentor of an already paired mentee', () => {
    expect(alreadyPairedViolation(mentee(), mentor({ displayName: 'Chen Wei' }))).toEqual({
      rule: 'already_paired',
      message: 'Ana Reyes is already paired with Chen Wei',
    });
  });

  it('keeps the full list of rule codes', () => {
    expect(RULE_CODES).toEqual([
      'self',
      'supervisor',
      'do_not_pair',
      'training',
      'shift',
      'mentee_not_eligible',
      'mentor_not_eligible',
      'capacity',
      'already_paired',
      'peer_mismatch',
    ]);
  });
});

describe('eligibility', () => {
  it('only active staff are eligible', () => {
    expect(eligibleMentee(mentee())).toBe(true);
    expect(eligibleMentee(mentee({ status: 'on_leave' }))).toBe(false);
    expect(eligibleMentor(mentor({ status: 'left' }))).toBe(false);
    expect(eligibleMentor(mentor())).toBe(true);
  });
});
