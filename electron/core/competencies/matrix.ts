import type {
  CompetencyMatrix,
  CompetencyRef,
  MatrixRow,
  Standing,
} from '../../../shared/domain/competencies';
import type { Db } from '../db/open';
import { getCohort } from '../cohorts/service';
import { listEnrolments } from '../enrolments/service';
import { listCompetencies } from './catalogue';
import { standingKey, standings } from './levels';
import { summarise } from './progress';

/**
 * A cohort's people (mentees first, then mentors; withdrawn ones left out) against the
 * competencies of their disciplines, plus any other competency one of them is signed off in.
 */
export function cohortMatrix(db: Db, cohortId: number): CompetencyMatrix {
  const cohort = getCohort(db, cohortId);
  const enrolments = listEnrolments(db, cohortId).filter((e) => !e.withdrawn);
  const ordered = [
    ...enrolments.filter((e) => e.role === 'mentee'),
    ...enrolments.filter((e) => e.role === 'mentor'),
  ].filter((e, i, all) => all.findIndex((x) => x.person.staffId === e.person.staffId) === i);
  const byKey = standings(
    db,
    ordered.map((e) => e.person.staffId),
  );
  const roles = new Set(ordered.map((e) => e.person.role));
  const signedOff = new Set([...byKey.keys()].map((key) => Number(key.split(':')[1])));
  const competencies: CompetencyRef[] = listCompetencies(db)
    .filter((c) => c.disciplines.some((d) => roles.has(d)) || signedOff.has(c.id))
    .map((c) => ({ id: c.id, name: c.name, category: c.category }));

  const rows: MatrixRow[] = ordered.map((e) => ({
    person: {
      staffId: e.person.staffId,
      employeeNumber: e.person.employeeNumber,
      displayName: e.person.displayName,
      role: e.person.role,
      status: e.person.status,
    },
    cohortRole: e.role === 'mentee' ? 'mentee' : 'mentor', // peers are left out above
    cells: competencies.map((c) => byKey.get(standingKey(e.person.staffId, c.id)) ?? null),
  }));
  const column = (index: number): (Standing | null)[] => rows.map((r) => r.cells[index] ?? null);
  return {
    cohort: { id: cohort.id, code: cohort.code, name: cohort.name },
    competencies,
    rows,
    perCompetency: competencies.map((_, index) => summarise(column(index))),
    cohortSummary: summarise(rows.flatMap((r) => r.cells)),
  };
}
