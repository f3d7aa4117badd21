import { describe, expect, it } from 'vitest';
import {
  MATCH_FACTORS,
  type MatchFactor,
  type MatchingSettings,
  type MatchWeights,
} from '../../../shared/domain/programs';
import type {
  FactorScore,
  MatchBreakdown,
  MenteeFacts,
  MentorFacts,
} from '../../../shared/domain/matching';
import { ROLES, SHIFTS } from '../../../shared/domain/staff';
import { mentee, mentor } from '../../helpers/facts';
import {
  createScorer,
  matchKey,
  scoreOnly,
  scorePair,
} from '../../../electron/core/matching/score';

const ONES: MatchWeights = {
  competency: 1,
  experience: 1,
  goals: 1,
  shift: 1,
  unit: 1,
  discipline: 1,
  language: 1,
  preferences: 1,
};

function settings(
  over: Partial<Omit<MatchingSettings, 'weights'>> = {},
  weights: Partial<MatchWeights> = {},
): MatchingSettings {
  return {
    weights: { ...ONES, ...weights },
    unitRule: 'same',
    minExperienceGap: 3,
    requireSameShift: false,
    requireTraining: false,
    ...over,
  };
}

/** Only `f` weighed, so the score is round(100 × its fit). */
function only(f: MatchFactor, over: Partial<Omit<MatchingSettings, 'weights'>> = {}) {
  const weights = Object.fromEntries(MATCH_FACTORS.map((x) => [x, x === f ? 1 : 0]));
  return settings(over, weights);
}

function factor(b: MatchBreakdown, f: MatchFactor): FactorScore {
  const found = b.factors.find((x) => x.factor === f);
  if (!found) throw new Error(`no ${f} factor`);
  return found;
}

function fitOf(f: MatchFactor, me: MenteeFacts, mo: MentorFacts, s = settings()) {
  return factor(scorePair(me, mo, s), f);
}

// --- factors -----------------------------------------------------------------------------------

describe('competency', () => {
  it('counts the wanted competencies the mentor lists as strengths, case- and space-insensitively', () => {
    const f = fitOf(
      'competency',
      mentee({
        intake: { competenciesWanted: ['IV insertion', 'Wound care', 'Charting in the EHR'] },
      }),
      mentor({ profile: { strengths: ['  iv INSERTION ', 'wound-care', 'Venipuncture'] } }),
    );
    expect(f.fit).toBeCloseTo(2 / 3, 3);
    expect(f.explanation).toBe(
      'Can teach 2 of 3 competencies wanted: IV insertion, Wound care; not Charting in the EHR',
    );
  });

  it('counts signed-off levels of competent (3) or above, not below', () => {
    const f = fitOf(
      'competency',
      mentee({ intake: { competenciesWanted: ['Wound care', 'Leading a huddle'] } }),
      mentor({ competencyLevels: { 'wound care': 4, 'Leading a huddle': 2 } }),
    );
    expect(f.fit).toBe(0.5);
    expect(f.explanation).toBe(
      'Can teach 1 of 2 competencies wanted: Wound care (signed off proficient); not Leading a huddle',
    );
  });

  it('has no data when the mentee named none (0 points, said so), and is 0 when the mentor covers none', () => {
    const none = fitOf(
      'competency',
      mentee(),
      mentor({ profile: { strengths: ['Venipuncture'] } }),
    );
    expect(none.fit).toBe(0);
    expect(none.points).toBe(0);
    expect(none.noData).toBe(true);
    expect(none.explanation).toBe('No data: no competencies named at intake');
    const miss = fitOf(
      'competency',
      mentee({ intake: { competenciesWanted: ['Telemetry'] } }),
      mentor({ profile: { strengths: ['Venipuncture'] } }),
    );
    expect(miss.fit).toBe(0);
    expect(miss.explanation).toBe('Can teach 0 of 1 competency wanted (Telemetry)');
  });

  it('counts a competency named twice at intake once', () => {
    const f = fitOf(
      'competency',
      mentee({ intake: { competenciesWanted: ['Telemetry', 'telemetry ', 'Sepsis screening'] } }),
      mentor({ profile: { strengths: ['Telemetry'] } }),
    );
    expect(f.fit).toBe(0.5);
    expect(f.explanation).toMatch(/^Can teach 1 of 2 competencies wanted: Telemetry;/);
  });
});

