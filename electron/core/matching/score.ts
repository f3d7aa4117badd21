/**
 * The explainable match score: eight factors, each a fit in 0..1 with a plain-English explanation,
 * weighed by the program's settings into a 0–100 integer. Pure (no database), deterministic.
 *
 * score  = round(100 × Σ weight·fit / Σ weight), over the factors with weight > 0
 * points = 100 × weight·fit / Σ weight, per factor, rounded to 1 decimal, "of" its maximum
 *          100 × weight / Σ weight (so "12.5 of 20")
 *
 * `score` rounds the exact sum, so the rounded `points` add up to it only within rounding (at most
 * 8 × 0.05 + 0.5 apart). A factor with weight 0 still appears in the breakdown, with its fit, 0
 * points and "not weighed in this program".
 *
 * A factor with no data for the pair (nothing wanted at intake, years or shift not recorded…) has
 * fit 0, earns 0 points and says "No data: …". The total stays out of the program's full weight,
 * not just the factors with data: a blank never scores as a half-good match, and a pair whose
 * records say more can only score higher for it (every mentor of one mentee loses the same
 * points for what the mentee left blank, so that mentee's ranking is unchanged).
 *
 * Factors (no data gives 0, as above):
 * - competency: share of the distinct competencies wanted at intake that the mentor lists as a
 *   strength or has signed off at "competent" (3) or above; none wanted → no data.
 * - experience: gap = mentor − mentee years; at or above the program's minimum 0.7, rising linearly
 *   to 1 at minimum + 10; below it 0.7 × gap / minimum, and 0 when gap ≤ 0.
 * - goals: content words (stop words dropped, plurals folded) of the mentee's career interests,
 *   interests, intake goals and career goals against the mentor's interests and career goals;
 *   shared / min(3, mentee words, mentor words), capped at 1.
 * - shift: the mentee's preferred shift, else their shift, against the mentor's: same 1, day–evening
 *   or evening–night 0.5, day–night 0, rotating with anything (rotating too) 0.5.
 * - unit: program rule "same" → same unit 1 else 0; "different" → the reverse; "any" → 1.
 * - discipline: same role 1 (two "other" roles 0.5); same family (nursing: RN/LPN/CNA; laboratory:
 *   lab scientist/technician/phlebotomist) 0.6; else 0.
 * - language: languages asked for at intake → 1 if the mentor speaks one, else 0; otherwise 1 for any
 *   shared language, else 0.
 * - preferences: share of stated preferences met (preferred shift, unit preference "same"/"cross",
 *   intake languages), each 1 met / 0 not met or not recorded for the mentor; none stated → no data.
 *
 * Hot loop (2,000 × 600 pairs): use `createScorer(settings)` once and call `score(mentee, mentor)`
 * or `matrix(...)` (about 0.3–0.5 s for 1.2 million pairs on the workstation). The scorer prepares
 * each person once (normalised, interned competency/topic/language sets, cached by object
 * identity), so the per-pair work is a few sorted-array merges. Facts passed to a scorer are
 * treated as immutable. A full breakdown (calling the scorer, `breakdown`, `scorePair`) costs
 * about 10 µs per pair: build it for the pairs shown or kept, never for a whole cohort's matrix.
 * `scorePair` / `scoreOnly` reuse one scorer per settings object.
 */
import {
  MATCH_FACTORS,
  MATCH_FACTOR_LABELS,
  type MatchingSettings,
} from '../../../shared/domain/programs';
import {
  type FactorScore,
  type MatchBreakdown,
  type MenteeFacts,
  type MentorFacts,
} from '../../../shared/domain/matching';
import { matchKey } from './score-words';
import {
  PreparedMentee,
  PreparedMentor,
  Vocabulary,
  distinct,
  menteeTopics,
  mentorTopics,
  teachable,
  unitKey,
} from './score-people';
import {
  competencyFit,
  disciplineFit,
  experienceFit,
  factorFit,
  hasData,
  goalsFit,
  languageFit,
  preferencesFit,
  roleIndex,
  shiftFit,
  shiftIndex,
  unitFit,
} from './score-fits';
import { explain } from './score-explain';

