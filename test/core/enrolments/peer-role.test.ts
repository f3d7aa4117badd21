import { describe, expect, it } from 'vitest';
import { TandemError } from '../../../shared/result';
import { enrol, listEnrolments } from '../../../electron/core/enrolments/service';
import { addStaff } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';
import { programOf } from '../pairings/circle-setup';

function refusal(fn: () => unknown): TandemError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the peer role', () => {
  it('is allowed in a peer-mentoring program and keeps one role per person per cohort', () => {
    const ctx = testDb();
    const { cohort } = programOf(ctx, 'peer', 1);
    const ana = addStaff(ctx, 'Ana-Ruiz');
    const ben = addStaff(ctx, 'Ben-Cole');
    const result = enrol(ctx, { cohortId: cohort.id, role: 'peer', staffIds: [ana.id, ben.id] });
    expect(result.enrolled).toBe(2);
    expect(listEnrolments(ctx.db, cohort.id, 'peer').map((e) => e.person.displayName)).toEqual([
      'Ben Cole',
      'Ana Ruiz',
    ]);
    // A peer is already mentor and mentee of their pairing: no second role beside it.
    const alone = refusal(() =>
      enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [ana.id] }),
    );
    expect(alone.message).toContain('Ana Ruiz is already enrolled as a peer');
    const bulk = enrol(ctx, {
      cohortId: cohort.id,
      role: 'mentee',
      staffIds: [ana.id, addStaff(ctx, 'Cy-Dunn').id],
    });
    expect(bulk.enrolled).toBe(1);
    expect(bulk.skipped).toEqual([
      { staffId: ana.id, name: 'Ana Ruiz', reason: 'already enrolled as peer' },
    ]);
  });

  it('is refused outside a peer-mentoring program, where mentor and mentee still do not mix', () => {
    const ctx = testDb();
    const { cohort } = programOf(ctx, 'group', 3);
    const ana = addStaff(ctx, 'Ana-Ruiz');
    const before = ctx.db.prepare('SELECT count(*) AS n FROM enrolments').get();
    const peer = refusal(() =>
      enrol(ctx, { cohortId: cohort.id, role: 'peer', staffIds: [ana.id] }),
    );
    expect(peer.message).toContain('is not a peer-mentoring program');
    expect(ctx.db.prepare('SELECT count(*) AS n FROM enrolments').get()).toEqual(before);
    enrol(ctx, { cohortId: cohort.id, role: 'mentee', staffIds: [ana.id] });
    const mix = refusal(() =>
      enrol(ctx, { cohortId: cohort.id, role: 'mentor', staffIds: [ana.id] }),
    );
    expect(mix.message).toContain('already enrolled as a mentee');
  });
});
