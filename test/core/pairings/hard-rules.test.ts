import { describe, expect, it } from 'vitest';
import { TandemError } from '../../../shared/result';
import { addDoNotPair, removeDoNotPair } from '../../../electron/core/do-not-pair/service';
import { loadBoard } from '../../../electron/core/pairings/board';
import { pairingWithTimeline } from '../../../electron/core/pairings/flags';
import { extendPairing, transitionPairing } from '../../../electron/core/pairings/lifecycle';
import {
  acceptAllowedProposals,
  acceptProposals,
  assignMentee,
} from '../../../electron/core/pairings/proposals';
import { getPairing, timeline } from '../../../electron/core/pairings/rows';
import { updateStaff } from '../../../electron/core/people/service';
import { getStaff } from '../../../electron/core/people/queries';
import { voidCompletion } from '../../../electron/core/training/completions';
import { staffInput } from '../../../shared/domain/staff';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';
import { complete } from '../training/fixtures';

type Ctx = ReturnType<typeof testDb>;

/** Everything a refused step must leave as it was. */
const snapshot = (ctx: Ctx) => ({
  pairings: ctx.db.prepare('SELECT * FROM pairings ORDER BY id').all(),
  transitions: ctx.db.prepare('SELECT count(*) AS n FROM pairing_transitions').get(),
  audit: ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get(),
});

function refusal(fn: () => unknown): TandemError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/**
 * A residency that requires mentor training: Maya's "Preceptor essentials" (valid 24 months)
 * was done on 2024-11-25, so it counts until 2026-11-25; today is 2026-11-23. Omar's is recent.
 */
function residency() {
  const ctx = testDb();
  const { cohort } = setUpCohort(ctx, { requireTraining: true });
  const maya = addStaff(ctx, 'Maya-Mentor', { yearsExperience: 12, jobLevel: 4 });
  const omar = addStaff(ctx, 'Omar-Other', { yearsExperience: 9, jobLevel: 3 });
  complete(ctx, maya.id, 'Preceptor essentials', '2024-11-25');
  complete(ctx, maya.id, 'Giving effective feedback', '2026-01-10');
  complete(ctx, omar.id, 'Preceptor essentials', '2026-02-02');
  complete(ctx, omar.id, 'Giving effective feedback', '2026-02-03');
  const nico = addStaff(ctx, 'Nico-Newgrad', { yearsExperience: 0, jobLevel: 1 });
  const pia = addStaff(ctx, 'Pia-Newgrad', { yearsExperience: 1, jobLevel: 1 });
  const mentors = {
    maya: enrolMentor(ctx, cohort.id, maya.id, 2),
    omar: enrolMentor(ctx, cohort.id, omar.id, 2),
  };
  const mentees = {
    nico: enrolMentee(ctx, cohort.id, nico.id),
    pia: enrolMentee(ctx, cohort.id, pia.id),
  };
  const propose = (mentee: keyof typeof mentees, mentor: keyof typeof mentors) =>
    assignMentee(ctx, {
      cohortId: cohort.id,
      menteeEnrolmentId: mentees[mentee].id,
      mentorEnrolmentId: mentors[mentor].id,
    });
  const later = (iso: string) => ({ ...ctx, clock: { now: () => new Date(iso) } });
  return { ctx, cohort, staff: { maya, omar, nico, pia }, mentors, propose, later };
}

const lastNote = (ctx: Ctx, pairingId: number) => timeline(ctx.db, pairingId).at(-1)?.note;