describe('points and maxima', () => {
  it('a factor with no data earns 0 of its maximum, and the total stays out of the full weight', () => {
    // Weights 1 ×7 and discipline 2: a total of 9, so each factor's maximum is 11.1 (discipline 22.2).
    const b = scorePair(
      mentee({ role: 'rn', shift: 'day' }),
      mentor({ role: 'rn', shift: 'day' }),
      settings({}, { discipline: 2 }),
    );
    const competency = b.factors.find((f) => f.factor === 'competency');
    expect(competency).toMatchObject({ points: 0, maxPoints: 11.1, noData: true });
    const discipline = b.factors.find((f) => f.factor === 'discipline');
    expect(discipline).toMatchObject({ points: 22.2, maxPoints: 22.2, noData: false });
    const maxSum = b.factors.reduce((a, f) => a + (f.maxPoints ?? 0), 0);
    expect(maxSum).toBeCloseTo(100, 0);
  });
});

describe('experience', () => {
  const pair = (menteeYears: number | null, mentorYears: number | null, min = 3) =>
    fitOf(
      'experience',
      mentee({ yearsExperience: menteeYears }),
      mentor({ yearsExperience: mentorYears }),
      settings({ minExperienceGap: min }),
    );

  it('gives 0.7 at the minimum gap, rising to 1 at the minimum + 10 years', () => {
    expect(pair(2, 5).fit).toBeCloseTo(0.7, 6);
    expect(pair(1, 13).fit).toBeCloseTo(0.97, 6);
    expect(pair(1, 13).explanation).toBe(
      '12 years more experience (mentor 13, mentee 1; minimum 3)',
    );
    expect(pair(0, 13).fit).toBe(1);
    expect(pair(0, 40).fit).toBe(1);
  });

  it('scales down below the minimum and is 0 when the mentor has no more experience', () => {
    const below = pair(4, 5);
    expect(below.fit).toBeCloseTo(0.7 / 3, 3);
    expect(below.explanation).toBe(
      '1 year more experience, below the minimum of 3 (mentor 5, mentee 4)',
    );
    expect(pair(5, 5).fit).toBe(0);
    const less = pair(8, 5);
    expect(less.fit).toBe(0);
    expect(less.explanation).toMatch(/^3 years less experience than the mentee/);
  });

  it('accepts equal experience when the program sets no minimum gap', () => {
    const f = pair(5, 5, 0);
    expect(f.fit).toBeCloseTo(0.7, 6);
    expect(f.explanation).toBe('Same years of experience (mentor 5, mentee 5; no minimum gap)');
    expect(pair(6, 5, 0).fit).toBe(0);
  });

  it('has no data (0) when years are not recorded, naming whose', () => {
    expect(pair(null, 10).fit).toBe(0);
    expect(pair(null, 10).explanation).toBe('No data: experience not recorded for the mentee');
    expect(pair(2, null).explanation).toBe('No data: experience not recorded for the mentor');
    expect(pair(null, null).explanation).toBe(
      'No data: experience not recorded for either of them',
    );
  });
});

describe('goals', () => {
  it('finds shared interests and goal words, showing listed interests as written', () => {
    const f = fitOf(
      'goals',
      mentee({
        interests: ['Critical care'],
        careerGoals: 'Become a clinical educator',
        intake: { careerInterests: ['Leadership'], goals: 'Lead huddles on a busy unit' },
      }),
      mentor({ interests: ['leadership', 'critical care'], careerGoals: 'Clinical educator role' }),
    );
    expect(f.fit).toBe(1);
    expect(f.explanation).toBe('In common: Leadership, Critical care, clinical, educator');
  });

  it('needs 3 shared words for a full fit (fewer when either side has fewer)', () => {
    const partial = fitOf(
      'goals',
      mentee({ intake: { careerInterests: ['Research', 'Informatics', 'Pediatrics'] } }),
      mentor({ interests: ['Pediatrics', 'Oncology', 'Wellness'] }),
    );
    expect(partial.fit).toBeCloseTo(1 / 3, 3);
    expect(partial.explanation).toBe('In common: Pediatrics (1 shared word; 3 make a full fit)');
    const small = fitOf(
      'goals',
      mentee({ intake: { careerInterests: ['Research', 'Informatics', 'Pediatrics'] } }),
      mentor({ interests: ['pediatric'] }),
    );
    expect(small.fit).toBe(1);
  });

  it('ignores generic words: wanting to become a better nurse is not a shared goal', () => {
    const f = fitOf(
      'goals',
      mentee({
        intake: { goals: 'I want to become a better nurse', careerInterests: ['Wellness'] },
      }),
      mentor({ careerGoals: 'Help every new nurse become confident', interests: ['Research'] }),
    );
    expect(f.fit).toBe(0);
    expect(f.explanation).toBe('No goals or interests in common (mentee: Wellness)');
  });

  it('has no data (0) when either side recorded nothing', () => {
    const f = fitOf('goals', mentee({ interests: ['Research'] }), mentor());
    expect(f.fit).toBe(0);
    expect(f.explanation).toBe('No data: no goals or interests recorded for the mentor');
  });
});

