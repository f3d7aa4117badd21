import type { z } from 'zod';
import {
  READINESS,
  type OutcomesFilter,
  type Readiness,
  type ReadinessRating,
  type readinessCorrectionInput,
  type readinessInput,
  type Succession,
  type SuccessionUnit,
} from '../../../shared/domain/outcomes';
import { TandemError } from '../../../shared/result';
import { getPerson } from '../competencies/rows';
import type { Db } from '../db/open';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';

type RatingInput = z.output<typeof readinessInput>;
type CorrectionInput = z.output<typeof readinessCorrectionInput>;

const SELECT = `
  SELECT r.id, r.staff_id AS staffId,
         coalesce(s.preferred_name, s.first_name, '') || ' ' || coalesce(s.last_name, '') AS personName,
         s.unit, s.role, r.readiness, r.target_role AS targetRole, r.rated_on AS ratedOn,
         r.rater_id AS raterId,
         coalesce(v.preferred_name, v.first_name, '') || ' ' || coalesce(v.last_name, '') AS raterName,
         r.note, r.supersedes_id AS supersedesId,
         (SELECT x.id FROM succession_ratings x WHERE x.supersedes_id = r.id) AS supersededById
  FROM succession_ratings r JOIN staff s ON s.id = r.staff_id JOIN staff v ON v.id = r.rater_id`;

function tidy(r: ReadinessRating): ReadinessRating {
  return { ...r, personName: r.personName.trim(), raterName: r.raterName.trim() };
}

export function getRating(db: Db, id: number): ReadinessRating {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as ReadinessRating | undefined;
  if (!row) {
    throw new TandemError('not_found', `No readiness rating with id ${id}.`, {
      problems: [{ field: 'ratingId', value: String(id), message: 'no such rating' }],
    });
  }
  return tidy(row);
}

/** Mentees (not withdrawn) of any cohort of a leadership program. */
const LEADERSHIP_MENTEES = `
  SELECT e.staff_id FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
  JOIN programs pr ON pr.id = c.program_id
  WHERE pr.kind = 'leadership' AND e.role = 'mentee' AND e.withdrawn_at IS NULL`;

function checkRating(
  tx: WriteTx,
  today: string,
  staffId: number,
  input: Omit<RatingInput, 'staffId'>,
) {
  const problems: { field: string; value: string; message: string }[] = [];
  const isLeadershipMentee = tx.db
    .prepare(`SELECT 1 FROM (${LEADERSHIP_MENTEES}) WHERE staff_id = ?`)
    .get(staffId);
  if (!isLeadershipMentee) {
    problems.push({
      field: 'staffId',
      value: String(staffId),
      message: 'is not a mentee of a leadership program',
    });
  }
  const rater = getPerson(tx.db, input.raterId, 'raterId');
  if (input.raterId === staffId) {
    problems.push({
      field: 'raterId',
      value: String(input.raterId),
      message: 'a person cannot rate themself',
    });
  } else if (rater.status === 'left') {
    problems.push({ field: 'raterId', value: rater.displayName, message: 'has left the facility' });
  }
  if (input.ratedOn > today) {
    problems.push({ field: 'ratedOn', value: input.ratedOn, message: 'is after today' });
  }
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.field} ${p.message}`).join('; ');
    throw new TandemError('invalid_input', `Nothing was recorded: ${list}.`, { problems });
  }
}

function insert(
  tx: WriteTx,
  actor: string,
  staffId: number,
  input: Omit<RatingInput, 'staffId'>,
  correction: { supersedesId: number; reason: string } | null,
): ReadinessRating {
  const { lastInsertRowid } = tx.db
    .prepare(
      `INSERT INTO succession_ratings (staff_id, readiness, target_role, rated_on, rater_id, note,
         supersedes_id, correction_reason, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      staffId,
      input.readiness,
      input.targetRole,
      input.ratedOn,
      input.raterId,
      input.note,
      correction?.supersedesId ?? null,
      correction?.reason ?? null,
      tx.at,
      actor,
    );
  return getRating(tx.db, Number(lastInsertRowid));
}

const view = (r: ReadinessRating) => ({
  staffId: r.staffId,
  readiness: r.readiness,
  targetRole: r.targetRole,
  ratedOn: r.ratedOn,
  raterId: r.raterId,
  note: r.note,
});

export function rateInTransaction(tx: WriteTx, actor: string, today: string, input: RatingInput) {
  getPerson(tx.db, input.staffId);
  checkRating(tx, today, input.staffId, input);
  const created = insert(tx, actor, input.staffId, input, null);
  tx.audit({
    entity: 'succession_rating',
    entityId: created.id,
    action: 'rate',
    before: null,
    after: view(created),
  });
  return created;
}

/** Records a readiness rating of a leadership mentee; never changes an earlier one. */
export function rateReadiness(ctx: WriteContext, input: RatingInput): ReadinessRating {
  return write(ctx, (tx) => rateInTransaction(tx, ctx.actor.name, todayOf(ctx), input));
}

