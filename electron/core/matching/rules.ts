/**
 * Hard matching rules: a pair that breaks any of them is never proposed, whatever its score.
 * Pure (no database). Every violation names the people, in words an educator can act on.
 *
 * `checkPair` covers the rules that depend only on the two people and the program; capacity and
 * "already paired" depend on the current pairings, so the caller checks them with the counts
 * (`capacityViolation`, `alreadyPairedViolation`). For many pairs build `createRuleChecker(ctx)`
 * once: it indexes the do-not-pair list instead of scanning it per pair.
 */
import type { MatchingSettings } from '../../../shared/domain/programs';
import type { Shift } from '../../../shared/domain/staff';
import type {
  MatchPerson,
  MenteeFacts,
  MentorFacts,
  RuleViolation,
} from '../../../shared/domain/matching';

export { RULE_CODES, type RuleCode, type RuleViolation } from '../../../shared/domain/matching';

export interface DoNotPairEntry {
  staffA: number;
  staffB: number;
  reason: string;
}

export interface RuleContext {
  settings: MatchingSettings;
  /** Pairs that must never be matched, in either order. */
  doNotPair: DoNotPairEntry[];
}

/** Only active staff can be paired: not those on leave or who have left. */
export function eligibleMentee(m: Pick<MatchPerson, 'status'>): boolean {
  return m.status === 'active';
}

export function eligibleMentor(m: Pick<MatchPerson, 'status'>): boolean {
  return m.status === 'active';
}

const SHIFT_WORKS: Record<Shift, string> = {
  day: 'days',
  evening: 'evenings',
  night: 'nights',
  rotating: 'rotating shifts',
};

function statusText(m: MatchPerson): string {
  return m.status === 'on_leave' ? `${m.displayName} is on leave` : `${m.displayName} has left`;
}

/** Do-not-pair reasons indexed by lower staff id, then higher (no allocation per lookup). */
type PairIndex = Map<number, Map<number, string[]>>;

function lookup(index: PairIndex, a: number, b: number): string[] | undefined {
  return a < b ? index.get(a)?.get(b) : index.get(b)?.get(a);
}

/**
 * The shift the same-shift rule compares for a mentee: the shift they work (staff record), else
 * the shift they asked for at intake. (The score compares the preferred shift first, because it
 * weighs what the mentee would like; the rule is about actually being at work together.)
 */
function menteeWorkShift(m: MenteeFacts): Shift | null {
  return m.shift ?? m.intake.preferredShift;
}

export interface RuleChecker {
  /** Every hard rule the pair breaks (empty when the pair is allowed), in RULE_CODES order. */
  check(mentee: MenteeFacts, mentor: MentorFacts): RuleViolation[];
  /** Same as `check(...).length === 0`, without building messages. */
  allowed(mentee: MenteeFacts, mentor: MentorFacts): boolean;
}

