/** Each factor's plain-English explanation, built only for breakdowns that are shown. See score.ts for the factor definitions. */
import { type MatchFactor, type MatchingSettings } from '../../../shared/domain/programs';
import {
  GOALS_FULL_FIT,
  ROLE_FAMILY,
  ROLE_PLURAL,
  SHIFT_NAME,
  SHIFT_PLURAL,
  list,
  orList,
  plural,
  roleName,
  shortList,
  who,
} from './score-words';
import { PreparedMentee, PreparedMentor, distinct, hasCommon } from './score-people';
import { shiftFitOf } from './score-fits';

export function explainCompetency(me: PreparedMentee, mo: PreparedMentor): string {
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

export function explainExperience(me: PreparedMentee, mo: PreparedMentor, min: number): string {
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

export function explainGoals(me: PreparedMentee, mo: PreparedMentor): string {
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

export function explainShift(me: PreparedMentee, mo: PreparedMentor): string {
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

export function explainUnit(
  me: PreparedMentee,
  mo: PreparedMentor,
  settings: MatchingSettings,
): string {
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

export function explainDiscipline(me: PreparedMentee, mo: PreparedMentor): string {
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

export function spoken(labels: readonly string[], keys: Set<string>): string[] {
  return distinct(labels)
    .filter((l) => keys.has(l.key))
    .map((l) => l.label);
}

export function explainLanguage(me: PreparedMentee, mo: PreparedMentor): string {
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

export function explainPreferences(me: PreparedMentee, mo: PreparedMentor): string {
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

export function explain(
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