describe('shift', () => {
  const pair = (
    a: MenteeFacts['shift'],
    b: MentorFacts['shift'],
    preferred = null as MenteeFacts['shift'],
  ) =>
    fitOf(
      'shift',
      mentee({ shift: a, intake: { preferredShift: preferred } }),
      mentor({ shift: b }),
    );

  it('is 1 on the same shift', () => {
    expect(pair('night', 'night').fit).toBe(1);
    expect(pair('night', 'night').explanation).toBe('Both on nights');
  });

  it("compares the mentee's preferred shift before their current one", () => {
    const f = pair('night', 'evening', 'evening');
    expect(f.fit).toBe(1);
    expect(f.explanation).toBe("Both on evenings (the mentee's preferred shift)");
    expect(pair('evening', 'evening', 'night').fit).toBe(0.5);
  });

  it('gives adjacent shifts and rotating 0.5, day against night 0, unknown no data (0)', () => {
    expect(pair('day', 'evening').fit).toBe(0.5);
    expect(pair('evening', 'night').fit).toBe(0.5);
    expect(pair('day', 'evening').explanation).toBe(
      'Mentee on days, mentor on evenings: partial overlap',
    );
    expect(pair('day', 'night').fit).toBe(0);
    expect(pair('day', 'night').explanation).toBe('Mentee on days, mentor on nights: no overlap');
    expect(pair('rotating', 'day').fit).toBe(0.5);
    expect(pair('rotating', 'rotating').fit).toBe(0.5);
    expect(pair(null, 'day').fit).toBe(0);
    expect(pair('day', null).explanation).toBe('No data: shift not recorded for the mentor');
  });
});

describe('unit', () => {
  const pair = (a: string | null, b: string | null, unitRule: MatchingSettings['unitRule']) =>
    fitOf('unit', mentee({ unit: a }), mentor({ unit: b }), settings({ unitRule }));

  it('the unit rule "same" rewards the same unit, "different" flips it', () => {
    const same = pair('Cardiology', 'cardiology ', 'same');
    expect(same.fit).toBe(1);
    expect(same.explanation).toBe('Same unit: Cardiology (this program pairs within the unit)');
    expect(pair('Cardiology', 'ICU', 'same').fit).toBe(0);
    expect(pair('Cardiology', 'Cardiology', 'different').fit).toBe(0);
    const cross = pair('Cardiology', 'ICU', 'different');
    expect(cross.fit).toBe(1);
    expect(cross.explanation).toBe(
      'Different units: mentee Cardiology, mentor ICU (this program pairs across units)',
    );
  });

  it('"any" is always 1; an unknown unit is no data (0)', () => {
    expect(pair('Cardiology', 'ICU', 'any').fit).toBe(1);
    expect(pair('Cardiology', 'ICU', 'any').explanation).toMatch(/^Any unit/);
    expect(pair(null, 'ICU', 'same').fit).toBe(0);
    expect(pair(null, 'ICU', 'same').explanation).toMatch(
      /^No data: unit not recorded for the mentee/,
    );
  });
});

describe('discipline', () => {
  const pair = (a: MenteeFacts['role'], b: MentorFacts['role']) =>
    fitOf('discipline', mentee({ role: a }), mentor({ role: b }));

  it('is 1 for the same role, 0.6 within nursing or the laboratory, 0 across', () => {
    expect(pair('rn', 'rn')).toMatchObject({ fit: 1, explanation: 'Both registered nurses' });
    expect(pair('lpn', 'rn')).toMatchObject({
      fit: 0.6,
      explanation: 'Both in nursing: mentee licensed practical nurse, mentor registered nurse',
    });
    expect(pair('phlebotomist', 'lab_scientist').fit).toBe(0.6);
    expect(pair('rn', 'phlebotomist')).toMatchObject({
      fit: 0,
      explanation: 'Different disciplines: mentee registered nurse, mentor phlebotomist',
    });
    expect(pair('therapist', 'physician').fit).toBe(0);
  });

  it('has no data (0) when unknown, and is 0.5 for two roles only listed as Other', () => {
    expect(pair(null, 'rn').fit).toBe(0);
    expect(pair(null, 'rn').explanation).toBe('No data: discipline not recorded for the mentee');
    expect(pair('other', 'other').fit).toBe(0.5);
  });
});