describe('accepting a proposal re-checks the hard rules', () => {
  it('a do-not-pair entry added after the proposal withdraws it, so it can no longer be accepted', () => {
    const { ctx, staff, propose } = residency();
    const p = propose('nico', 'maya');
    addDoNotPair(ctx, staff.maya.id, staff.nico.id, 'Relatives');
    expect(getPairing(ctx.db, p.id).status).toBe('declined');
    const before = snapshot(ctx);
    expect(refusal(() => acceptProposals(ctx, [p.id])).message).toMatch(/This pairing is declined/);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses, naming the rule, a proposal an older do-not-pair entry forbids, and changes nothing', () => {
    const { ctx, staff, propose } = residency();
    const p = propose('nico', 'maya');
    // As a database from before this check may hold it: the entry is there, the proposal too.
    ctx.db
      .prepare(
        "INSERT INTO do_not_pair (staff_a, staff_b, reason, created_at) VALUES (?, ?, 'Relatives', '2026-11-23T09:00:00.000Z')",
      )
      .run(staff.nico.id, staff.maya.id);
    const before = snapshot(ctx);
    const error = refusal(() => acceptProposals(ctx, [p.id]));
    expect(error.code).toBe('rule_violation');
    expect(error.message).toBe(
      'Not accepted: Nico Newgrad cannot be paired with Maya Mentor: Nico Newgrad and Maya Mentor are on the do-not-pair list: Relatives.',
    );
    expect(error.details?.violations).toEqual([expect.objectContaining({ rule: 'do_not_pair' })]);
    expect(snapshot(ctx)).toEqual(before);
    // The board and the pairing page show why before anyone presses Accept.
    expect(loadBoard(ctx.db, p.cohortId, '2026-11-23').flags[p.id]).toEqual([
      expect.objectContaining({ rule: 'do_not_pair' }),
    ]);
  });

  it('refuses a proposal whose mentor training lapsed since it was made, naming the module', () => {
    const { ctx, propose, later } = residency();
    const p = propose('nico', 'maya');
    const before = snapshot(ctx);
    const error = refusal(() => acceptProposals(later('2026-11-26T09:00:00.000Z'), [p.id]));
    expect(error.message).toBe(
      'Not accepted: Nico Newgrad cannot be paired with Maya Mentor: Maya Mentor has not completed the required mentor training: Preceptor essentials (expired 2026-11-25).',
    );
    expect(snapshot(ctx)).toEqual(before);
    expect(acceptProposals(ctx, [p.id])[0]?.status).toBe('active');
  });

  it('accepts all that the rules allow, leaving the forbidden one proposed and saying which and why', () => {
    const { ctx, propose, later } = residency();
    const forbidden = propose('nico', 'maya');
    const allowed = propose('pia', 'omar');
    const nextWeek = later('2026-11-30T09:00:00.000Z');

    // All or nothing when asked for exactly these: nothing is accepted, each refusal named.
    const before = snapshot(ctx);
    const strict = refusal(() => acceptProposals(nextWeek, [forbidden.id, allowed.id]));
    expect(strict.message).toMatch(
      /^Nothing was accepted: 1 of the 2 proposals break a hard rule\. /,
    );
    expect(strict.message).toContain('Nico Newgrad cannot be paired with Maya Mentor');
    expect(snapshot(ctx)).toEqual(before);

    const result = acceptAllowedProposals(nextWeek, [forbidden.id, allowed.id]);
    expect(result.accepted.map((p) => [p.id, p.status])).toEqual([[allowed.id, 'active']]);
    expect(result.skipped).toEqual([
      {
        pairingId: forbidden.id,
        cohortCode: 'RES-2026',
        mentee: 'Nico Newgrad',
        mentor: 'Maya Mentor',
        reasons: [
          'Maya Mentor has not completed the required mentor training: Preceptor essentials (expired 2026-11-25)',
        ],
      },
    ]);
    expect(getPairing(ctx.db, forbidden.id).status).toBe('proposed');
    // One write: the accepted pairing and its audit event share one instant.
    const events = ctx.db
      .prepare("SELECT action, at FROM audit_events WHERE entity = 'pairing' AND at = ?")
      .all('2026-11-30T09:00:00.000Z');
    expect(events).toEqual([{ action: 'transition:active', at: '2026-11-30T09:00:00.000Z' }]);

    // When every one is forbidden, nothing is written and the refusal names them.
    const after = snapshot(ctx);
    expect(refusal(() => acceptAllowedProposals(nextWeek, [forbidden.id])).message).toMatch(
      /^Nothing was accepted: every proposal breaks a hard rule\. Nico Newgrad with Maya Mentor: .*Preceptor essentials/,
    );
    expect(snapshot(ctx)).toEqual(after);
  });
});

