import type { z } from 'zod';
import {
  BENNER_LABELS,
  type correctionInput,
  type SignOff,
  type signOffInput,
} from '../../../shared/domain/competencies';
import { TandemError } from '../../../shared/result';
import { todayOf, write, type WriteContext, type WriteTx } from '../db/write';
import { getCompetency } from './catalogue';
import { getPerson, getSignOff } from './rows';
import { checkContent, Refusal, sameContent, type Content } from './rules';

type ParsedSignOff = z.output<typeof signOffInput>;
type ParsedCorrection = z.output<typeof correctionInput>;

/** Who records, and which day counts as today for "not in the future". */
export interface Recorder {
  actor: string;
  today: string;
}

export function recorderOf(ctx: WriteContext): Recorder {
  return { actor: ctx.actor.name, today: todayOf(ctx) };
}

function insertSignOff(
  tx: WriteTx,
  actor: string,
  subject: { staffId: number; competencyId: number },
  c: Content,
  correction: { supersedesId: number; reason: string } | null,
): SignOff {
  const { lastInsertRowid } = tx.db
    .prepare(
      `INSERT INTO competency_sign_offs (staff_id, competency_id, level, validator_id, signed_on,
         method, note, supersedes_id, correction_reason, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      subject.staffId,
      subject.competencyId,
      c.level,
      c.validatorId,
      c.date,
      c.method,
      c.note,
      correction?.supersedesId ?? null,
      correction?.reason ?? null,
      tx.at,
      actor,
    );
  return getSignOff(tx.db, Number(lastInsertRowid));
}

function auditView(s: SignOff) {
  return {
    staffId: s.staffId,
    competency: s.competencyName,
    level: s.level,
    levelLabel: BENNER_LABELS[s.level],
    validatorId: s.validator.staffId,
    date: s.date,
    method: s.method,
    note: s.note,
  };
}

/**
 * Records that a validator saw a person at a level. Refused, with nothing recorded, when the
 * validator is the person themself or has left, when the day is in the future, or when the
 * person has left the facility. Expects the caller's transaction (the demo records hundreds).
 */
export function signOffInTransaction(tx: WriteTx, by: Recorder, input: ParsedSignOff): SignOff {
  const person = getPerson(tx.db, input.staffId);
  const competency = getCompetency(tx.db, input.competencyId);
  const refusal = new Refusal();
  if (person.status === 'left') {
    refusal.add(
      { field: 'staffId', value: person.employeeNumber, message: 'has left the facility' },
      `${person.displayName} has left the facility; new sign-offs are for current staff.`,
      true,
    );
  }
  checkContent(tx.db, by.today, person.staffId, input, refusal);
  refusal.throwIfAny();
  const subject = { staffId: person.staffId, competencyId: competency.id };
  const created = insertSignOff(tx, by.actor, subject, input, null);
  tx.audit({
    entity: 'competency_sign_off',
    entityId: created.id,
    action: 'sign_off',
    before: null,
    after: auditView(created),
  });
  return created;
}

export function recordSignOff(ctx: WriteContext, input: ParsedSignOff): SignOff {
  const by = recorderOf(ctx);
  return write(ctx, (tx) => signOffInTransaction(tx, by, input));
}

function refuseSecondCorrection(tx: WriteTx, old: SignOff, newerId: number): never {
  const newer = getSignOff(tx.db, newerId);
  throw new TandemError(
    'conflict',
    `Nothing was recorded: this sign-off was already corrected on ${newer.recordedAt.slice(0, 10)} (sign-off #${newer.id}); correct that one instead.`,
    {
      problems: [
        {
          field: 'signOffId',
          value: String(old.id),
          message: `already superseded by sign-off #${newer.id}`,
        },
      ],
      supersededById: newer.id,
    },
  );
}

/**
 * Corrects a sign-off by recording a new one that supersedes it, with the reason. The old row
 * is never touched (the table refuses UPDATE and DELETE); both stay in the history. A sign-off
 * is superseded at most once: to correct a correction, correct the newer one.
 */
export function correctionInTransaction(
  tx: WriteTx,
  by: Recorder,
  input: ParsedCorrection,
): SignOff {
  const old = getSignOff(tx.db, input.signOffId);
  if (old.supersededById !== null) refuseSecondCorrection(tx, old, old.supersededById);
  const refusal = new Refusal();
  checkContent(tx.db, by.today, old.staffId, input, refusal);
  if (sameContent(old, input)) {
    refusal.add(
      {
        field: 'level',
        value: String(input.level),
        message: 'nothing differs from the sign-off being corrected',
      },
      'the correction is the same as the sign-off it corrects; change the level, validator, date, method or note.',
      false,
    );
  }
  refusal.throwIfAny();
  const created = insertSignOff(tx, by.actor, old, input, {
    supersedesId: old.id,
    reason: input.reason,
  });
  tx.audit({
    entity: 'competency_sign_off',
    entityId: created.id,
    action: 'correct',
    before: { signOffId: old.id, ...auditView(old) },
    after: { ...auditView(created), supersedes: old.id, reason: input.reason },
  });
  return created;
}

export function correctSignOff(ctx: WriteContext, input: ParsedCorrection): SignOff {
  const by = recorderOf(ctx);
  return write(ctx, (tx) => correctionInTransaction(tx, by, input));
}
