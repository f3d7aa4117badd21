/** Each factor's fit in 0..1: the hot path, numbers only. See score.ts for the factor definitions. */
import {
  type MatchFactor,
  type MatchingSettings,
  type UnitRule,
} from '../../../shared/domain/programs';
import { ROLES, SHIFTS, type Role, type Shift } from '../../../shared/domain/staff';
import { EXPERIENCE_RAMP_YEARS, GOALS_FULL_FIT, ROLE_FAMILY } from './score-words';
import { PreparedMentee, PreparedMentor, countCommon, hasCommon } from './score-people';

export function competencyFit(me: PreparedMentee, mo: PreparedMentor): number {
  if (me.wanted.length === 0) return 0;
  return countCommon(me.wanted, mo.teaches) / me.wanted.length;
}

export function experienceFitOf(gap: number, min: number): number {
  if (gap >= min) return 0.7 + 0.3 * Math.min(1, (gap - min) / EXPERIENCE_RAMP_YEARS);
  if (gap <= 0) return 0;
  return (0.7 * gap) / min;
}

export function experienceFit(me: PreparedMentee, mo: PreparedMentor, min: number): number {
  const a = me.years;
  const b = mo.years;
  if (a === null || b === null) return 0;
  return experienceFitOf(b - a, min);
}

export function goalsFit(me: PreparedMentee, mo: PreparedMentor): number {
  if (me.topics.length === 0 || mo.topics.length === 0) return 0;
  const target = Math.min(GOALS_FULL_FIT, me.topics.length, mo.topics.length);
  return Math.min(1, countCommon(me.topics, mo.topics) / target);
}

export function shiftFitOf(a: Shift | null, b: Shift | null): number {
  if (a === null || b === null) return 0;
  if (a === 'rotating' || b === 'rotating') return 0.5;
  if (a === b) return 1;
  if (a === 'evening' || b === 'evening') return 0.5;
  return 0; // day and night
}

export function unitFit(me: PreparedMentee, mo: PreparedMentor, rule: UnitRule): number {
  if (rule === 'any') return 1;
  if (me.unit < 0 || mo.unit < 0) return 0;
  return (me.unit === mo.unit) === (rule === 'same') ? 1 : 0;
}

export function disciplineFitOf(a: Role | null, b: Role | null): number {
  if (a === null || b === null) return 0;
  if (a === b) return a === 'other' ? 0.5 : 1;
  const fa = ROLE_FAMILY[a];
  return fa !== undefined && fa === ROLE_FAMILY[b] ? 0.6 : 0;
}

/** Fit tables by index (ROLES / SHIFTS order, last index = not recorded), built from the above. */
export const NO_ROLE = ROLES.length;
export const NO_SHIFT = SHIFTS.length;
export const roleIndex = (r: Role | null) => (r === null ? NO_ROLE : ROLES.indexOf(r));
export const shiftIndex = (s: Shift | null) => (s === null ? NO_SHIFT : SHIFTS.indexOf(s));
export const DISCIPLINE_FIT = Float64Array.from({ length: (NO_ROLE + 1) ** 2 }, (_, k) =>
  disciplineFitOf(ROLES[Math.floor(k / (NO_ROLE + 1))] ?? null, ROLES[k % (NO_ROLE + 1)] ?? null),
);
export const SHIFT_FIT = Float64Array.from({ length: (NO_SHIFT + 1) ** 2 }, (_, k) =>
  shiftFitOf(SHIFTS[Math.floor(k / (NO_SHIFT + 1))] ?? null, SHIFTS[k % (NO_SHIFT + 1)] ?? null),
);

export function disciplineFit(me: PreparedMentee, mo: PreparedMentor): number {
  return DISCIPLINE_FIT[me.roleIx * (NO_ROLE + 1) + mo.roleIx] as number;
}

export function shiftFit(me: PreparedMentee, mo: PreparedMentor): number {
  return SHIFT_FIT[me.shiftIx * (NO_SHIFT + 1) + mo.shiftIx] as number;
}

export function languageFit(me: PreparedMentee, mo: PreparedMentor): number {
  if (me.asked.length > 0) {
    if (mo.speaks.length === 0) return 0;
    return hasCommon(me.asked, mo.speaks) ? 1 : 0;
  }
  if (me.speaks.length === 0 || mo.speaks.length === 0) return 0;
  return hasCommon(me.speaks, mo.speaks) ? 1 : 0;
}

/** Each stated preference: 1 met, 0 not met or when the mentor's record cannot tell. */
export function preferencesFit(me: PreparedMentee, mo: PreparedMentor): number {
  let stated = 0;
  let met = 0;
  if (me.preferredShift !== null) {
    stated++;
    const s = mo.shift;
    met += s !== null && s === me.preferredShift ? 1 : 0;
  }
  if (me.unitPreference !== 'any') {
    stated++;
    if (me.unit >= 0 && mo.unit >= 0 && (me.unit === mo.unit) === (me.unitPreference === 'same')) {
      met += 1;
    }
  }
  if (me.asked.length > 0) {
    stated++;
    met += mo.speaks.length > 0 && hasCommon(me.asked, mo.speaks) ? 1 : 0;
  }
  return stated === 0 ? 0 : met / stated;
}

/**
 * Whether a factor has anything to compare for this pair. A factor without data earns 0 points
 * (its fit is 0) and says "No data: …": a blank is never scored as a half-good match.
 */
export function hasData(
  f: MatchFactor,
  me: PreparedMentee,
  mo: PreparedMentor,
  settings: MatchingSettings,
): boolean {
  switch (f) {
    case 'competency':
      return me.wanted.length > 0;
    case 'experience':
      return me.years !== null && mo.years !== null;
    case 'goals':
      return me.topics.length > 0 && mo.topics.length > 0;
    case 'shift':
      return me.shiftIx !== NO_SHIFT && mo.shiftIx !== NO_SHIFT;
    case 'unit':
      return settings.unitRule === 'any' || (me.unit >= 0 && mo.unit >= 0);
    case 'discipline':
      return me.roleIx !== NO_ROLE && mo.roleIx !== NO_ROLE;
    case 'language':
      return me.asked.length > 0
        ? mo.speaks.length > 0
        : me.speaks.length > 0 && mo.speaks.length > 0;
    case 'preferences':
      return me.preferredShift !== null || me.unitPreference !== 'any' || me.asked.length > 0;
  }
}

export function factorFit(
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
