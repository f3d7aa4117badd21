/**
 * The explainable match score: eight factors, each a fit in 0..1 with a plain-English explanation,
 * weighed by the program's settings into a 0–100 integer. Pure (no database), deterministic.
 *
 * score  = round(100 × Σ weight·fit / Σ weight), over the factors with weight > 0
 * points = 100 × weight·fit / Σ weight, per factor, rounded to 1 decimal
 *
 * `score` rounds the exact sum, so the rounded `points` add up to it only within rounding (at most
 * 8 × 0.05 + 0.5 apart). A factor with weight 0 still appears in the breakdown, with its fit, 0
 * points and "not weighed in this program".
 *
 * Factors (unknown data is 0.5, "can't tell", unless said otherwise):
 * - competency: share of the distinct competencies wanted at intake that the mentor lists as a
 *   strength or has signed off at "competent" (3) or above; none wanted → 0.5.
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
 *   intake languages), each 1 / 0 / 0.5 when the mentor's record can't tell; none stated → 1.
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
  type MatchFactor,
  type MatchingSettings,
  type UnitPreference,
  type UnitRule,
} from '../../../shared/domain/programs';
import { ROLES, ROLE_LABELS, SHIFTS, type Role, type Shift } from '../../../shared/domain/staff';
import type {
  FactorScore,
  MatchBreakdown,
  MenteeFacts,
  MentorFacts,
} from '../../../shared/domain/matching';

// ---------------------------------------------------------------------------------------------
// Normalising and wording helpers
// ---------------------------------------------------------------------------------------------

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The key two names are compared by: Unicode-normalised, lower-case, punctuation and runs of
 * spaces collapsed to one space, trimmed ("Wound-care " and "wound care" are the same).
 */
export function matchKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(NON_WORD, ' ').trim();
}

/** Competency level at or above which a signed-off mentor can teach it (Benner "competent"). */
export const TEACHING_LEVEL = 3;
const BENNER = ['novice', 'advanced beginner', 'competent', 'proficient', 'expert'] as const;

/** Shared content words (goals and interests) that make a full goals fit. */
export const GOALS_FULL_FIT = 3;
/** Years beyond the minimum gap at which the experience fit reaches 1. */
export const EXPERIENCE_RAMP_YEARS = 10;

/**
 * Words that say nothing about what someone wants to learn or do (plus generic hospital words that
 * everyone shares). Checked on the word and on its singular.
 */
const STOP_WORDS = new Set(
  (
    'a an and or the to of in on at for with by from as into onto about over under than then ' +
    'be become becoming being been am is are was were has have had do does doing done ' +
    'i me my mine myself we us our you your he she they them their it its this that these those ' +
    'want wanted would like love hope hoping plan planning aim able get getting gain more most ' +
    'better best improve improving learn learning work working skill year month week ' +
    'new good great well also some can could will shall should must may might how what when ' +
    'who which where why so not no yes all any each other one two three next first own ' +
    'nurse nursing patient care staff unit hospital role job career goal interest interested ' +
    'develop development grow growth feel help helping confident confidence comfortable ' +
    'experience experienced eventually someday future day time way very really just etc'
  ).split(' '),
);

/** Plural to singular, the simple cases only ("wounds" → "wound", "therapies" → "therapy"). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  ) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * Content words of free text and short phrases: stem → what to show for it. Words from a short
 * listed item (an interest such as "Critical care") show as that item; words from free text show
 * as the word (acronyms such as ICU as written, everything else lower-case).
 */
