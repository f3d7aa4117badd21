import { describe, expect, it } from 'vitest';
import type { PairingStatus } from '../../../shared/domain/pairings';
import { PAIRING_STATUSES, PAIRING_TRANSITIONS } from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import { extendPairing, transitionPairing } from '../../../electron/core/pairings/lifecycle';
import { acceptProposals, assignMentee } from '../../../electron/core/pairings/proposals';
import { optimiseCohort } from '../../../electron/core/pairings/optimise';
import { getPairing, listPairings, timeline } from '../../../electron/core/pairings/rows';
import { markLeft } from '../../../electron/core/people/service';
import { addStaff, enrolMentee, enrolMentor, setUpCohort } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

function proposedPairing() {
  const ctx = testDb();
  const { cohort } = setUpCohort(ctx);
  const mentor = addStaff(ctx, 'Maya-Mentor', { yearsExperience: 12, jobLevel: 4 });
  const mentee = addStaff(ctx, 'Nico-Newgrad', { yearsExperience: 0, jobLevel: 1 });
  const mentorEnrolment = enrolMentor(ctx, cohort.id, mentor.id);
  const menteeEnrolment = enrolMentee(ctx, cohort.id, mentee.id);
  const pairing = assignMentee(ctx, {
    cohortId: cohort.id,
    menteeEnrolmentId: menteeEnrolment.id,
    mentorEnrolmentId: mentorEnrolment.id,
  });
  return { ctx, cohort, pairing, mentee, mentor };
}

/** Drives a fresh pairing to the given status along legal steps. */
function pairingIn(status: PairingStatus) {
  const setup = proposedPairing();
  const { ctx, pairing } = setup;
  const steps: Record<PairingStatus, PairingStatus[]> = {
    proposed: [],
    declined: ['declined'],
    active: ['active'],
    paused: ['active', 'paused'],
    completed: ['active', 'completed'],
    ended_early: ['active', 'ended_early'],
  };
  for (const to of steps[status])
    transitionPairing(ctx, {
      pairingId: pairing.id,
      to,
      reason: to === 'ended_early' ? 'mismatch' : undefined,
    });
  return setup;
}

const snapshot = (ctx: ReturnType<typeof testDb>) => ({
  pairings: ctx.db.prepare('SELECT * FROM pairings').all(),
  transitions: ctx.db.prepare('SELECT count(*) AS n FROM pairing_transitions').get(),
  audit: ctx.db.prepare('SELECT count(*) AS n FROM audit_events').get(),
});

