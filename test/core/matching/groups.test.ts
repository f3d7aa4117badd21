import { describe, expect, it } from 'vitest';
import { enrol, listEnrolments } from '../../../electron/core/enrolments/service';
import { loadCohortFacts } from '../../../electron/core/matching/facts';
import { optimiseCohort } from '../../../electron/core/pairings/optimise';
import { listPairings } from '../../../electron/core/pairings/rows';
import { addStaff } from '../../helpers/cohort';
import { testClock, testDb } from '../../helpers/db';
import { programOf } from '../pairings/circle-setup';

describe('matching for group and peer formats', () => {
  it("a group program's mentors take the group size, and the solver fills each group", () => {
    const ctx = { ...testDb(), clock: testClock('2026-09-01T08:00:00.000Z') };
    const { cohort } = programOf(ctx, 'group', 4);
    const mentors = ['Maya-Mentor', 'Omar-Other'].map((n) =>
      addStaff(ctx, n, { yearsExperience: 10, jobLevel: 4 }),
    );
    const mentees = Array.from({ length: 7 }, (_, i) =>
      addStaff(ctx, `M${i}-Newgrad`, { yearsExperience: 0, jobLevel: 1 }),
    );
    // No capacity given: the group size of the program.
    enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: mentors.map((m) => m.id) });
    enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: mentees.map((m) => m.id) });
    const facts = loadCohortFacts(ctx.db, cohort.id, '2026-09-01');
    expect(facts.mentors.map((m) => m.capacity)).toEqual([4, 4]);
    const result = optimiseCohort(ctx, cohort.id, 'most-matched');
    expect(result.matched).toBe(7);
    const sizes = listEnrolments(ctx.db, cohort.id, 'mentor').map(
      (m) => listPairings(ctx.db, 'p.mentor_enrolment_id = ?', m.id).length,
    );
    expect(sizes.sort()).toEqual([3, 4]);
  });

  it('a peer is a mentor with one place and a mentee, marked as a peer', () => {
    const ctx = testDb();
    const { cohort } = programOf(ctx, 'peer', 1);
    const ana = addStaff(ctx, 'Ana-Ruiz');
    enrol(ctx, { cohortId: cohort.id, role: 'peer', staffIds: [ana.id] });
    const facts = loadCohortFacts(ctx.db, cohort.id, '2026-11-23');
    expect(facts.mentors.map((m) => [m.displayName, m.capacity, m.peer])).toEqual([
      ['Ana Ruiz', 1, true],
    ]);
    expect(facts.mentees.map((m) => [m.displayName, m.peer])).toEqual([['Ana Ruiz', true]]);
  });
});