/** A correction is a new rating superseding the old (once); both stay in the history. */
export function correctReadiness(ctx: WriteContext, input: CorrectionInput): ReadinessRating {
  return write(ctx, (tx) => {
    const old = getRating(tx.db, input.ratingId);
    if (old.supersededById !== null) {
      throw new TandemError(
        'conflict',
        `Nothing was recorded: this rating was already corrected (rating #${old.supersededById}); correct that one instead.`,
        {
          problems: [
            {
              field: 'ratingId',
              value: String(old.id),
              message: `already superseded by rating #${old.supersededById}`,
            },
          ],
        },
      );
    }
    checkRating(tx, todayOf(ctx), old.staffId, input);
    const created = insert(tx, ctx.actor.name, old.staffId, input, {
      supersedesId: old.id,
      reason: input.reason,
    });
    tx.audit({
      entity: 'succession_rating',
      entityId: created.id,
      action: 'correct',
      before: { ratingId: old.id, ...view(old) },
      after: { ...view(created), supersedes: old.id, reason: input.reason },
    });
    return created;
  });
}

/** Every rating of one person, newest first (corrections and what they replaced). */
export function ratingHistory(db: Db, staffId: number): ReadinessRating[] {
  return (
    db
      .prepare(`${SELECT} WHERE r.staff_id = ? ORDER BY r.rated_on DESC, r.id DESC`)
      .all(staffId) as ReadinessRating[]
  ).map(tidy);
}

/** Groups current ratings per unit and target role; pure, for tests. */
export function byUnitAndRole(ratings: readonly ReadinessRating[]): SuccessionUnit[] {
  const key = (r: ReadinessRating) => `${r.unit ?? 'No unit'}|${r.targetRole}`;
  const groups = new Map<string, SuccessionUnit>();
  const field: Record<Readiness, 'readyNow' | 'oneToTwoYears' | 'notYet'> = {
    ready_now: 'readyNow',
    one_to_two_years: 'oneToTwoYears',
    not_yet: 'notYet',
  };
  for (const r of ratings) {
    const at = groups.get(key(r)) ?? {
      unit: r.unit ?? 'No unit',
      targetRole: r.targetRole,
      readyNow: 0,
      oneToTwoYears: 0,
      notYet: 0,
    };
    at[field[r.readiness]] += 1;
    groups.set(key(r), at);
  }
  return [...groups.values()].sort(
    (a, b) => a.unit.localeCompare(b.unit) || a.targetRole.localeCompare(b.targetRole),
  );
}

/**
 * The current rating of each leadership mentee still at the facility (the latest by day
 * among ratings no correction supersedes), and the units with nobody ready now.
 */
export function succession(db: Db, f: OutcomesFilter): Succession {
  const params: unknown[] = [];
  let scope = LEADERSHIP_MENTEES;
  if (f.programId !== null) {
    scope += ' AND pr.id = ?';
    params.push(f.programId);
  }
  if (f.cohortId !== null) {
    scope += ' AND c.id = ?';
    params.push(f.cohortId);
  }
  const unit = f.unit !== null ? ' AND s.unit = ?' : '';
  const unitParams = f.unit !== null ? [f.unit] : [];
  const all = (
    db
      .prepare(
        `${SELECT} WHERE s.status <> 'left' AND r.staff_id IN (${scope})${unit}
           AND NOT EXISTS (SELECT 1 FROM succession_ratings x WHERE x.supersedes_id = r.id)
         ORDER BY r.rated_on DESC, r.id DESC`,
      )
      .all(...params, ...unitParams) as ReadinessRating[]
  ).map(tidy);
  const seen = new Set<number>();
  const ratings = all.filter((r) => !seen.has(r.staffId) && seen.add(r.staffId));
  ratings.sort(
    (a, b) =>
      READINESS.indexOf(a.readiness) - READINESS.indexOf(b.readiness) ||
      a.personName.localeCompare(b.personName),
  );
  const units = db
    .prepare(
      `SELECT DISTINCT s.unit FROM staff s WHERE s.status <> 'left' AND s.unit IS NOT NULL${unit} ORDER BY s.unit`,
    )
    .pluck()
    .all(...unitParams) as string[];
  const ready = new Set(ratings.filter((r) => r.readiness === 'ready_now').map((r) => r.unit));
  const candidates = db
    .prepare(
      `SELECT s.id AS staffId, coalesce(s.preferred_name, s.first_name, '') || ' ' || coalesce(s.last_name, '') AS name, s.unit
       FROM staff s WHERE s.status <> 'left' AND s.id IN (${scope})${unit} ORDER BY s.last_name, s.first_name`,
    )
    .all(...params, ...unitParams) as { staffId: number; name: string; unit: string | null }[];
  return {
    ratings,
    byUnitAndRole: byUnitAndRole(ratings),
    unitsWithoutReadySuccessor: units.filter((u) => !ready.has(u)),
    candidates: candidates.map((c) => ({ ...c, name: c.name.trim() })),
  };
}
