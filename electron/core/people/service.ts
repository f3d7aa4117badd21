import type { z } from 'zod';
import type { StaffDetail } from '../../../shared/contract/people';
import { staffInput, type StaffMember } from '../../../shared/domain/staff';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { write, type WriteContext, type WriteTx } from '../db/write';
import { hasHistory } from './history';
import { findStaffByEmployeeNumber, getStaff, staffSummary } from './queries';
import { INSERT_STAFF, UPDATE_STAFF, toParams, type StaffFields } from './rows';

type ParsedStaffInput = z.output<typeof staffInput>;

/** What the audit trail keeps of a staff member: every field, without bookkeeping times. */
export function auditSnapshot(s: StaffMember): Omit<StaffMember, 'createdAt' | 'updatedAt'> {
  const { createdAt: _created, updatedAt: _updated, ...rest } = s;
  return rest;
}

export function getStaffDetail(db: Db, id: number): StaffDetail {
  const staff = getStaff(db, id);
  return {
    staff,
    supervisor: staff.supervisorId === null ? null : staffSummary(db, staff.supervisorId),
    hasHistory: hasHistory(db, id),
  };
}

export function createStaff(ctx: WriteContext, input: ParsedStaffInput): StaffMember {
  return write(ctx, (tx) => {
    assertUniqueEmployeeNumber(tx.db, input.employeeNumber, null);
    assertSupervisor(tx.db, input.supervisorId, null);
    return insertStaffInTransaction(tx, input);
  });
}

/** Inserts and audits one staff member. Expects the caller's transaction. */
export function insertStaffInTransaction(tx: WriteTx, fields: StaffFields): StaffMember {
  const { lastInsertRowid } = statement(tx.db, INSERT_STAFF).run({
    ...toParams(fields),
    at: tx.at,
  });
  const created: StaffMember = {
    ...fields,
    id: Number(lastInsertRowid),
    createdAt: tx.at,
    updatedAt: tx.at,
  };
  tx.audit({
    entity: 'staff',
    entityId: created.id,
    action: 'create',
    before: null,
    after: auditSnapshot(created),
  });
  return created;
}

/** Updates and audits one staff member; records nothing when nothing changes. Expects the caller's transaction. */
export function updateStaffInTransaction(
  tx: WriteTx,
  before: StaffMember,
  fields: StaffFields,
  action = 'update',
): StaffMember {
  const after = { ...before, ...fields };
  if (JSON.stringify(auditSnapshot(after)) === JSON.stringify(auditSnapshot(before))) return before;
  statement(tx.db, UPDATE_STAFF).run({ ...toParams(fields), id: before.id, at: tx.at });
  const updated = getStaff(tx.db, before.id);
  tx.audit({
    entity: 'staff',
    entityId: before.id,
    action,
    before: auditSnapshot(before),
    after: auditSnapshot(updated),
  });
  return updated;
}

export function updateStaff(ctx: WriteContext, id: number, input: ParsedStaffInput): StaffMember {
  const before = getStaff(ctx.db, id);
  assertUniqueEmployeeNumber(ctx.db, input.employeeNumber, id);
  assertSupervisor(ctx.db, input.supervisorId, id);
  const after = { ...before, ...input };
  if (JSON.stringify(auditSnapshot(after)) === JSON.stringify(auditSnapshot(before))) return before;
  return write(ctx, (tx) => updateStaffInTransaction(tx, before, input));
}

export function markLeft(ctx: WriteContext, id: number, endDate: string): StaffMember {
  const before = getStaff(ctx.db, id);
  if (before.status === 'left') {
    throw new TandemError(
      'conflict',
      `${before.employeeNumber} is already marked as left (end date ${before.endDate ?? 'not recorded'}).`,
    );
  }
  if (before.hireDate !== null && endDate < before.hireDate) {
    throw new TandemError(
      'invalid_input',
      `The end date ${endDate} is before the hire date ${before.hireDate}.`,
      {
        problems: [
          {
            field: 'endDate',
            value: endDate,
            message: `must be on or after the hire date ${before.hireDate}`,
          },
        ],
      },
    );
  }
  return write(ctx, (tx) =>
    updateStaffInTransaction(tx, before, { ...before, status: 'left', endDate }, 'mark_left'),
  );
}

/** Only a record entered by mistake (no history at all) can be removed; everyone else is marked as left. */
export function deleteStaff(ctx: WriteContext, id: number): { deleted: true } {
  const before = getStaff(ctx.db, id);
  if (hasHistory(ctx.db, id)) {
    throw new TandemError(
      'conflict',
      `${before.employeeNumber} has a history in Tandem and cannot be deleted; mark them as left instead.`,
    );
  }
  return write(ctx, (tx) => {
    tx.db.prepare('DELETE FROM staff WHERE id = ?').run(id);
    tx.audit({
      entity: 'staff',
      entityId: id,
      action: 'delete',
      before: auditSnapshot(before),
      after: null,
    });
    return { deleted: true as const };
  });
}

function assertUniqueEmployeeNumber(db: Db, employeeNumber: string, exceptId: number | null): void {
  const existing = findStaffByEmployeeNumber(db, employeeNumber);
  if (existing && existing.id !== exceptId) {
    throw new TandemError(
      'conflict',
      `Employee number ${employeeNumber} already belongs to another staff member.`,
      {
        problems: [
          {
            field: 'employeeNumber',
            value: employeeNumber,
            message: 'already used by another staff member',
          },
        ],
      },
    );
  }
}

function assertSupervisor(db: Db, supervisorId: number | null, selfId: number | null): void {
  if (supervisorId === null) return;
  if (supervisorId === selfId) {
    throw new TandemError('invalid_input', 'A staff member cannot be their own supervisor.', {
      problems: [{ field: 'supervisorId', message: 'cannot be the staff member themself' }],
    });
  }
  if (!staffSummary(db, supervisorId)) {
    throw new TandemError(
      'invalid_input',
      `No staff member with id ${supervisorId} to be the supervisor.`,
      {
        problems: [{ field: 'supervisorId', message: 'no such staff member' }],
      },
    );
  }
}