describe('the pairing lifecycle', () => {
  it('accepting a proposal makes it active from the cohort start for the program duration', () => {
    const { ctx, pairing } = proposedPairing();
    const [active] = acceptProposals(ctx, [pairing.id]);
    // The test clock says 2026-11-23; the cohort started 2026-11-01; the residency lasts 52 weeks.
    expect(active).toMatchObject({
      status: 'active',
      startDate: '2026-11-23',
      endDate: '2027-11-22',
    });
  });

  for (const from of PAIRING_STATUSES) {
    const illegal = PAIRING_STATUSES.filter((to) => !PAIRING_TRANSITIONS[from].includes(to));
    for (const to of illegal) {
      it(`refuses ${from} → ${to}, naming the current state and the allowed ones, and changes nothing`, () => {
        const { ctx, pairing } = pairingIn(from);
        const before = snapshot(ctx);
        let error: unknown;
        try {
          transitionPairing(ctx, {
            pairingId: pairing.id,
            to,
            reason: 'mismatch',
            endDate: '2027-06-01',
          });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(TandemError);
        expect((error as TandemError).code).toBe('illegal_transition');
        expect((error as TandemError).message).toContain(
          `This pairing is ${from.replace('_', ' ')}`,
        );
        expect((error as TandemError).details).toEqual({
          current: from,
          allowed: [...PAIRING_TRANSITIONS[from]],
        });
        expect(snapshot(ctx)).toEqual(before);
      });
    }
  }

  it('ending early needs a reason, and "other" needs a note; nothing changes when refused', () => {
    const { ctx, pairing } = pairingIn('active');
    const before = snapshot(ctx);
    expect(() => transitionPairing(ctx, { pairingId: pairing.id, to: 'ended_early' })).toThrow(
      /needs a reason/,
    );
    expect(() =>
      transitionPairing(ctx, { pairingId: pairing.id, to: 'ended_early', reason: 'other' }),
    ).toThrow(/needs a note/);
    expect(snapshot(ctx)).toEqual(before);
    const ended = transitionPairing(ctx, {
      pairingId: pairing.id,
      to: 'ended_early',
      reason: 'schedule_conflict',
      note: 'Mentor moved to nights',
    });
    expect(ended).toMatchObject({
      status: 'ended_early',
      endReason: 'schedule_conflict',
      endDate: '2026-11-23',
    });
  });

  it('keeps every transition with who, when and why as a timeline', () => {
    const { ctx, pairing } = pairingIn('paused');
    transitionPairing(ctx, {
      pairingId: pairing.id,
      to: 'ended_early',
      reason: 'mentee_left',
      note: 'Moved away',
    });
    expect(timeline(ctx.db, pairing.id).map((t) => [t.from, t.to, t.reason, t.actor])).toEqual([
      [null, 'proposed', null, 'educator@test-workstation'],
      ['proposed', 'active', null, 'educator@test-workstation'],
      ['active', 'paused', null, 'educator@test-workstation'],
      ['paused', 'ended_early', 'Mentee left', 'educator@test-workstation'],
    ]);
  });

  it('records a step entered late on the day it happened, and the entry time in the audit trail', () => {
    const { ctx, pairing } = proposedPairing();
    acceptProposals(ctx, [pairing.id]);
    // A week later the educator enters that the pairing ended three days ago.
    const later = { ...ctx, clock: { now: () => new Date('2026-11-30T10:00:00.000Z') } };
    const ended = transitionPairing(later, {
      pairingId: pairing.id,
      to: 'ended_early',
      reason: 'mismatch',
      on: '2026-11-27',
    });
    expect(ended).toMatchObject({ startDate: '2026-11-23', endDate: '2026-11-27' });
    expect(timeline(ctx.db, pairing.id).map((t) => t.at.slice(0, 10))).toEqual([
      '2026-11-23',
      '2026-11-23',
      '2026-11-27',
    ]);
    const audited = ctx.db
      .prepare("SELECT at FROM audit_events WHERE entity = 'pairing' ORDER BY id DESC LIMIT 1")
      .get() as { at: string };
    expect(audited.at.slice(0, 10)).toBe('2026-11-30');
  });

  it('dates proposals made earlier on their day, refusing a day still to come', () => {
    const ctx = testDb();
    const { cohort } = setUpCohort(ctx);
    enrolMentor(ctx, cohort.id, addStaff(ctx, 'Maya-Mentor', { yearsExperience: 12 }).id);
    enrolMentee(ctx, cohort.id, addStaff(ctx, 'Nico-Newgrad', { yearsExperience: 0 }).id);
    const before = snapshot(ctx);
    expect(() => optimiseCohort(ctx, cohort.id, 'best-total', '2026-11-24')).toThrow(
      /after today \(2026-11-23\)/,
    );
    expect(snapshot(ctx)).toEqual(before);
    optimiseCohort(ctx, cohort.id, 'best-total', '2026-11-02');
    const [proposal] = listPairings(ctx.db, 'p.cohort_id = ?', cohort.id);
    expect(proposal && timeline(ctx.db, proposal.id).map((t) => t.at)).toEqual([
      '2026-11-02T12:00:00.000Z',
    ]);
  });

  it('refuses a late step dated in the future or before the last step, changing nothing', () => {
    const { ctx, pairing } = proposedPairing();
    const later = { ...ctx, clock: { now: () => new Date('2026-11-30T10:00:00.000Z') } };
    const before = snapshot(ctx);
    expect(() =>
      transitionPairing(later, { pairingId: pairing.id, to: 'active', on: '2026-12-01' }),
    ).toThrow(/must be a day from 2026-11-23 to 2026-11-30/);
    // Proposed on the 23rd: it cannot have started on the 20th.
    expect(() =>
      transitionPairing(later, { pairingId: pairing.id, to: 'active', on: '2026-11-20' }),
    ).toThrow(/from 2026-11-23 to 2026-11-30/);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('lets a late step fall before an extension, which moves only the planned end', () => {
    const { ctx, pairing } = pairingIn('active');
    const later = { ...ctx, clock: { now: () => new Date('2026-11-30T10:00:00.000Z') } };
    extendPairing(later, pairing.id, '2027-12-31');
    const paused = transitionPairing(later, {
      pairingId: pairing.id,
      to: 'paused',
      on: '2026-11-25',
    });
    expect(paused.status).toBe('paused');
    const audited = ctx.db
      .prepare(
        "SELECT after_json FROM audit_events WHERE entity = 'pairing' ORDER BY id DESC LIMIT 1",
      )
      .get() as { after_json: string };
    expect(JSON.parse(audited.after_json)).toMatchObject({
      status: 'paused',
      happenedOn: '2026-11-25',
    });
  });

  it('keeps a late step on the same day after the step before it in the timeline', () => {
    const { ctx, pairing } = proposedPairing();
    const afternoon = { ...ctx, clock: { now: () => new Date('2026-11-23T15:00:00.000Z') } };
    acceptProposals(afternoon, [pairing.id]);
    const later = { ...ctx, clock: { now: () => new Date('2026-11-30T10:00:00.000Z') } };
    transitionPairing(later, { pairingId: pairing.id, to: 'paused', on: '2026-11-23' });
    const [, accepted, paused] = timeline(ctx.db, pairing.id);
    expect(accepted?.at).toBe('2026-11-23T15:00:00.000Z');
    expect(paused?.at).toBe('2026-11-23T15:00:00.000Z');
  });

  it('re-opening late still needs an end date after today, not after the late day', () => {
    const { ctx, pairing } = pairingIn('active');
    const later = { ...ctx, clock: { now: () => new Date('2026-11-30T10:00:00.000Z') } };
    transitionPairing(later, { pairingId: pairing.id, to: 'completed', on: '2026-11-26' });
    expect(() =>
      transitionPairing(later, {
        pairingId: pairing.id,
        to: 'active',
        on: '2026-11-27',
        endDate: '2026-11-29',
      }),
    ).toThrow(/after today \(2026-11-30\)/);
  });

  it('re-opens a completed pairing by extending its end date', () => {
    const { ctx, pairing } = pairingIn('completed');
    expect(() => extendPairing(ctx, pairing.id, '2026-11-20')).toThrow(/after today/);
    const reopened = extendPairing(ctx, pairing.id, '2027-03-31');
    expect(reopened).toMatchObject({ status: 'active', endDate: '2027-03-31' });
  });

  it('lets a mentee be re-matched after an early end', () => {
    const { ctx, cohort, pairing } = pairingIn('ended_early');
    const other = addStaff(ctx, 'Omar-Other', { yearsExperience: 9 });
    const otherEnrolment = enrolMentor(ctx, cohort.id, other.id);
    const again = assignMentee(ctx, {
      cohortId: cohort.id,
      menteeEnrolmentId: pairing.menteeEnrolmentId,
      mentorEnrolmentId: otherEnrolment.id,
    });
    expect(again).toMatchObject({ status: 'proposed', mentor: { displayName: 'Omar Other' } });
    expect(getPairing(ctx.db, pairing.id).status).toBe('ended_early');
  });

  it('accepting is all-or-nothing', () => {
    const { ctx, pairing } = proposedPairing();
    transitionPairing(ctx, { pairingId: pairing.id, to: 'declined' });
    const before = snapshot(ctx);
    expect(() => acceptProposals(ctx, [pairing.id])).toThrow(/declined/);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses to activate a pairing whose mentee has left', () => {
    const { ctx, pairing, mentee } = proposedPairing();
    markLeft(ctx, mentee.id, '2026-11-20');
    expect(() => transitionPairing(ctx, { pairingId: pairing.id, to: 'active' })).toThrow(
      /^Not accepted: Nico Newgrad cannot be paired with Maya Mentor: Nico Newgrad has left\.$/,
    );
  });
});
