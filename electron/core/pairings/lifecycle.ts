import {
  END_REASON_LABELS,
  PAIRING_STATUS_LABELS,
  PAIRING_TRANSITIONS,
  type EndReason,
  type Pairing,
  type PairingStatus,
} from '../../../shared/domain/pairings';
import { TandemError } from '../../../shared/result';
import { getCohort } from '../cohorts/service';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';
import { loadCohortFacts } from '../matching/facts';
import { getProgram } from '../programs/service';
import { addDays, dayOf } from '../../../shared/dates';
import { assertPairAllowed, factsOf, peopleOf, type FactsByCohort } from './hard-rules';
import { joinCircleInTransaction } from './circles';
import { getPairing } from './rows';

export interface TransitionRequest {
  pairingId: number;
  to: PairingStatus;
  reason?: EndReason | undefined;
  note?: string | undefined;
  /** Re-opening a completed pairing extends it to this day. */
  endDate?: string | undefined;
  /**
   * The day it happened when that was before today (a start or an end entered late, the demo's
   * history). The audit trail still records when it was entered.
   */
  on?: string | undefined;
}

/**
 * When a step goes in the timeline: now, or for a step entered late, midday UTC of the day it
 * happened (so it shows on that day from UTC-11 to UTC+11). The audit event keeps the entry time.
 */
export function stepTime(tx: WriteTx, day: string | undefined): string {
  return day === undefined || day === dayOf(new Date(tx.at)) ? tx.at : `${day}T12:00:00.000Z`;
}