describe('resuming, extending and re-opening re-check the hard rules', () => {
  function activeWithMaya() {
    const setup = residency();
    const p = setup.propose('nico', 'maya');
    acceptProposals(setup.ctx, [p.id]);
    return { ...setup, p };
  }

  it('refuses to resume a paused pairing the do-not-pair list now forbids, until the entry goes', () => {
    const { ctx, staff, p } = activeWithMaya();
    transitionPairing(ctx, { pairingId: p.id, to: 'paused' });
    const { entries } = addDoNotPair(ctx, staff.maya.id, staff.nico.id, 'Relatives');
    const before = snapshot(ctx);
    const error = refusal(() => transitionPairing(ctx, { pairingId: p.id, to: 'active' }));
    expect(error.message).toBe(
      'Not resumed: Nico Newgrad cannot be paired with Maya Mentor: Nico Newgrad and Maya Mentor are on the do-not-pair list: Relatives.',
    );
    expect(snapshot(ctx)).toEqual(before);

    removeDoNotPair(ctx, entries[0]?.id ?? 0);
    expect(pairingWithTimeline(ctx.db, p.id, '2026-11-23').flags).toEqual([]);
    expect(transitionPairing(ctx, { pairingId: p.id, to: 'active' }).status).toBe('active');
  });

  it('refuses to extend an active pairing or re-open a completed one that breaks a rule', () => {
    const { ctx, staff, p } = activeWithMaya();
    addDoNotPair(ctx, staff.maya.id, staff.nico.id, 'Relatives');
    const before = snapshot(ctx);
    expect(refusal(() => extendPairing(ctx, p.id, '2028-01-31')).message).toMatch(
      /^Not extended: Nico Newgrad cannot be paired with Maya Mentor: .*do-not-pair list: Relatives\.$/,
    );
    expect(snapshot(ctx)).toEqual(before);

    transitionPairing(ctx, { pairingId: p.id, to: 'completed' });
    const completed = snapshot(ctx);
    expect(refusal(() => extendPairing(ctx, p.id, '2028-01-31')).message).toMatch(
      /^Not re-opened: .*do-not-pair list: Relatives\.$/,
    );
    expect(snapshot(ctx)).toEqual(completed);
  });

  it('extends a paused pairing while the mentee is on leave, but resumes it only once they are back', () => {
    const { ctx, staff, p } = activeWithMaya();
    transitionPairing(ctx, { pairingId: p.id, to: 'paused', note: 'Parental leave' });
    const setStatus = (status: 'active' | 'on_leave') => {
      const { id, createdAt: _c, updatedAt: _u, ...fields } = getStaff(ctx.db, staff.nico.id);
      updateStaff(ctx, id, staffInput.parse({ ...fields, status }));
    };
    setStatus('on_leave');
    expect(pairingWithTimeline(ctx.db, p.id, '2026-11-23').flags).toEqual([]);
    expect(extendPairing(ctx, p.id, '2028-03-31').endDate).toBe('2028-03-31');
    expect(refusal(() => transitionPairing(ctx, { pairingId: p.id, to: 'active' })).message).toBe(
      'Not resumed: Nico Newgrad cannot be paired with Maya Mentor: Nico Newgrad is on leave.',
    );
    setStatus('active');
    expect(transitionPairing(ctx, { pairingId: p.id, to: 'active' }).status).toBe('active');
  });

  it('refuses to re-open a completed pairing when the mentee has paired with someone else since', () => {
    const { ctx, p, propose } = activeWithMaya();
    transitionPairing(ctx, { pairingId: p.id, to: 'completed' });
    expect(propose('nico', 'omar').status).toBe('proposed');
    expect(refusal(() => extendPairing(ctx, p.id, '2028-01-31')).message).toMatch(
      /Nico Newgrad is already paired with Omar Other\.$/,
    );
  });
});

