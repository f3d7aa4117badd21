import { describe, expect, it } from 'vitest';
import { signOffInput } from '../../../shared/domain/competencies';
import { TandemError } from '../../../shared/result';
import { listCompetencies } from '../../../electron/core/competencies/catalogue';
import { recordSignOff } from '../../../electron/core/competencies/signoffs';
import {
  addDoNotPair,
  listDoNotPair,
  removeDoNotPair,
} from '../../../electron/core/do-not-pair/service';
import { hasHistory } from '../../../electron/core/people/history';
import { deleteStaff } from '../../../electron/core/people/service';
import { listPeople } from '../../../electron/core/people/queries';
import { peopleQuery } from '../../../shared/contract/people';
import { addStaff } from '../../helpers/cohort';
import { testDb } from '../../helpers/db';

function refusal(action: () => unknown): TandemError {
  try {
    action();
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error('expected a refusal, but it was accepted');
}

const deletions = (ctx: ReturnType<typeof testDb>) =>
  (
    ctx.db
      .prepare(
        "SELECT count(*) AS n FROM audit_events WHERE entity = 'staff' AND action = 'delete'",
      )
      .get() as { n: number }
  ).n;

describe('the history that keeps a staff member from being deleted', () => {
  it('refuses to delete someone signed off on a competency, or the validator who signed them off', () => {
    const ctx = testDb();
    const nurse = addStaff(ctx, 'Nico-Newgrad');
    const preceptor = addStaff(ctx, 'Maya-Preceptor');
    expect(hasHistory(ctx.db, nurse.id)).toBe(false);
    expect(hasHistory(ctx.db, preceptor.id)).toBe(false);
    const iv = listCompetencies(ctx.db).find((c) => c.name === 'IV insertion');
    if (!iv) throw new Error('IV insertion is not in the starter catalogue');

    recordSignOff(
      ctx,
      signOffInput.parse({
        staffId: nurse.id,
        competencyId: iv.id,
        level: 2,
        validatorId: preceptor.id,
        date: '2026-09-01',
        method: 'observation',
      }),
    );

    for (const person of [nurse, preceptor]) {
      expect(hasHistory(ctx.db, person.id)).toBe(true);
      const error = refusal(() => deleteStaff(ctx, person.id));
      expect(error.code).toBe('conflict');
      expect(error.message).toMatch(/has a history in Tandem and cannot be deleted/);
    }
    expect(listPeople(ctx.db, peopleQuery.parse({})).total).toBe(2);
    expect(deletions(ctx)).toBe(0);
  });

  it('counts a do-not-pair entry for both people, even after it is removed', () => {
    const ctx = testDb();
    const ana = addStaff(ctx, 'Ana-Able');
    const ben = addStaff(ctx, 'Ben-Baker');
    const cy = addStaff(ctx, 'Cy-Clear');
    addDoNotPair(ctx, ana.id, ben.id, 'Family members');
    const [entry] = listDoNotPair(ctx.db);
    if (!entry) throw new Error('entry missing');
    removeDoNotPair(ctx, entry.id);

    expect(hasHistory(ctx.db, ana.id)).toBe(true);
    expect(hasHistory(ctx.db, ben.id)).toBe(true);
    expect(() => deleteStaff(ctx, ben.id)).toThrow(/mark them as left/);
    expect(hasHistory(ctx.db, cy.id)).toBe(false);
    expect(deleteStaff(ctx, cy.id)).toEqual({ deleted: true });
  });
});