describe('language', () => {
  it('when the mentee asked for languages, is 1 if the mentor speaks one of them', () => {
    const me = mentee({ intake: { languages: ['Spanish', 'Tagalog'] } });
    const yes = fitOf('language', me, mentor({ languages: ['English', 'spanish'] }));
    expect(yes.fit).toBe(1);
    expect(yes.explanation).toBe('Both speak Spanish (asked for at intake)');
    const no = fitOf('language', me, mentor({ languages: ['English'] }));
    expect(no.fit).toBe(0);
    expect(no.explanation).toBe('Mentor does not speak Spanish or Tagalog (asked for at intake)');
    const unknown = fitOf('language', me, mentor({ languages: [] }));
    expect(unknown.fit).toBe(0);
    expect(unknown.explanation).toBe(
      "No data: mentor's languages not recorded (mentee asked for Spanish or Tagalog)",
    );
  });

  it('otherwise is 1 for any shared language, 0 for none, no data (0) when unknown', () => {
    const both = fitOf(
      'language',
      mentee({ languages: ['English', 'Vietnamese'] }),
      mentor({ languages: ['vietnamese', 'english'] }),
    );
    expect(both.fit).toBe(1);
    expect(both.explanation).toBe('Both speak English and Vietnamese');
    expect(fitOf('language', mentee({ languages: ['French'] }), mentor()).fit).toBe(0);
    const unknown = fitOf('language', mentee({ languages: [] }), mentor());
    expect(unknown.fit).toBe(0);
    expect(unknown.explanation).toBe('No data: languages not recorded for the mentee');
  });
});

describe('preferences', () => {
  it('counts the stated preferences the mentor meets', () => {
    const all = fitOf(
      'preferences',
      mentee({
        unit: 'Cardiology',
        intake: { preferredShift: 'evening', unitPreference: 'cross' },
      }),
      mentor({ unit: 'ICU', shift: 'evening' }),
    );
    expect(all.fit).toBe(1);
    expect(all.explanation).toBe('Meets 2 of 2 stated preferences: evening shift, another unit');

    const some = fitOf(
      'preferences',
      mentee({
        intake: { preferredShift: 'day', unitPreference: 'same', languages: ['Spanish'] },
      }),
      mentor({ shift: 'night', unit: 'cardiology', languages: ['English'] }),
    );
    expect(some.fit).toBeCloseTo(1 / 3, 3);
    expect(some.explanation).toBe(
      'Meets 1 of 3 stated preferences: same unit; not day shift, speaks Spanish',
    );
  });

  it('has no data (0) with no stated preferences; "any unit" and free text are not stated preferences', () => {
    const f = fitOf(
      'preferences',
      mentee({ intake: { unitPreference: 'any', preferences: 'Someone patient with questions' } }),
      mentor({ unit: 'ICU', shift: 'day' }),
    );
    expect(f.fit).toBe(0);
    expect(f.explanation).toBe(
      'No data: no preferences stated (free-text preferences are not scored)',
    );
  });

  it('counts a preference the mentor record cannot answer as not met, and says so', () => {
    const f = fitOf(
      'preferences',
      mentee({ intake: { preferredShift: 'day' } }),
      mentor({ shift: null }),
    );
    expect(f.fit).toBe(0);
    expect(f.explanation).toBe(
      'Meets 0 of 1 stated preference; not recorded for the mentor: day shift',
    );
  });
});

// --- the total ---------------------------------------------------------------------------------

