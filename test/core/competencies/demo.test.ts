import { describe, expect, it } from 'vitest';
import { currentLevels } from '../../../electron/core/competencies/levels';
import { cohortMatrix } from '../../../electron/core/competencies/matrix';
import { buildDemoFacility } from '../../../electron/core/demo/build';
import { demoResidencyCohort } from '../../../electron/core/demo/calendar';
import { listEnrolments } from '../../../electron/core/enrolments/service';
import { ROSTER_PATH, testDb } from '../../helpers/db';

describe('the demo facility’s sign-offs', () => {
  it(
    'signs off residency preceptors proficient or expert in every strength they offer, new graduates on the way to competent, and one correction',
    { timeout: 60_000 },
    async () => {
      const ctx = testDb();
      await buildDemoFacility(ctx, ROSTER_PATH);
      const cohort = demoResidencyCohort(ctx.db);
      if (!cohort) throw new Error('the demo has no residency cohort');
      const mentors = listEnrolments(ctx.db, cohort.id, 'mentor');
      expect(mentors).toHaveLength(14);
      const levels = currentLevels(
        ctx.db,
        mentors.map((m) => m.person.staffId),
      );
      for (const m of mentors) {
        const mine = levels.get(m.person.staffId) ?? {};
        for (const strength of m.mentorProfile?.strengths ?? []) {
          expect(mine[strength], `${m.person.displayName}: ${strength}`).toBeGreaterThanOrEqual(4);
        }
      }

      const matrix = cohortMatrix(ctx.db, cohort.id);
      const mentees = matrix.rows.filter((r) => r.cohortRole === 'mentee');
      const menteeLevels = mentees.flatMap((r) =>
        r.cells.flatMap((c) => (c?.current ? [c.current.level] : [])),
      );
      expect(new Set(menteeLevels)).toEqual(new Set([1, 2, 3]));
      expect(matrix.cohortSummary.reached).toBeGreaterThan(10);
      expect(matrix.cohortSummary.medianDays).toBeGreaterThan(40);

      const corrections = ctx.db
        .prepare('SELECT count(*) AS n FROM competency_sign_offs WHERE supersedes_id IS NOT NULL')
        .get() as { n: number };
      expect(corrections.n).toBe(1);
      const latest = ctx.db
        .prepare('SELECT max(signed_on) AS day FROM competency_sign_offs')
        .get() as { day: string };
      expect(latest.day <= '2026-11-23').toBe(true);
    },
  );
});
