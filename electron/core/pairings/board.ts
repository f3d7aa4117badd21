import type { BoardMentee, BoardMentor } from '../../../shared/domain/board';
import {
  notAllowedWords,
  type MenteeFacts,
  type MentorFacts,
} from '../../../shared/domain/matching';
import type { BoardWithFlags, Pairing } from '../../../shared/domain/pairings';
import type { EnrolmentPerson } from '../../../shared/domain/programs';
import type { Db } from '../db/open';
import { loadCohortFacts, type CohortFacts } from '../matching/facts';
import { checkPair } from '../matching/rules';
import { createScorer } from '../matching/score';
import { flagsOf } from './flags';
import { listPairings } from './rows';

/** The open pairings of a cohort: the ones that hold a mentor's place. */
export function openPairings(db: Db, cohortId: number): Pairing[] {
  return listPairings(
    db,
    "p.cohort_id = ? AND p.status IN ('proposed', 'active', 'paused')",
    cohortId,
  );
}

export function personOf(f: MenteeFacts | MentorFacts, employeeNumber: string): EnrolmentPerson {
  return {
    staffId: f.staffId,
    employeeNumber,
    displayName: f.displayName,
    role: f.role,
    unit: f.unit,
    shift: f.shift,
    yearsExperience: f.yearsExperience,
    status: f.status,
  };
}

/** Why a mentor can take nobody at all, whoever the mentee, or null. */
export function mentorUnavailable(m: MentorFacts, facts: CohortFacts): string | null {
  if (m.status === 'left') return `${m.displayName} has left the facility`;
  if (m.status === 'on_leave') return `${m.displayName} is on leave`;
  if (facts.rules.settings.requireTraining && m.missingTraining.length > 0) {
    return `${m.displayName} has not completed the required mentor training: ${m.missingTraining.join(', ')}`;
  }
  return null;
}

/**
 * The pairing board of a cohort: mentor columns with their load, the pool of unpaired mentees,
 * and the hard rules any open pairing breaks today (shown on its card).
 */
export function loadBoard(db: Db, cohortId: number, today: string): BoardWithFlags {
  const facts = loadCohortFacts(db, cohortId, today);
  const open = openPairings(db, cohortId);
  const employeeNumbers = employeeNumbersOf(db, cohortId);
  // A peer on either side of a reciprocal pairing is paired (and its one place is taken).
  const paired = new Set(
    open.flatMap((p) =>
      p.reciprocal ? [p.menteeEnrolmentId, p.mentorEnrolmentId] : [p.menteeEnrolmentId],
    ),
  );
  const circles = circlesByMentor(db, cohortId);
  const scorer = createScorer(facts.program.matching);
  const refusals = new Map(facts.mentees.map((m) => [m.enrolmentId, notAllowedFor(facts, m)]));
  const refusalsOf = (menteeEnrolmentId: number) => refusals.get(menteeEnrolmentId) ?? {};

  const mentors: BoardMentor[] = facts.mentors.map((m) => {
    const own = open.filter((p) => p.mentorEnrolmentId === m.enrolmentId);
    const partnerOf = m.peer
      ? open.filter((p) => p.reciprocal && p.menteeEnrolmentId === m.enrolmentId)
      : [];
    return {
      enrolmentId: m.enrolmentId,
      person: personOf(m, employeeNumbers.get(m.enrolmentId) ?? ''),
      capacity: m.capacity,
      load: own.length + partnerOf.length,
      circle: circles.get(m.enrolmentId) ?? null,
      ...(partnerOf[0] ? { peerOf: partnerOf[0].mentor.displayName } : {}),
      missingTraining: m.missingTraining,
      unavailable: mentorUnavailable(m, facts),
      pairings: own.map((p) => ({
        pairingId: p.id,
        menteeEnrolmentId: p.menteeEnrolmentId,
        mentee: p.mentee,
        status: p.status,
        locked: p.locked,
        score: p.score,
        breakdown: p.breakdown,
        notAllowed: refusalsOf(p.menteeEnrolmentId),
      })),
    };
  });

  const pool: BoardMentee[] = facts.mentees
    .filter((m) => !paired.has(m.enrolmentId))
    .map((mentee) => {
      const notAllowed = refusalsOf(mentee.enrolmentId);
      const allowed = facts.mentors.filter((mentor) => !(mentor.enrolmentId in notAllowed));
      const scores = allowed.map((mentor) => scorer.score(mentee, mentor));
      return {
        enrolmentId: mentee.enrolmentId,
        person: personOf(mentee, employeeNumbers.get(mentee.enrolmentId) ?? ''),
        intake: mentee.intake,
        eligibleMentors: allowed.length,
        bestScore: scores.length > 0 ? Math.max(...scores) : null,
        notAllowed,
      };
    });

  const count = (status: Pairing['status']) => open.filter((p) => p.status === status).length;
  return {
    cohort: facts.cohort,
    program: facts.program,
    mentors,
    pool,
    totals: {
      mentees: facts.mentees.length,
      proposed: count('proposed'),
      active: count('active'),
      paused: count('paused'),
      unpaired: pool.length,
    },
    flags: Object.fromEntries(flagsOf(db, open, today, new Map([[cohortId, facts]]))),
  };
}

/** Each mentor the hard rules forbid for this mentee, with the rules named in words. */
export function notAllowedFor(facts: CohortFacts, mentee: MenteeFacts): Record<number, string> {
  const out: Record<number, string> = {};
  for (const mentor of facts.mentors) {
    const broken = checkPair(mentee, mentor, facts.rules);
    if (broken.length === 0) continue;
    const words = notAllowedWords(broken.map((v) => v.rule));
    // Name the missing modules, so the educator knows which training to record.
    const training = broken.some((v) => v.rule === 'training') && mentor.missingTraining.length > 0;
    out[mentor.enrolmentId] = training ? `${words} (${mentor.missingTraining.join(', ')})` : words;
  }
  return out;
}

export function employeeNumbersOf(db: Db, cohortId: number): Map<number, string> {
  const rows = db
    .prepare(
      'SELECT e.id, s.employee_number FROM enrolments e JOIN staff s ON s.id = e.staff_id WHERE e.cohort_id = ?',
    )
    .all(cohortId) as { id: number; employee_number: string }[];
  return new Map(rows.map((r) => [r.id, r.employee_number]));
}

/** Each mentor's circle in a cohort (group programs), by mentor enrolment id. */
function circlesByMentor(db: Db, cohortId: number): Map<number, { id: number; name: string }> {
  const rows = db
    .prepare(
      `SELECT cm.mentor_enrolment_id AS mentor, ci.id, ci.name
       FROM circle_mentors cm JOIN circles ci ON ci.id = cm.circle_id WHERE ci.cohort_id = ?`,
    )
    .all(cohortId) as { mentor: number; id: number; name: string }[];
  return new Map(rows.map((r) => [r.mentor, { id: r.id, name: r.name }]));
}
