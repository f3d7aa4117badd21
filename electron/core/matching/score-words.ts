/** Normalising and wording: the keys people are compared by, and the words explanations use. See score.ts for the factor definitions. */
import { ROLE_LABELS, type Role, type Shift } from '../../../shared/domain/staff';

export const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The key two names are compared by: Unicode-normalised, lower-case, punctuation and runs of
 * spaces collapsed to one space, trimmed ("Wound-care " and "wound care" are the same).
 */
export function matchKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(NON_WORD, ' ').trim();
}

/** Competency level at or above which a signed-off mentor can teach it (Benner "competent"). */
export const TEACHING_LEVEL = 3;
export const BENNER = ['novice', 'advanced beginner', 'competent', 'proficient', 'expert'] as const;

/** Shared content words (goals and interests) that make a full goals fit. */
export const GOALS_FULL_FIT = 3;
/** Years beyond the minimum gap at which the experience fit reaches 1. */
export const EXPERIENCE_RAMP_YEARS = 10;

/**
 * Words that say nothing about what someone wants to learn or do (plus generic hospital words that
 * everyone shares). Checked on the word and on its singular.
 */
export const STOP_WORDS = new Set(
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
export function singular(word: string): string {
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
export function addTopics(text: string | null, into: Map<string, string>, asItem = false): void {
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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** At most `max` items, then "and N more". */
export function shortList(items: readonly string[], max = 6): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function who(menteeMissing: boolean, mentorMissing: boolean): string {
  if (menteeMissing && mentorMissing) return 'either of them';
  return menteeMissing ? 'the mentee' : 'the mentor';
}

export const SHIFT_PLURAL: Record<Shift, string> = {
  day: 'days',
  evening: 'evenings',
  night: 'nights',
  rotating: 'rotating shifts',
};

export const SHIFT_NAME: Record<Shift, string> = {
  day: 'day shift',
  evening: 'evening shift',
  night: 'night shift',
  rotating: 'rotating shift',
};

export const ROLE_PLURAL: Record<Role, string> = {
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

export const ROLE_FAMILY: Partial<Record<Role, string>> = {
  rn: 'nursing',
  lpn: 'nursing',
  cna: 'nursing',
  lab_scientist: 'the laboratory',
  lab_technician: 'the laboratory',
  phlebotomist: 'the laboratory',
};

export function roleName(r: Role): string {
  return ROLE_LABELS[r].toLowerCase();
}