/** A small, fixed, varied population. */
function population() {
  const mentees: MenteeFacts[] = [];
  const mentors: MentorFacts[] = [];
  const units = ['Cardiology', 'ICU', 'ED', null];
  const comps = ['IV insertion', 'Wound care', 'Telemetry', 'Venipuncture', 'Sepsis screening'];
  const interests = ['Leadership', 'Research', 'Pediatrics', 'Education'];
  for (let i = 0; i < 24; i++) {
    mentees.push(
      mentee({
        staffId: 100 + i,
        role: ROLES[i % ROLES.length] ?? null,
        unit: units[i % units.length] ?? null,
        shift: SHIFTS[i % SHIFTS.length] ?? null,
        yearsExperience: i % 5 === 0 ? null : i % 7,
        languages: i % 3 === 0 ? ['English', 'Spanish'] : ['English'],
        interests: [interests[i % 4] ?? ''],
        intake: {
          competenciesWanted: comps.slice(i % 3, (i % 3) + (i % 4)),
          preferredShift: i % 4 === 0 ? 'day' : null,
          unitPreference: i % 3 === 0 ? 'cross' : 'any',
          languages: i % 6 === 0 ? ['Spanish'] : [],
        },
      }),
    );
  }
  for (let j = 0; j < 12; j++) {
    mentors.push(
      mentor({
        staffId: 500 + j,
        role: ROLES[(j * 3) % ROLES.length] ?? null,
        unit: units[(j + 1) % units.length] ?? null,
        shift: SHIFTS[(j * 2) % SHIFTS.length] ?? null,
        yearsExperience: j * 3,
        languages: j % 2 === 0 ? ['English', 'Spanish'] : ['English'],
        interests: [interests[j % 4] ?? '', interests[(j + 1) % 4] ?? ''],
        profile: { strengths: comps.slice(j % 5, (j % 5) + 2) },
        competencyLevels: { Telemetry: (j % 5) + 1 },
      }),
    );
  }
  return { mentees, mentors };
}