/** Records one step of a pairing's life. Expects the caller's transaction. */
export function recordTransitionInTransaction(
  tx: WriteTx,
  actor: string,
  pairingId: number,
  from: PairingStatus | null,
  to: PairingStatus,
  reason: string | null,
  note: string | null,
  at: string = tx.at,
): void {
  tx.db
    .prepare(
      `INSERT INTO pairing_transitions (pairing_id, from_status, to_status, at, actor, reason, note)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(pairingId, from, to, at, actor, reason, note);
}

function refuseIllegal(p: Pairing, to: PairingStatus): never {
  const allowed = PAIRING_TRANSITIONS[p.status];
  const label = (s: PairingStatus) => PAIRING_STATUS_LABELS[s].toLowerCase();
  const options =
    allowed.length === 0
      ? `A ${label(p.status)} pairing is closed; no change is allowed.`
      : `From ${label(p.status)} it can become ${allowed.map(label).join(' or ')}.`;
  throw new TandemError(
    'illegal_transition',
    `This pairing is ${label(p.status)}; it cannot become ${label(to)}. ${options}`,
    { current: p.status, allowed: [...allowed] },
  );
}

/** The day a step happened, and the time of the step before it (its timeline entry follows). */
interface StepDay {
  day: string;
  after: string | null;
}

/**
 * Today, or an earlier day that is neither before the pairing started nor before its last step,
 * so that the timeline (and the meeting calendar built from it) stays in order.
 */
function effectiveDay(ctx: WriteContext, p: Pairing, on: string | undefined): StepDay {
  const now = todayOf(ctx);
  if (on === undefined) return { day: now, after: null };
  // Extensions (a step to the same status) move only the planned end, so they don't count.
  const lastStep = ctx.db
    .prepare(
      `SELECT max(at) AS at FROM pairing_transitions
       WHERE pairing_id = ? AND (from_status IS NULL OR from_status <> to_status)`,
    )
    .get(p.id) as { at: string | null };
  const lastDay = lastStep.at === null ? '' : dayOf(new Date(lastStep.at));
  const earliest = [p.startDate ?? '', lastDay].reduce((a, b) => (a > b ? a : b));
  if (on > now || on < earliest) {
    const expected =
      earliest >= now
        ? `today (${now}): it started or last changed ${earliest === now ? 'today' : `on ${earliest}`}`
        : earliest
          ? `a day from ${earliest} to ${now}`
          : `a day up to ${now}`;
    throw new TandemError('invalid_input', `The day it happened must be ${expected}.`, {
      problems: [{ field: 'on', value: on, message: expected }],
    });
  }
  return { day: on, after: lastStep.at };
}

/** What each step that makes or keeps a pairing says when a hard rule refuses it. */
const REFUSED: Partial<Record<PairingStatus, string>> = {
  proposed: 'Not accepted',
  paused: 'Not resumed',
  completed: 'Not re-opened',
};

/**
 * Moves a pairing along its life (DOMAIN.md): refuses any step the state machine does not
 * allow, naming the current state and the allowed ones, and records who, when and why. A step
 * that makes a pairing run (accept, resume, re-open) re-checks the hard rules in the same write.
 */
export function transitionPairing(ctx: WriteContext, req: TransitionRequest): Pairing {
  return write(ctx, (tx) => transitionInTransaction(ctx, tx, req, new Map()));
}

/** `transitionPairing` inside the caller's write; `facts` holds cohort facts already read. */
export function transitionInTransaction(
  ctx: WriteContext,
  tx: WriteTx,
  req: TransitionRequest,
  facts: FactsByCohort,
): Pairing {
  const p = getPairing(tx.db, req.pairingId);
  if (!PAIRING_TRANSITIONS[p.status].includes(req.to)) refuseIllegal(p, req.to);
  const note = req.note?.trim() ? req.note.trim() : null;
  const { day, after: previousStep } = effectiveDay(ctx, p, req.on);
  const changes: Partial<
    Record<'start_date' | 'end_date' | 'end_reason' | 'locked', string | number | null>
  > = {};

  if (req.to === 'ended_early') {
    if (!req.reason) throw reasonRequired();
    if (req.reason === 'other' && !note) {
      throw new TandemError('invalid_input', 'Ending early for "Other" needs a note saying why.', {
        problems: [{ field: 'note', message: 'required when the reason is Other' }],
      });
    }
    Object.assign(changes, { end_date: day, end_reason: req.reason });
  }
  if (req.to === 'completed') changes.end_date = day;
  if (p.status === 'proposed' && req.to === 'active')
    Object.assign(changes, plannedDates(ctx, p, day));
  if (p.status === 'completed' && req.to === 'active') {
    // The new end is compared with today even for a late re-opening: it must still be ahead.
    const now = todayOf(ctx);
    if (!req.endDate || req.endDate <= now) {
      throw new TandemError(
        'invalid_input',
        `Re-opening a completed pairing needs a new end date after today (${now}).`,
        {
          problems: [
            { field: 'endDate', value: req.endDate ?? '', message: `a date after ${now}` },
          ],
        },
      );
    }
    changes.end_date = req.endDate;
  }
  if (req.to === 'declined' || req.to === 'ended_early' || req.to === 'completed')
    changes.locked = 0;
  if (req.to === 'active') {
    const cohort = factsOf(tx.db, facts, p.cohortId, todayOf(ctx));
    assertPairAllowed(tx.db, cohort, peopleOf(cohort, p), {
      status: 'active',
      except: p.id,
      refused: REFUSED[p.status],
    });
  }

  const reason = req.to === 'ended_early' && req.reason ? END_REASON_LABELS[req.reason] : null;
  const sets = Object.keys(changes).map((c) => `${c} = @${c}`);
  tx.db
    .prepare(
      `UPDATE pairings SET status = @status, ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`,
    )
    .run({ ...changes, status: req.to, at: tx.at, id: p.id });
  // A late step on the same day as the step before it must not read as earlier than that step.
  const late = stepTime(tx, day);
  const at = previousStep !== null && previousStep > late ? previousStep : late;
  recordTransitionInTransaction(tx, ctx.actor.name, p.id, p.status, req.to, reason, note, at);
  // Accepting a mentee of a group program makes them a member of their mentor's circle.
  if (p.status === 'proposed' && req.to === 'active') joinCircleInTransaction(tx, p);
  const after = getPairing(tx.db, p.id);
  tx.audit({
    entity: 'pairing',
    entityId: p.id,
    action: `transition:${req.to}`,
    before: { status: p.status, endDate: p.endDate },
    after: {
      status: after.status,
      startDate: after.startDate,
      endDate: after.endDate,
      endReason: after.endReason,
      note,
      happenedOn: day,
    },
  });
  return after;
}

/**
 * Moves the planned end of an open pairing, or re-opens a completed one; either way the pair
 * must still keep the hard rules (a paused pair is not asked to be at work).
 */
export function extendPairing(ctx: WriteContext, pairingId: number, endDate: string): Pairing {
  return write(ctx, (tx) => {
    const p = getPairing(tx.db, pairingId);
    if (p.status === 'completed')
      return transitionInTransaction(
        ctx,
        tx,
        { pairingId, to: 'active', endDate, note: `Extended to ${endDate}` },
        new Map(),
      );
    if (p.status !== 'active' && p.status !== 'paused') {
      throw new TandemError(
        'illegal_transition',
        `A ${PAIRING_STATUS_LABELS[p.status].toLowerCase()} pairing cannot be extended; only active, paused or completed ones.`,
      );
    }
    if (p.startDate !== null && endDate <= p.startDate) {
      throw new TandemError(
        'invalid_input',
        `The new end date must be after the start date ${p.startDate}.`,
        {
          problems: [{ field: 'endDate', value: endDate, message: `a date after ${p.startDate}` }],
        },
      );
    }
    const facts = loadCohortFacts(tx.db, p.cohortId, todayOf(ctx));
    assertPairAllowed(tx.db, facts, peopleOf(facts, p), {
      status: p.status,
      except: p.id,
      refused: 'Not extended',
    });
    tx.db
      .prepare('UPDATE pairings SET end_date = ?, updated_at = ? WHERE id = ?')
      .run(endDate, tx.at, p.id);
    recordTransitionInTransaction(
      tx,
      ctx.actor.name,
      p.id,
      p.status,
      p.status,
      null,
      `End date moved from ${p.endDate ?? 'none'} to ${endDate}`,
    );
    tx.audit({
      entity: 'pairing',
      entityId: p.id,
      action: 'extend',
      before: { endDate: p.endDate },
      after: { endDate },
    });
    return getPairing(tx.db, p.id);
  });
}

/** An accepted pairing starts today (or when the cohort starts) and runs the program's duration. */
function plannedDates(ctx: WriteContext, p: Pairing, day: string) {
  const cohort = getCohort(ctx.db, p.cohortId);
  const program = getProgram(ctx.db, cohort.programId);
  const start = cohort.startDate > day ? cohort.startDate : day;
  const planned = addDays(start, program.durationWeeks * 7);
  const end = cohort.endDate !== null && cohort.endDate < planned ? cohort.endDate : planned;
  return { start_date: start, end_date: end };
}

function reasonRequired(): TandemError {
  return new TandemError(
    'invalid_input',
    'Ending a pairing early needs a reason: mentee left, mentor left, mismatch, schedule conflict, or other with a note.',
    {
      problems: [{ field: 'reason', message: 'required' }],
    },
  );
}
