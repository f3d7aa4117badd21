import { describe, expect, it } from 'vitest';
import { TandemError } from '../../../shared/result';
import { enrol, listEnrolments } from '../../../electron/core/enrolments/service';
import { loadCohortFacts } from '../../../electron/core/matching/facts';
import { loadBoard } from '../../../electron/core/pairings/board';
import { optimiseCohort } from '../../../electron/core/pairings/optimise';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { addStaff } from '../../helpers/cohort';
import { testClock, testDb } from '../../helpers/db';
import { programOf } from './circle-setup';

function refusal(fn: () => unknown): TandemError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

function peers() {
  const ctx = { ...testDb(), clock: testClock('2026-09-01T08:00:00.000Z') };
  const { cohort } = programOf(ctx, 'peer', 1);
  const staff = ['Ana-Ruiz', 'Ben-Cole', 'Cy-Dunn'].map((n) => addStaff(ctx, n));
  enrol(ctx, { cohortId: cohort.id, role: 'peer', staffIds: staff.map((s) => s.id) });
  const list = listEnrolments(ctx.db, cohort.id, 'peer');
  const of = (first: string) => {
    const e = list.find((x) => x.person.displayName.startsWith(first));
    if (!e) throw new Error(first);
    return e.id;
  };
  return { ctx, cohort, ana: of('Ana'), ben: of('Ben'), cy: of('Cy') };
}

describe('reciprocal peer pairings', () => {
  it('each peer is both a mentor (one place) and a mentee to matching', () => {
    const s = peers();
    const facts = loadCohortFacts(s.ctx.db, s.cohort.id, '2026-09-01');
    expect(facts.mentors.map((m) => [m.enrolmentId, m.capacity, m.peer])).toContainEqual([
      s.ana,
      1,
      true,
    ]);
    expect(facts.mentees.map((m) => m.enrolmentId).sort()).toEqual([s.ana, s.ben, s.cy].sort());
  });

  it('placing one peer with another makes one reciprocal pairing that takes both places', () => {
    const s = peers();
    const p = assignMentee(s.ctx, {
      cohortId: s.cohort.id,
      menteeEnrolmentId: s.ben,
      mentorEnrolmentId: s.ana,
    });
    expect(p.reciprocal).toBe(true);
    const board = loadBoard(s.ctx.db, s.cohort.id, '2026-09-01');
    expect(board.pool.map((m) => m.person.displayName)).toEqual(['Cy Dunn']);
    const load = (id: number) => board.mentors.find((m) => m.enrolmentId === id)?.load;
    expect([load(s.ana), load(s.ben), load(s.cy)]).toEqual([1, 1, 0]);
    expect(board.mentors.find((m) => m.enrolmentId === s.ben)?.peerOf).toBe('Ana Ruiz');
    // Ben mentors Ana already (the pairing is reciprocal): he has no place for Cy.
    const full = refusal(() =>
      assignMentee(s.ctx, {
        cohortId: s.cohort.id,
        menteeEnrolmentId: s.cy,
        mentorEnrolmentId: s.ben,
      }),
    );
    expect(full.message).toContain('Ben Cole is full');
    // Ana is already mentored by Ben: she cannot be placed with Cy either.
    const paired = refusal(() =>
      assignMentee(s.ctx, {
        cohortId: s.cohort.id,
        menteeEnrolmentId: s.ana,
        mentorEnrolmentId: s.cy,
      }),
    );
    expect(paired.message).toContain('Ana Ruiz is already paired with Ben Cole');
    const [accepted] = acceptProposals(s.ctx, [p.id]);
    expect(accepted?.status).toBe('active');
    expect(accepted?.reciprocal).toBe(true);
  });

  it('the optimiser leaves peers to be paired by hand, saying so', () => {
    const s = peers();
    const refused = refusal(() => optimiseCohort(s.ctx, s.cohort.id, 'most-matched'));
    expect(refused.message).toContain('place each peer with another by hand');
  });
});
