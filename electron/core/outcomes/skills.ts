import type { OutcomesFilter, SkillChange, Skills } from '../../../shared/domain/outcomes';
import type { BennerLevel } from '../../../shared/domain/competencies';
import { median, standingOf, type EffectiveSignOff } from '../competencies/progress';
import type { Db } from '../db/open';
import { PAIRING_JOINS, pairingScope, rangeSql } from './scope';

interface Row {
  id: number;
  staffId: number;
  competencyId: number;
  competencyName: string;
  level: number;
  date: string;
}

/**
 * Per competency among mentees in scope: each person's first and latest level (sign-offs
 * still in force, signed in the date range), how many moved up, stayed or moved down, and the
 * median days from first sign-off to competent (the competencies module's own standing).
 */
export function skillChanges(rows: readonly Row[]): Skills {
  const byPair = new Map<
    string,
    { name: string; competencyId: number; list: EffectiveSignOff[] }
  >();
  for (const r of rows) {
    const key = `${r.staffId}:${r.competencyId}`;
    const at = byPair.get(key) ?? {
      name: r.competencyName,
      competencyId: r.competencyId,
      list: [],
    };
    at.list.push({ id: r.id, level: r.level as BennerLevel, date: r.date });
    byPair.set(key, at);
  }
  const per = new Map<number, { change: SkillChange; deltas: number[]; days: number[] }>();
  const allDays: number[] = [];
  let notYet = 0;
  for (const { name, competencyId, list } of byPair.values()) {
    const sorted = [...list].sort((a, b) =>
      a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1,
    );
    const first = sorted[0];
    const latest = sorted.at(-1);
    if (!first || !latest) continue;
    const at = per.get(competencyId) ?? {
      change: {
        competencyId,
        competencyName: name,
        people: 0,
        improved: 0,
        same: 0,
        lower: 0,
        meanChange: null,
        medianDaysToCompetent: null,
        reachedCompetent: 0,
      },
      deltas: [],
      days: [],
    };
    const delta = latest.level - first.level;
    at.change.people += 1;
    if (delta > 0) at.change.improved += 1;
    else if (delta < 0) at.change.lower += 1;
    else at.change.same += 1;
    at.deltas.push(delta);
    const progress = standingOf(sorted).progress;
    if (progress?.status === 'reached') {
      at.days.push(progress.days);
      allDays.push(progress.days);
    } else if (progress?.status === 'not_yet') notYet += 1;
    per.set(competencyId, at);
  }
  const competencies = [...per.values()]
    .map(({ change, deltas, days }) => ({
      ...change,
      meanChange: deltas.length
        ? Math.round((deltas.reduce((a, b) => a + b, 0) / deltas.length) * 100) / 100
        : null,
      medianDaysToCompetent: median(days),
      reachedCompetent: days.length,
    }))
    .sort((a, b) => a.competencyName.localeCompare(b.competencyName));
  return {
    competencies,
    medianDaysToCompetent: median(allDays),
    reachedCompetent: allDays.length,
    notYet,
  };
}

export function skills(db: Db, f: OutcomesFilter): Skills {
  const s = pairingScope(f);
  const r = rangeSql(f, 'so.signed_on');
  const rows = db
    .prepare(
      `SELECT so.id, so.staff_id AS staffId, so.competency_id AS competencyId,
              c.name AS competencyName, so.level, so.signed_on AS date
       FROM competency_sign_offs so JOIN competencies c ON c.id = so.competency_id
       WHERE so.staff_id IN (SELECT ms.id ${PAIRING_JOINS} WHERE ${s.where})${r.sql}
         AND NOT EXISTS (SELECT 1 FROM competency_sign_offs x WHERE x.supersedes_id = so.id)`,
    )
    .all(...s.params, ...r.params) as Row[];
  return skillChanges(rows);
}
