import type { Standing } from '../../../shared/domain/competencies';
import type { Db } from '../db/open';
import { standingOf, type EffectiveSignOff } from './progress';
import { level } from './rows';

/** Sign-offs that still count: those no correction has superseded. */
const EFFECTIVE = 'NOT EXISTS (SELECT 1 FROM competency_sign_offs x WHERE x.supersedes_id = so.id)';

/**
 * Each person's current level per competency name (Benner 1–5), for the match score's
 * competency factor. Every requested id is in the map, with `{}` when nothing is signed off.
 */
export function currentLevels(db: Db, staffIds: number[]): Map<number, Record<string, number>> {
  const result = new Map<number, Record<string, number>>(staffIds.map((id) => [id, {}]));
  if (staffIds.length === 0) return result;
  const rows = db
    .prepare(
      `SELECT staff_id, name, level FROM (
         SELECT so.staff_id, c.name, so.level,
                row_number() OVER (PARTITION BY so.staff_id, so.competency_id
                                   ORDER BY so.signed_on DESC, so.id DESC) AS rank
         FROM competency_sign_offs so JOIN competencies c ON c.id = so.competency_id
         WHERE so.staff_id IN (SELECT value FROM json_each(?)) AND ${EFFECTIVE}
       ) WHERE rank = 1`,
    )
    .all(JSON.stringify(staffIds)) as { staff_id: number; name: string; level: number }[];
  for (const r of rows) {
    const levels = result.get(r.staff_id);
    if (levels) levels[r.name] = r.level;
  }
  return result;
}

/** Standings of the given people, keyed `staffId:competencyId`; pairs never signed off are absent. */
export function standings(db: Db, staffIds: readonly number[]): Map<string, Standing> {
  const rows = db
    .prepare(
      `SELECT so.id, so.staff_id, so.competency_id, so.level, so.signed_on AS date
       FROM competency_sign_offs so
       WHERE so.staff_id IN (SELECT value FROM json_each(?)) AND ${EFFECTIVE}`,
    )
    .all(JSON.stringify(staffIds)) as (Omit<EffectiveSignOff, 'level'> & {
    staff_id: number;
    competency_id: number;
    level: number;
  })[];
  const grouped = new Map<string, EffectiveSignOff[]>();
  for (const r of rows) {
    const key = standingKey(r.staff_id, r.competency_id);
    const list = grouped.get(key) ?? [];
    list.push({ id: r.id, level: level(r.level), date: r.date });
    grouped.set(key, list);
  }
  return new Map([...grouped].map(([key, list]) => [key, standingOf(list)]));
}

export function standingKey(staffId: number, competencyId: number): string {
  return `${staffId}:${competencyId}`;
}