describe('score', () => {
  const { mentees, mentors } = population();
  const s = settings({}, { competency: 3, experience: 2, goals: 1, shift: 2, unit: 1 });

  it('is an integer 0–100 and the factor points add up to it within rounding', () => {
    for (const me of mentees) {
      for (const mo of mentors) {
        const b = scorePair(me, mo, s);
        expect(Number.isInteger(b.score)).toBe(true);
        expect(b.score).toBeGreaterThanOrEqual(0);
        expect(b.score).toBeLessThanOrEqual(100);
        const sum = b.factors.reduce((a, f) => a + f.points, 0);
        expect(Math.abs(sum - b.score)).toBeLessThanOrEqual(0.5 + 8 * 0.05 + 1e-9);
        // score = round(100 × Σ weight·fit / Σ weight) (fits are shown to 3 decimals).
        const total = b.factors.reduce((a, f) => a + f.weight, 0);
        const exact = (100 * b.factors.reduce((a, f) => a + f.weight * f.fit, 0)) / total;
        expect(Math.abs(b.score - exact)).toBeLessThanOrEqual(0.55);
        expect(b.factors.map((f) => f.factor)).toEqual([...MATCH_FACTORS]);
      }
    }
  });

  it('is round(100 × Σ weight·fit / Σ weight)', () => {
    const b = scorePair(mentees[1] as MenteeFacts, mentors[2] as MentorFacts, s);
    const total = b.factors.reduce((a, f) => a + f.weight, 0);
    const exact = b.factors.reduce((a, f) => a + f.weight * f.fit, 0) / total;
    expect(Math.abs(b.score - 100 * exact)).toBeLessThanOrEqual(0.5 + 1e-3);
    for (const f of b.factors) {
      expect(f.points).toBeCloseTo((100 * f.weight * f.fit) / total, 1);
    }
  });

  it('reaches 100 for a pair that fits on every factor and 0 for one that fits on none', () => {
    const best = scorePair(
      mentee({
        interests: ['Leadership'],
        languages: ['English'],
        intake: {
          competenciesWanted: ['Wound care'],
          preferredShift: 'night',
          unitPreference: 'same',
        },
      }),
      mentor({
        interests: ['Leadership'],
        yearsExperience: 20,
        profile: { strengths: ['Wound care'] },
      }),
      settings(),
    );
    expect(best.score).toBe(100);
    const worst = scorePair(
      mentee({
        role: 'rn',
        unit: 'Cardiology',
        shift: 'day',
        yearsExperience: 10,
        interests: ['Research'],
        intake: {
          competenciesWanted: ['Wound care'],
          unitPreference: 'same',
          languages: ['Tagalog'],
        },
      }),
      mentor({
        role: 'phlebotomist',
        unit: 'Lab',
        shift: 'night',
        yearsExperience: 5,
        interests: ['Leadership'],
        languages: ['English'],
        profile: { strengths: ['Venipuncture'] },
      }),
      settings(),
    );
    expect(worst.score).toBe(0);
    expect(worst.factors.every((f) => f.fit === 0)).toBe(true);
  });

  it('a weight of 0 removes a factor: it shows with 0 points and does not move the score', () => {
    const me = mentee({ shift: 'day' });
    const noShift = settings({}, { shift: 0 });
    const onDays = scorePair(me, mentor({ shift: 'day' }), noShift);
    const onNights = scorePair(me, mentor({ shift: 'night' }), noShift);
    expect(onDays.score).toBe(onNights.score);
    const f = factor(onNights, 'shift');
    expect(f).toMatchObject({ weight: 0, points: 0, fit: 0 });
    expect(f.explanation).toBe(
      'Mentee on days, mentor on nights: no overlap — not weighed in this program',
    );
    // With the weight back, the day/night clash costs points.
    expect(scorePair(me, mentor({ shift: 'night' }), settings()).score).toBeLessThan(
      scorePair(me, mentor({ shift: 'day' }), settings()).score,
    );
  });

  it("with a single factor weighed, the score is that factor's fit", () => {
    const me = mentee({ intake: { competenciesWanted: ['A', 'B', 'C', 'D'] } });
    const mo = mentor({ profile: { strengths: ['a', 'b', 'c'] } });
    expect(scorePair(me, mo, only('competency')).score).toBe(75);
    expect(scorePair(me, mo, only('experience')).score).toBe(97);
  });

  it("doubling a weight moves the score towards that factor's fit", () => {
    const me = mentee({ shift: 'day', intake: { competenciesWanted: ['Telemetry'] } });
    const mo = mentor({ shift: 'night', profile: { strengths: ['Telemetry'] } });
    const base = scorePair(me, mo, settings());
    const shiftFit = 100 * factor(base, 'shift').fit; // 0
    const competencyFit = 100 * factor(base, 'competency').fit; // 100
    const moreShift = scorePair(me, mo, settings({}, { shift: 2 })).score;
    const moreCompetency = scorePair(me, mo, settings({}, { competency: 2 })).score;
    expect(base.score).toBeGreaterThan(shiftFit);
    expect(base.score).toBeLessThan(competencyFit);
    expect(moreShift).toBeLessThan(base.score);
    expect(Math.abs(moreShift - shiftFit)).toBeLessThan(Math.abs(base.score - shiftFit));
    expect(moreCompetency).toBeGreaterThan(base.score);
  });

  it('flipping the unit rule from same to different flips the unit factor and the score', () => {
    const me = mentee({ unit: 'ICU' });
    const mo = mentor({ unit: 'ICU' });
    const within = scorePair(me, mo, settings({ unitRule: 'same' }));
    const across = scorePair(me, mo, settings({ unitRule: 'different' }));
    expect(factor(within, 'unit').fit).toBe(1);
    expect(factor(across, 'unit').fit).toBe(0);
    expect(across.score).toBeLessThan(within.score);
  });

  it('is deterministic and the same through every entry point', () => {
    const fresh = createScorer(s);
    const first = mentees.map((me) => mentors.map((mo) => scorePair(me, mo, s)));
    const again = mentees.map((me) => mentors.map((mo) => createScorer(s).breakdown(me, mo)));
    expect(again).toEqual(first);
    const m = fresh.matrix(mentees, mentors);
    mentees.forEach((me, i) =>
      mentors.forEach((mo, j) => {
        const score = first[i]?.[j]?.score;
        expect(fresh.score(me, mo)).toBe(score);
        expect(scoreOnly(me, mo, s)).toBe(score);
        expect(fresh(me, mo).score).toBe(score);
        expect(m[i]?.[j]).toBe(score);
      }),
    );
    // Cached per-person data does not leak between people scored in any order.
    const reversed = createScorer(s);
    for (let i = mentees.length - 1; i >= 0; i--) {
      for (let j = mentors.length - 1; j >= 0; j--) {
        expect(reversed.score(mentees[i] as MenteeFacts, mentors[j] as MentorFacts)).toBe(
          first[i]?.[j]?.score,
        );
      }
    }
  });

  it('matrix leaves null where the allowed check refuses a pair', () => {
    const { mentees: es, mentors: os } = population();
    const m = createScorer(s).matrix(
      es.slice(0, 3),
      os.slice(0, 4),
      (me, mo) => mo.staffId !== 501,
    );
    expect(m).toHaveLength(3);
    for (const row of m) {
      expect(row).toHaveLength(4);
      expect(row[1]).toBeNull();
      expect(typeof row[0]).toBe('number');
    }
  });
});

describe('matchKey', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(matchKey('  Wound-Care ')).toBe('wound care');
    expect(matchKey('Charting in the  EHR')).toBe(matchKey('charting in the ehr'));
  });
});