/**
 * Scores pairs under one program's settings. Calling it is the same as `breakdown`; in a hot loop
 * that needs only numbers call `score`, and build breakdowns for the few pairs shown.
 */
export interface Scorer {
  (mentee: MenteeFacts, mentor: MentorFacts): MatchBreakdown;
  readonly settings: MatchingSettings;
  /** The 0–100 integer score; the same number as `breakdown(...).score`. */
  score(mentee: MenteeFacts, mentor: MentorFacts): number;
  /** Score with every factor's fit, points and explanation. */
  breakdown(mentee: MenteeFacts, mentor: MentorFacts): MatchBreakdown;
  /**
   * `scores[i][j]` of mentee i with mentor j, or null where `allowed` (e.g. a rule checker's
   * `allowed`) refuses the pair: the solver's matrix in one call, the fastest way to fill it.
   */
  matrix(
    mentees: readonly MenteeFacts[],
    mentors: readonly MentorFacts[],
    allowed?: (mentee: MenteeFacts, mentor: MentorFacts) => boolean,
  ): (number | null)[][];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A scorer for one program's settings (read once, at creation). It caches each person's prepared
 * data by object identity, so build the facts once and score them against many partners.
 */
export function createScorer(settings: MatchingSettings): Scorer {
  const vocab = new Vocabulary();
  const mentees = new WeakMap<MenteeFacts, PreparedMentee>();
  const mentors = new WeakMap<MentorFacts, PreparedMentor>();
  const w = { ...settings.weights };
  const totalWeight = MATCH_FACTORS.reduce((sum, f) => sum + w[f], 0);
  const minGap = settings.minExperienceGap;
  const unitRule = settings.unitRule;
  const unitId = (unit: string | null): number => {
    const key = unitKey(unit);
    return key === '' ? -1 : vocab.id(`unit ${key}`);
  };
  let lastMentee: MenteeFacts | null = null;
  let lastPrepared: PreparedMentee | null = null;

  const prepareMentee = (m: MenteeFacts): PreparedMentee => {
    if (m === lastMentee && lastPrepared !== null) return lastPrepared;
    let p = mentees.get(m);
    if (p === undefined) {
      const topicLabels = menteeTopics(m);
      p = {
        facts: m,
        years: m.yearsExperience,
        roleIx: roleIndex(m.role),
        shiftIx: shiftIndex(m.intake.preferredShift ?? m.shift),
        wanted: vocab.set(m.intake.competenciesWanted.map(matchKey)),
        topics: vocab.set(topicLabels.keys()),
        shift: m.intake.preferredShift ?? m.shift,
        unit: unitId(m.unit),
        asked: vocab.set(m.intake.languages.map(matchKey)),
        speaks: vocab.set(m.languages.map(matchKey)),
        preferredShift: m.intake.preferredShift,
        unitPreference: m.intake.unitPreference,
        wantedItems: distinct(m.intake.competenciesWanted),
        topicLabels,
      };
      mentees.set(m, p);
    }
    lastMentee = m;
    lastPrepared = p;
    return p;
  };

  const prepareMentor = (m: MentorFacts): PreparedMentor => {
    let p = mentors.get(m);
    if (p === undefined) {
      const teachLevels = teachable(m);
      const topicLabels = mentorTopics(m);
      p = {
        facts: m,
        years: m.yearsExperience,
        roleIx: roleIndex(m.role),
        shift: m.shift,
        shiftIx: shiftIndex(m.shift),
        teaches: vocab.set(teachLevels.keys()),
        topics: vocab.set(topicLabels.keys()),
        unit: unitId(m.unit),
        speaks: vocab.set(m.languages.map(matchKey)),
        teachLevels,
        topicLabels,
        languageKeys: new Set(m.languages.map(matchKey)),
      };
      mentors.set(m, p);
    }
    return p;
  };

  /**
   * Σ weight·fit over the factors with weight > 0, always in MATCH_FACTORS order (so `score` and
   * `breakdown` get the very same number). Written out, not looped, because it is the hot path.
   */
  const weightedSum = (me: PreparedMentee, mo: PreparedMentor): number => {
    let sum = 0;
    if (w.competency > 0) sum += w.competency * competencyFit(me, mo);
    if (w.experience > 0) sum += w.experience * experienceFit(me, mo, minGap);
    if (w.goals > 0) sum += w.goals * goalsFit(me, mo);
    if (w.shift > 0) sum += w.shift * shiftFit(me, mo);
    if (w.unit > 0) sum += w.unit * unitFit(me, mo, unitRule);
    if (w.discipline > 0) sum += w.discipline * disciplineFit(me, mo);
    if (w.language > 0) sum += w.language * languageFit(me, mo);
    if (w.preferences > 0) sum += w.preferences * preferencesFit(me, mo);
    return sum;
  };

  const toScore = (sum: number): number =>
    totalWeight === 0
      ? 0
      : Math.min(100, Math.max(0, Math.round((100 * sum) / totalWeight + 1e-9)));

  const score = (mentee: MenteeFacts, mentor: MentorFacts): number =>
    toScore(weightedSum(prepareMentee(mentee), prepareMentor(mentor)));

  const breakdown = (mentee: MenteeFacts, mentor: MentorFacts): MatchBreakdown => {
    const me = prepareMentee(mentee);
    const mo = prepareMentor(mentor);
    const factors: FactorScore[] = MATCH_FACTORS.map((factor) => {
      const weight = w[factor];
      const fit = factorFit(factor, me, mo, settings);
      const data = hasData(factor, me, mo, settings);
      const said = explain(factor, me, mo, settings);
      const text = data ? said : `No data: ${said.charAt(0).toLowerCase()}${said.slice(1)}`;
      const counted = weight > 0 && totalWeight > 0;
      return {
        factor,
        label: MATCH_FACTOR_LABELS[factor],
        weight,
        fit: round3(fit),
        points: counted ? round1((100 * weight * fit) / totalWeight) : 0,
        maxPoints: counted ? round1((100 * weight) / totalWeight) : 0,
        noData: !data,
        explanation: counted ? text : `${text} — not weighed in this program`,
      };
    });
    return { score: toScore(weightedSum(me, mo)), factors };
  };

  const matrix = (
    menteeList: readonly MenteeFacts[],
    mentorList: readonly MentorFacts[],
    allowed?: (mentee: MenteeFacts, mentor: MentorFacts) => boolean,
  ): (number | null)[][] => {
    const mos = mentorList.map(prepareMentor);
    return menteeList.map((mentee) => {
      const me = prepareMentee(mentee);
      const row = new Array<number | null>(mos.length);
      for (let j = 0; j < mos.length; j++) {
        const mo = mos[j] as PreparedMentor;
        row[j] =
          allowed === undefined || allowed(mentee, mo.facts) ? toScore(weightedSum(me, mo)) : null;
      }
      return row;
    });
  };

  const scorer: Scorer = Object.assign(
    (mentee: MenteeFacts, mentor: MentorFacts) => breakdown(mentee, mentor),
    { settings, score, breakdown, matrix },
  );
  return scorer;
}

const scorers = new WeakMap<MatchingSettings, Scorer>();

function scorerFor(settings: MatchingSettings): Scorer {
  let s = scorers.get(settings);
  if (s === undefined) {
    s = createScorer(settings);
    scorers.set(settings, s);
  }
  return s;
}

/** The explainable score of one pair. Reuses one scorer per settings object. */
export function scorePair(
  mentee: MenteeFacts,
  mentor: MentorFacts,
  settings: MatchingSettings,
): MatchBreakdown {
  return scorerFor(settings).breakdown(mentee, mentor);
}

/** Just the 0–100 integer (no explanations); for many pairs prefer `createScorer(...).score`. */
export function scoreOnly(
  mentee: MenteeFacts,
  mentor: MentorFacts,
  settings: MatchingSettings,
): number {
  return scorerFor(settings).score(mentee, mentor);
}

export { EXPERIENCE_RAMP_YEARS, GOALS_FULL_FIT, TEACHING_LEVEL, matchKey } from './score-words';