export function createRuleChecker(ctx: RuleContext): RuleChecker {
  const { settings } = ctx;
  const blocked: PairIndex = new Map();
  for (const e of ctx.doNotPair) {
    const lo = Math.min(e.staffA, e.staffB);
    const hi = Math.max(e.staffA, e.staffB);
    let inner = blocked.get(lo);
    if (inner === undefined) blocked.set(lo, (inner = new Map()));
    let reasons = inner.get(hi);
    if (reasons === undefined) inner.set(hi, (reasons = []));
    const reason = e.reason.trim();
    if (reason !== '' && !reasons.includes(reason)) reasons.push(reason);
  }

  const shiftBroken = (mentee: MenteeFacts, mentor: MentorFacts): boolean => {
    if (!settings.requireSameShift) return false;
    const a = menteeWorkShift(mentee);
    return a === null || mentor.shift === null || a !== mentor.shift;
  };

  const check = (mentee: MenteeFacts, mentor: MentorFacts): RuleViolation[] => {
    const out: RuleViolation[] = [];
    const x = mentee.displayName;
    const y = mentor.displayName;
    if (mentee.staffId === mentor.staffId) {
      out.push({ rule: 'self', message: `${x} cannot mentor themself` });
    }
    if (mentee.supervisorId === mentor.staffId && mentee.staffId !== mentor.staffId) {
      out.push({ rule: 'supervisor', message: `${y} is ${x}'s direct supervisor` });
    }
    if (mentor.supervisorId === mentee.staffId && mentee.staffId !== mentor.staffId) {
      out.push({ rule: 'supervisor', message: `${x} is ${y}'s direct supervisor` });
    }
    const reasons = lookup(blocked, mentee.staffId, mentor.staffId);
    if (reasons !== undefined) {
      const why = reasons.length > 0 ? `: ${reasons.join('; ')}` : '';
      out.push({ rule: 'do_not_pair', message: `${x} and ${y} are on the do-not-pair list${why}` });
    }
    if (settings.requireTraining && mentor.missingTraining.length > 0) {
      out.push({
        rule: 'training',
        message: `${y} has not completed the required mentor training: ${mentor.missingTraining.join(', ')}`,
      });
    }
    if (shiftBroken(mentee, mentor)) {
      const a = menteeWorkShift(mentee);
      const b = mentor.shift;
      let detail: string;
      if (a === null && b === null) detail = `neither ${x}'s nor ${y}'s shift is recorded`;
      else if (a === null) detail = `${x}'s shift is not recorded`;
      else if (b === null) detail = `${y}'s shift is not recorded`;
      else detail = `${x} works ${SHIFT_WORKS[a]}, ${y} ${SHIFT_WORKS[b]}`;
      out.push({ rule: 'shift', message: `This program requires the same shift: ${detail}` });
    }
    if (!eligibleMentee(mentee)) {
      out.push({ rule: 'mentee_not_eligible', message: statusText(mentee) });
    }
    if (!eligibleMentor(mentor)) {
      out.push({ rule: 'mentor_not_eligible', message: statusText(mentor) });
    }
    return out;
  };

  const allowed = (mentee: MenteeFacts, mentor: MentorFacts): boolean =>
    mentee.staffId !== mentor.staffId &&
    mentee.supervisorId !== mentor.staffId &&
    mentor.supervisorId !== mentee.staffId &&
    !(settings.requireTraining && mentor.missingTraining.length > 0) &&
    !shiftBroken(mentee, mentor) &&
    eligibleMentee(mentee) &&
    eligibleMentor(mentor) &&
    (blocked.size === 0 || lookup(blocked, mentee.staffId, mentor.staffId) === undefined);

  return { check, allowed };
}

interface CachedChecker {
  settings: MatchingSettings;
  doNotPair: DoNotPairEntry[];
  doNotPairLength: number;
  checker: RuleChecker;
}

const checkers = new WeakMap<RuleContext, CachedChecker>();

/** The checker for a context object, rebuilt when its settings or lists are replaced or grow. */
function checkerFor(ctx: RuleContext): RuleChecker {
  const c = checkers.get(ctx);
  if (
    c !== undefined &&
    c.settings === ctx.settings &&
    c.doNotPair === ctx.doNotPair &&
    c.doNotPairLength === ctx.doNotPair.length
  ) {
    return c.checker;
  }
  const checker = createRuleChecker(ctx);
  checkers.set(ctx, {
    settings: ctx.settings,
    doNotPair: ctx.doNotPair,
    doNotPairLength: ctx.doNotPair.length,
    checker,
  });
  return checker;
}

/**
 * Every hard rule this pair breaks (empty when allowed), in RULE_CODES order. Reuses one indexed
 * checker per context object, so calling it for every pair of a cohort stays cheap.
 */
export function checkPair(
  mentee: MenteeFacts,
  mentor: MentorFacts,
  ctx: RuleContext,
): RuleViolation[] {
  return checkerFor(ctx).check(mentee, mentor);
}

/**
 * The mentor has no free place: `load` is how many mentees they already have (open pairings, as
 * the caller counts them) and `capacity` how many they take at once.
 */
export function capacityViolation(
  mentor: Pick<MentorFacts, 'displayName' | 'capacity'>,
  load: number,
): RuleViolation | null {
  if (load < mentor.capacity) return null;
  const message =
    mentor.capacity <= 0
      ? `${mentor.displayName} takes no mentees in this cohort (capacity 0)`
      : `${mentor.displayName} is full: ${load} of ${mentor.capacity} ${mentor.capacity === 1 ? 'mentee' : 'mentees'}`;
  return { rule: 'capacity', message };
}

/** The mentee already has an open pairing (with `currentMentor`, who may be this very mentor). */
export function alreadyPairedViolation(
  mentee: Pick<MatchPerson, 'displayName'>,
  currentMentor: Pick<MatchPerson, 'displayName'>,
): RuleViolation {
  return {
    rule: 'already_paired',
    message: `${mentee.displayName} is already paired with ${currentMentor.displayName}`,
  };
}