function addTopics(text: string | null, into: Map<string, string>, asItem = false): void {
  if (text === null) return;
  const item = text.trim();
  for (const raw of text.normalize('NFKC').split(NON_WORD)) {
    if (raw.length < 2 || /^\d+$/.test(raw)) continue;
    const lower = raw.toLowerCase();
    const stem = singular(lower);
    if (STOP_WORDS.has(lower) || STOP_WORDS.has(stem) || into.has(stem)) continue;
    into.set(stem, asItem ? item : raw === raw.toUpperCase() ? raw : lower);
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** At most `max` items, then "and N more". */
function shortList(items: readonly string[], max = 6): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

function who(menteeMissing: boolean, mentorMissing: boolean): string {
  if (menteeMissing && mentorMissing) return 'either of them';
  return menteeMissing ? 'the mentee' : 'the mentor';
}

const SHIFT_PLURAL: Record<Shift, string> = {
  day: 'days',
  evening: 'evenings',
  night: 'nights',
  rotating: 'rotating shifts',
};

const SHIFT_NAME: Record<Shift, string> = {
  day: 'day shift',
  evening: 'evening shift',
  night: 'night shift',
  rotating: 'rotating shift',
};

const ROLE_PLURAL: Record<Role, string> = {
  rn: 'registered nurses',
  lpn: 'licensed practical nurses',
  cna: 'certified nursing assistants',
  phlebotomist: 'phlebotomists',
  lab_scientist: 'medical lab scientists',
  lab_technician: 'medical lab technicians',
  therapist: 'therapists',
  physician: 'physicians',
  admin: 'administrative staff',
  other: 'in roles listed as Other',
};

const ROLE_FAMILY: Partial<Record<Role, string>> = {
  rn: 'nursing',
  lpn: 'nursing',
  cna: 'nursing',
  lab_scientist: 'the laboratory',
  lab_technician: 'the laboratory',
  phlebotomist: 'the laboratory',
};

function roleName(r: Role): string {
  return ROLE_LABELS[r].toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Prepared people
// ---------------------------------------------------------------------------------------------

/** Interns normalised keys to small integers, so sets become sorted Int32Arrays. */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  set(keys: Iterable<string>): Int32Array {
    const ids = new Set<number>();
    for (const k of keys) if (k !== '') ids.add(this.id(k));
    return Int32Array.from(ids).sort();
  }
}

function countCommon(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function hasCommon(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/** Distinct items by key, keeping the first spelling. */
function distinct(items: readonly string[]): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const key = matchKey(item);
    if (key !== '' && !seen.has(key)) seen.set(key, item.trim());
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}

/** A mentee's facts, normalised once for scoring against many mentors. */
interface PreparedMentee {
  facts: MenteeFacts;
  years: number | null;
  roleIx: number;
  shiftIx: number;
  wanted: Int32Array;
  topics: Int32Array;
  /** Shift the score compares: the intake's preferred shift, else the staff record's. */
  shift: Shift | null;
  /** Interned unit key; -1 when not recorded. */
  unit: number;
  /** Languages asked for at intake. */
  asked: Int32Array;
  /** Languages the mentee speaks (staff record). */
  speaks: Int32Array;
  preferredShift: Shift | null;
  unitPreference: UnitPreference;
  // For explanations only:
  wantedItems: { key: string; label: string }[];
  topicLabels: Map<string, string>;
}

/** A mentor's facts, normalised once for scoring against many mentees. */
interface PreparedMentor {
  facts: MentorFacts;
  years: number | null;
  roleIx: number;
  shift: Shift | null;
  shiftIx: number;
  teaches: Int32Array;
  topics: Int32Array;
  unit: number;
  speaks: Int32Array;
  // For explanations only:
  teachLevels: Map<string, string>;
  topicLabels: Map<string, string>;
  languageKeys: Set<string>;
}

/** The unit's comparison key, or '' when not recorded. */
function unitKey(unit: string | null): string {
  return unit === null ? '' : matchKey(unit);
}

function menteeTopics(m: MenteeFacts): Map<string, string> {
  const topics = new Map<string, string>();
  for (const t of m.intake.careerInterests) addTopics(t, topics, true);
  for (const t of m.interests) addTopics(t, topics, true);
  addTopics(m.intake.goals, topics);
  addTopics(m.careerGoals, topics);
  return topics;
}

function mentorTopics(m: MentorFacts): Map<string, string> {
  const topics = new Map<string, string>();
  for (const t of m.interests) addTopics(t, topics);
  addTopics(m.careerGoals, topics);
  return topics;
}

/** What the mentor can teach: stated strengths plus sign-offs at "competent" or above. */
function teachable(m: MentorFacts): Map<string, string> {
  const out = new Map<string, string>();
  for (const { key } of distinct(m.profile.strengths)) out.set(key, '');
  for (const [name, level] of Object.entries(m.competencyLevels ?? {})) {
    const key = matchKey(name);
    if (key !== '' && level >= TEACHING_LEVEL && !out.has(key)) {
      out.set(key, BENNER[Math.min(5, Math.floor(level)) - 1] ?? '');
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fits (hot path: numbers only)
// ---------------------------------------------------------------------------------------------

function competencyFit(me: PreparedMentee, mo: PreparedMentor): number {
  if (me.wanted.length === 0) return 0.5;
  return countCommon(me.wanted, mo.teaches) / me.wanted.length;
}

function experienceFitOf(gap: number, min: number): number {
  if (gap >= min) return 0.7 + 0.3 * Math.min(1, (gap - min) / EXPERIENCE_RAMP_YEARS);
  if (gap <= 0) return 0;
  return (0.7 * gap) / min;
}

function experienceFit(me: PreparedMentee, mo: PreparedMentor, min: number): number {
  const a = me.years;
  const b = mo.years;
  if (a === null || b === null) return 0.5;
  return experienceFitOf(b - a, min);
}

function goalsFit(me: PreparedMentee, mo: PreparedMentor): number {
  if (me.topics.length === 0 || mo.topics.length === 0) return 0.5;
  const target = Math.min(GOALS_FULL_FIT, me.topics.length, mo.topics.length);
  return Math.min(1, countCommon(me.topics, mo.topics) / target);
}

function shiftFitOf(a: Shift | null, b: Shift | null): number {
  if (a === null || b === null) return 0.5;
  if (a === 'rotating' || b === 'rotating') return 0.5;
  if (a === b) return 1;
  if (a === 'evening' || b === 'evening') return 0.5;
  return 0; // day and night
}

function unitFit(me: PreparedMentee, mo: PreparedMentor, rule: UnitRule): number {
  if (rule === 'any') return 1;
  if (me.unit < 0 || mo.unit < 0) return 0.5;
  return (me.unit === mo.unit) === (rule === 'same') ? 1 : 0;
}

function disciplineFitOf(a: Role | null, b: Role | null): number {
  if (a === null || b === null) return 0.5;
  if (a === b) return a === 'other' ? 0.5 : 1;
  const fa = ROLE_FAMILY[a];
  return fa !== undefined && fa === ROLE_FAMILY[b] ? 0.6 : 0;
}

/** Fit tables by index (ROLES / SHIFTS order, last index = not recorded), built from the above. */
const NO_ROLE = ROLES.length;
const NO_SHIFT = SHIFTS.length;
const roleIndex = (r: Role | null) => (r === null ? NO_ROLE : ROLES.indexOf(r));
const shiftIndex = (s: Shift | null) => (s === null ? NO_SHIFT : SHIFTS.indexOf(s));
const DISCIPLINE_FIT = Float64Array.from({ length: (NO_ROLE + 1) ** 2 }, (_, k) =>
  disciplineFitOf(ROLES[Math.floor(k / (NO_ROLE + 1))] ?? null, ROLES[k % (NO_ROLE + 1)] ?? null),
);
const SHIFT_FIT = Float64Array.from({ length: (NO_SHIFT + 1) ** 2 }, (_, k) =>
  shiftFitOf(SHIFTS[Math.floor(k / (NO_SHIFT + 1))] ?? null, SHIFTS[k % (NO_SHIFT + 1)] ?? null),
);

function disciplineFit(me: PreparedMentee, mo: PreparedMentor): number {
  return DISCIPLINE_FIT[me.roleIx * (NO_ROLE + 1) + mo.roleIx] as number;
}

function shiftFit(me: PreparedMentee, mo: PreparedMentor): number {
  return SHIFT_FIT[me.shiftIx * (NO_SHIFT + 1) + mo.shiftIx] as number;
}

function languageFit(me: PreparedMentee, mo: PreparedMentor): number {
  if (me.asked.length > 0) {
    if (mo.speaks.length === 0) return 0.5;
    return hasCommon(me.asked, mo.speaks) ? 1 : 0;
  }
  if (me.speaks.length === 0 || mo.speaks.length === 0) return 0.5;
  return hasCommon(me.speaks, mo.speaks) ? 1 : 0;
}

/** Each stated preference: 1 met, 0 not met, 0.5 when the mentor's record cannot tell. */
function preferencesFit(me: PreparedMentee, mo: PreparedMentor): number {
  let stated = 0;
  let met = 0;
  if (me.preferredShift !== null) {
    stated++;
    const s = mo.shift;
    met += s === null ? 0.5 : s === me.preferredShift ? 1 : 0;
  }
  if (me.unitPreference !== 'any') {
    stated++;
    if (me.unit < 0 || mo.unit < 0) met += 0.5;
    else if ((me.unit === mo.unit) === (me.unitPreference === 'same')) met += 1;
  }
  if (me.asked.length > 0) {
    stated++;
    met += mo.speaks.length === 0 ? 0.5 : hasCommon(me.asked, mo.speaks) ? 1 : 0;
  }
  return stated === 0 ? 1 : met / stated;
}

function factorFit(
  f: MatchFactor,
  me: PreparedMentee,
  mo: PreparedMentor,
  settings: MatchingSettings,
): number {
  switch (f) {
    case 'competency':
      return competencyFit(me, mo);
    case 'experience':
      return experienceFit(me, mo, settings.minExperienceGap);
    case 'goals':
      return goalsFit(me, mo);
    case 'shift':
      return shiftFit(me, mo);
    case 'unit':
      return unitFit(me, mo, settings.unitRule);
    case 'discipline':
      return disciplineFit(me, mo);
    case 'language':
      return languageFit(me, mo);
    case 'preferences':
      return preferencesFit(me, mo);
  }
}

// ---------------------------------------------------------------------------------------------
// Explanations (breakdown only)
// ---------------------------------------------------------------------------------------------

function explainCompetency(me: PreparedMentee, mo: PreparedMentor): string {
  const wanted = me.wantedItems;
  if (wanted.length === 0) return 'No competencies named at intake';
  const teaches = mo.teachLevels;
  const covered: string[] = [];
  const missing: string[] = [];
  for (const w of wanted) {
    const level = teaches.get(w.key);
    if (level === undefined) missing.push(w.label);
    else covered.push(level === '' ? w.label : `${w.label} (signed off ${level})`);
  }
  const wantedText = `${plural(wanted.length, 'competency', 'competencies')} wanted`;
  if (covered.length === 0) return `Can teach 0 of ${wantedText} (${shortList(missing)})`;
  const not = missing.length > 0 ? `; not ${shortList(missing)}` : '';
  return `Can teach ${covered.length} of ${wantedText}: ${shortList(covered)}${not}`;
}

function explainExperience(me: PreparedMentee, mo: PreparedMentor, min: number): string {
  const a = me.facts.yearsExperience;
  const b = mo.facts.yearsExperience;
  if (a === null || b === null) return `Experience not recorded for ${who(a === null, b === null)}`;
  const gap = b - a;
  const what =
    gap > 0
      ? `${plural(gap, 'year')} more experience`
      : gap < 0
        ? `${plural(-gap, 'year')} less experience than the mentee`
        : 'Same years of experience';
  const years = `mentor ${b}, mentee ${a}`;
  if (min === 0) return `${what} (${years}; no minimum gap)`;
  if (gap >= min) return `${what} (${years}; minimum ${min})`;
  return `${what}, below the minimum of ${min} (${years})`;
}

function explainGoals(me: PreparedMentee, mo: PreparedMentor): string {
  if (me.topics.length === 0 || mo.topics.length === 0) {
    return `No goals or interests recorded for ${who(me.topics.length === 0, mo.topics.length === 0)}`;
  }
  const mine = me.topicLabels;
  const theirs = mo.topicLabels;
  const sharedWords = [...mine.keys()].filter((stem) => theirs.has(stem)).length;
  const shown = [...new Set([...mine].filter(([stem]) => theirs.has(stem)).map(([, s]) => s))];
  if (sharedWords === 0) {
    return `No goals or interests in common (mentee: ${shortList([...new Set(mine.values())], 4)})`;
  }
  const target = Math.min(GOALS_FULL_FIT, mine.size, theirs.size);
  const base = `In common: ${shortList(shown)}`;
  if (sharedWords >= target) return base;
  return `${base} (${plural(sharedWords, 'shared word')}; ${target} make a full fit)`;
}

function explainShift(me: PreparedMentee, mo: PreparedMentor): string {
  const a = me.shift;
  const b = mo.facts.shift;
  if (a === null || b === null) return `Shift not recorded for ${who(a === null, b === null)}`;
  const preferred = me.facts.intake.preferredShift !== null;
  if (a === b && a !== 'rotating') {
    return `Both on ${SHIFT_PLURAL[a]}${preferred ? " (the mentee's preferred shift)" : ''}`;
  }
  if (a === b) return 'Both on rotating shifts: overlap varies';
  const menteeSide = preferred
    ? `Mentee prefers ${SHIFT_PLURAL[a]}`
    : `Mentee on ${SHIFT_PLURAL[a]}`;
  const fit = shiftFitOf(a, b);
  const how = fit === 0 ? 'no overlap' : 'partial overlap';
  return `${menteeSide}, mentor on ${SHIFT_PLURAL[b]}: ${how}`;
}

function explainUnit(me: PreparedMentee, mo: PreparedMentor, settings: MatchingSettings): string {
  if (settings.unitRule === 'any') return 'Any unit (this program pairs within or across units)';
  const why =
    settings.unitRule === 'same'
      ? '(this program pairs within the unit)'
      : '(this program pairs across units)';
  if (me.unit < 0 || mo.unit < 0) {
    return `Unit not recorded for ${who(me.unit < 0, mo.unit < 0)} ${why}`;
  }
  const a = (me.facts.unit ?? '').trim();
  const b = (mo.facts.unit ?? '').trim();
  if (me.unit === mo.unit) return `Same unit: ${a} ${why}`;
  return `Different units: mentee ${a}, mentor ${b} ${why}`;
}

function explainDiscipline(me: PreparedMentee, mo: PreparedMentor): string {
  const a = me.facts.role;
  const b = mo.facts.role;
  if (a === null || b === null) return `Discipline not recorded for ${who(a === null, b === null)}`;
  if (a === b) {
    return a === 'other' ? 'Both in roles listed as Other' : `Both ${ROLE_PLURAL[a]}`;
  }
  const family = ROLE_FAMILY[a];
  if (family !== undefined && family === ROLE_FAMILY[b]) {
    return `Both in ${family}: mentee ${roleName(a)}, mentor ${roleName(b)}`;
  }
  return `Different disciplines: mentee ${roleName(a)}, mentor ${roleName(b)}`;
}

function spoken(labels: readonly string[], keys: Set<string>): string[] {
  return distinct(labels)
    .filter((l) => keys.has(l.key))
    .map((l) => l.label);
}

function explainLanguage(me: PreparedMentee, mo: PreparedMentor): string {
  const mentorKeys = mo.languageKeys;
  const asked = me.facts.intake.languages;
  if (me.asked.length > 0) {
    const askedLabels = distinct(asked).map((l) => l.label);
    if (mo.speaks.length === 0) {
      return `Mentor's languages not recorded (mentee asked for ${orList(askedLabels)})`;
    }
    const both = spoken(asked, mentorKeys);
    if (both.length > 0) return `Both speak ${list(both)} (asked for at intake)`;
    return `Mentor does not speak ${orList(askedLabels)} (asked for at intake)`;
  }
  if (me.speaks.length === 0 || mo.speaks.length === 0) {
    return `Languages not recorded for ${who(me.speaks.length === 0, mo.speaks.length === 0)}`;
  }
  const both = spoken(me.facts.languages, mentorKeys);
  if (both.length > 0) return `Both speak ${list(both)}`;
  return `No language in common (mentee: ${list(distinct(me.facts.languages).map((l) => l.label))})`;
}

function explainPreferences(me: PreparedMentee, mo: PreparedMentor): string {
  const met: string[] = [];
  const notMet: string[] = [];
  const unknown: string[] = [];
  const put = (name: string, verdict: boolean | null) =>
    (verdict === null ? unknown : verdict ? met : notMet).push(name);
  if (me.preferredShift !== null) {
    const s = mo.facts.shift;
    put(SHIFT_NAME[me.preferredShift], s === null ? null : s === me.preferredShift);
  }
  if (me.unitPreference !== 'any') {
    put(
      me.unitPreference === 'same' ? 'same unit' : 'another unit',
      me.unit < 0 || mo.unit < 0 ? null : (me.unit === mo.unit) === (me.unitPreference === 'same'),
    );
  }
  if (me.asked.length > 0) {
    put(
      `speaks ${orList(distinct(me.facts.intake.languages).map((l) => l.label))}`,
      mo.speaks.length === 0 ? null : hasCommon(me.asked, mo.speaks),
    );
  }
  const note = me.facts.intake.preferences !== '' ? ' (free-text preferences are not scored)' : '';
  const stated = met.length + notMet.length + unknown.length;
  if (stated === 0) return `No preferences stated${note}`;
  const parts = [
    `Meets ${met.length} of ${plural(stated, 'stated preference')}${met.length > 0 ? `: ${met.join(', ')}` : ''}`,
  ];
  if (notMet.length > 0) parts.push(`not ${notMet.join(', ')}`);
  if (unknown.length > 0) parts.push(`not recorded for the mentor: ${unknown.join(', ')}`);
  return `${parts.join('; ')}${note}`;
}

function explain(
  f: MatchFactor,
  me: PreparedMentee,
  mo: PreparedMentor,
  settings: MatchingSettings,
): string {
  switch (f) {
    case 'competency':
      return explainCompetency(me, mo);
    case 'experience':
      return explainExperience(me, mo, settings.minExperienceGap);
    case 'goals':
      return explainGoals(me, mo);
    case 'shift':
      return explainShift(me, mo);
    case 'unit':
      return explainUnit(me, mo, settings);
    case 'discipline':
      return explainDiscipline(me, mo);
    case 'language':
      return explainLanguage(me, mo);
    case 'preferences':
      return explainPreferences(me, mo);
  }
}

// ---------------------------------------------------------------------------------------------
// Scorer
// ---------------------------------------------------------------------------------------------

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
      const text = explain(factor, me, mo, settings);
      const counted = weight > 0 && totalWeight > 0;
      return {
        factor,
        label: MATCH_FACTOR_LABELS[factor],
        weight,
        fit: round3(fit),
        points: counted ? round1((100 * weight * fit) / totalWeight) : 0,
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
