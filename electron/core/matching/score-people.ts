/** People prepared once per scorer: normalised, interned sets so each pair is a few merges. See score.ts for the factor definitions. */
import { type UnitPreference } from '../../../shared/domain/programs';
import { type Shift } from '../../../shared/domain/staff';
import { type MenteeFacts, type MentorFacts } from '../../../shared/domain/matching';
import { BENNER, TEACHING_LEVEL, addTopics, matchKey } from './score-words';

/** Interns normalised keys to small integers, so sets become sorted Int32Arrays. */
export class Vocabulary {
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

export function countCommon(a: Int32Array, b: Int32Array): number {
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

export function hasCommon(a: Int32Array, b: Int32Array): boolean {
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
export function distinct(items: readonly string[]): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const key = matchKey(item);
    if (key !== '' && !seen.has(key)) seen.set(key, item.trim());
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}

/** A mentee's facts, normalised once for scoring against many mentors. */
export interface PreparedMentee {
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
export interface PreparedMentor {
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
export function unitKey(unit: string | null): string {
  return unit === null ? '' : matchKey(unit);
}

export function menteeTopics(m: MenteeFacts): Map<string, string> {
  const topics = new Map<string, string>();
  for (const t of m.intake.careerInterests) addTopics(t, topics, true);
  for (const t of m.interests) addTopics(t, topics, true);
  addTopics(m.intake.goals, topics);
  addTopics(m.careerGoals, topics);
  return topics;
}

export function mentorTopics(m: MentorFacts): Map<string, string> {
  const topics = new Map<string, string>();
  for (const t of m.interests) addTopics(t, topics);
  addTopics(m.careerGoals, topics);
  return topics;
}

/** What the mentor can teach: stated strengths plus sign-offs at "competent" or above. */
export function teachable(m: MentorFacts): Map<string, string> {
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