describe('a new do-not-pair entry withdraws the proposals it forbids and flags running pairings', () => {
  it('withdraws the proposal with the reason in its timeline, in the same write as the entry', () => {
    const { ctx, cohort, staff, propose } = residency();
    const forbidden = propose('nico', 'maya');
    const other = propose('pia', 'maya');
    ctx.clock.now = () => new Date('2026-11-24T08:30:00.000Z');

    const added = addDoNotPair(ctx, staff.nico.id, staff.maya.id, 'Relatives');

    expect(added.withdrawn).toEqual([
      {
        pairingId: forbidden.id,
        cohortCode: 'RES-2026',
        mentee: 'Nico Newgrad',
        mentor: 'Maya Mentor',
      },
    ]);
    expect(added.flagged).toEqual([]);
    expect(added.entries.map((e) => e.reason)).toEqual(['Relatives']);
    expect(getPairing(ctx.db, forbidden.id).status).toBe('declined');
    expect(timeline(ctx.db, forbidden.id).at(-1)).toMatchObject({
      from: 'proposed',
      to: 'declined',
      note: 'Withdrawn: do-not-pair entry added (Relatives)',
      at: '2026-11-24T08:30:00.000Z',
    });
    // Pia's proposal with the same mentor is not the pair on the list.
    expect(getPairing(ctx.db, other.id).status).toBe('proposed');
    const events = ctx.db
      .prepare('SELECT entity, action FROM audit_events WHERE at = ? ORDER BY id')
      .all('2026-11-24T08:30:00.000Z');
    expect(events).toEqual([
      { entity: 'do_not_pair', action: 'create' },
      { entity: 'pairing', action: 'withdraw' },
    ]);
    // Nico is back in the pool, with Maya no longer among the mentors allowed.
    const board = loadBoard(ctx.db, cohort.id, '2026-11-24');
    expect(board.pool.map((m) => [m.person.displayName, m.eligibleMentors])).toEqual([
      ['Nico Newgrad', 1],
    ]);
  });

  it('flags an active pairing it affects: a timeline note, and flags on the page and the board', () => {
    const { ctx, cohort, staff, propose } = residency();
    const running = propose('nico', 'maya');
    acceptProposals(ctx, [running.id]);

    const added = addDoNotPair(ctx, staff.maya.id, staff.nico.id, 'Relatives');

    expect(added.flagged.map((r) => r.pairingId)).toEqual([running.id]);
    expect(getPairing(ctx.db, running.id).status).toBe('active');
    expect(timeline(ctx.db, running.id).at(-1)).toMatchObject({
      from: 'active',
      to: 'active',
      note: 'Flagged: do-not-pair entry added (Relatives). Nico Newgrad and Maya Mentor are on the do-not-pair list: Relatives.',
    });
    const flag = {
      rule: 'do_not_pair',
      message: 'Nico Newgrad and Maya Mentor are on the do-not-pair list: Relatives',
    };
    expect(pairingWithTimeline(ctx.db, running.id, '2026-11-23').flags).toEqual([flag]);
    expect(loadBoard(ctx.db, cohort.id, '2026-11-23').flags).toEqual({ [running.id]: [flag] });
  });
});

describe('a voided required training completion', () => {
  function mayaWithPairings() {
    const setup = residency();
    const proposal = setup.propose('nico', 'maya');
    const running = setup.propose('pia', 'maya');
    acceptProposals(setup.ctx, [running.id]);
    const completion = setup.ctx.db
      .prepare(
        `SELECT c.id FROM training_completions c JOIN training_modules m ON m.id = c.module_id
         WHERE c.staff_id = ? AND m.name = 'Preceptor essentials'`,
      )
      .get(setup.staff.maya.id) as { id: number };
    return { ...setup, proposal, running, completionId: completion.id };
  }

  it("withdraws that mentor's proposals and flags their active pairings", () => {
    const { ctx, cohort, proposal, running, completionId } = mayaWithPairings();

    voidCompletion(ctx, completionId, 'Recorded for the wrong person');

    expect(getPairing(ctx.db, proposal.id).status).toBe('declined');
    expect(lastNote(ctx, proposal.id)).toBe(
      'Withdrawn: required training voided (Preceptor essentials)',
    );
    expect(getPairing(ctx.db, running.id).status).toBe('active');
    expect(lastNote(ctx, running.id)).toBe(
      'Flagged: required training voided (Preceptor essentials). Maya Mentor has not completed the required mentor training: Preceptor essentials.',
    );
    expect(loadBoard(ctx.db, cohort.id, '2026-11-23').flags[running.id]).toEqual([
      expect.objectContaining({ rule: 'training' }),
    ]);
  });

  it('changes no pairing when the void leaves the training counting, or the module is not required', () => {
    const { ctx, staff, proposal, running, completionId } = mayaWithPairings();
    const newer = complete(ctx, staff.maya.id, 'Preceptor essentials', '2026-06-01');
    const optional = complete(ctx, staff.maya.id, 'Setting SMART goals', '2026-06-02');
    const pairingsBefore = ctx.db.prepare('SELECT * FROM pairings ORDER BY id').all();
    const stepsBefore = timeline(ctx.db, running.id).length;

    voidCompletion(ctx, completionId, 'Duplicate of a later record');
    voidCompletion(ctx, optional.id, 'Wrong module');

    expect(ctx.db.prepare('SELECT * FROM pairings ORDER BY id').all()).toEqual(pairingsBefore);
    expect(timeline(ctx.db, running.id)).toHaveLength(stepsBefore);
    expect(getPairing(ctx.db, proposal.id).status).toBe('proposed');
    expect(newer.void).toBeNull();
  });
});
