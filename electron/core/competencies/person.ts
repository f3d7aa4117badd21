import type { CompetencyHistory, PersonCompetency } from '../../../shared/domain/competencies';
import type { Db } from '../db/open';
import { getCompetency, listCompetencies } from './catalogue';
import { standingKey, standings } from './levels';
import { getPerson, signOffHistory } from './rows';

/** One person's sign-offs in one competency, corrections and superseded ones alike. */
export function competencyHistory(
  db: Db,
  staffId: number,
  competencyId: number,
): CompetencyHistory {
  const person = getPerson(db, staffId);
  const competency = getCompetency(db, competencyId);
  const standing = standings(db, [staffId]).get(standingKey(staffId, competencyId)) ?? {
    current: null,
    progress: null,
  };
  return { person, competency, standing, signOffs: signOffHistory(db, staffId, competencyId) };
}

/** Every competency a person has been signed off in, with where they stand now. */
export function personCompetencies(db: Db, staffId: number): PersonCompetency[] {
  getPerson(db, staffId);
  const counts = new Map(
    (
      db
        .prepare(
          'SELECT competency_id, count(*) AS n FROM competency_sign_offs WHERE staff_id = ? GROUP BY competency_id',
        )
        .all(staffId) as { competency_id: number; n: number }[]
    ).map((r) => [r.competency_id, r.n]),
  );
  const byKey = standings(db, [staffId]);
  return listCompetencies(db)
    .filter((c) => counts.has(c.id))
    .map((c) => {
      const standing = byKey.get(standingKey(staffId, c.id)) ?? { current: null, progress: null };
      return {
        competency: { id: c.id, name: c.name, category: c.category },
        signOffCount: counts.get(c.id) ?? 0,
        ...standing,
      };
    });
}
