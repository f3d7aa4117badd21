import type { EnrolResult, SkippedEnrolment } from '../../../shared/contract/programs';
import {
  menteeIntake,
  mentorProfile,
  type Enrolment,
  type EnrolmentPerson,
  type EnrolmentRole,
  type MenteeIntake,
  type MentorProfile,
} from '../../../shared/domain/programs';
import { displayName } from '../../../shared/domain/staff';
import { TandemError, type Problem } from '../../../shared/result';
import { getCohort } from '../cohorts/service';
import type { Db } from '../db/open';
import { write, type WriteContext, type WriteTx } from '../db/write';
import { getProgram } from '../programs/service';

interface EnrolmentRow {
  id: number;
  cohort_id: number;
  staff_id: number;
  role: EnrolmentRole;
  capacity: number | null;
  intake_json: string | null;
  mentor_profile_json: string | null;
  withdrawn_at: string | null;
  created_at: string;
  employee_number: string;
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  staff_role: EnrolmentPerson['role'];
  unit: string | null;
  shift: EnrolmentPerson['shift'];
  years_experience: number | null;
  status: EnrolmentPerson['status'];
}

const ENROLMENT_SELECT = `
  SELECT e.*, s.employee_number, s.first_name, s.last_name, s.preferred_name, s.role AS staff_role,
         s.unit, s.shift, s.years_experience, s.status
  FROM enrolments e JOIN staff s ON s.id = e.staff_id`;

export function toPerson(r: {
  staff_id: number;
  employee_number: string;
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  staff_role: EnrolmentPerson['role'];
  unit: string | null;
  shift: EnrolmentPerson['shift'];
  years_experience: number | null;
  status: EnrolmentPerson['status'];
}): EnrolmentPerson {
  return {
    staffId: r.staff_id,
    employeeNumber: r.employee_number,
    displayName: displayName({
      firstName: r.first_name,
      lastName: r.last_name,
      preferredName: r.preferred_name,
      employeeNumber: r.employee_number,
    }),
    role: r.staff_role,
    unit: r.unit,
    shift: r.shift,
    yearsExperience: r.years_experience,
    status: r.status,
  };
}

function toEnrolment(r: EnrolmentRow): Enrolment {
  return {
    id: r.id,
    cohortId: r.cohort_id,
    role: r.role,
    person: toPerson(r),
    capacity: r.capacity,
    intake: r.intake_json === null ? null : menteeIntake.parse(JSON.parse(r.intake_json)),
    mentorProfile:
      r.mentor_profile_json === null
        ? null
        : mentorProfile.parse(JSON.parse(r.mentor_profile_json)),
    withdrawn: r.withdrawn_at !== null,
    missingTraining: null,
    createdAt: r.created_at,
  };
}

export function listEnrolments(db: Db, cohortId: number, role?: EnrolmentRole): Enrolment[] {
  const rows = (
    role
      ? db
          .prepare(
            `${ENROLMENT_SELECT} WHERE e.cohort_id = ? AND e.role = ? ORDER BY s.last_name, s.first_name, s.employee_number`,
          )
          .all(cohortId, role)
      : db
          .prepare(
            `${ENROLMENT_SELECT} WHERE e.cohort_id = ? ORDER BY e.role, s.last_name, s.first_name, s.employee_number`,
          )
          .all(cohortId)
  ) as EnrolmentRow[];
  return rows.map(toEnrolment);
}

export function getEnrolment(db: Db, id: number): Enrolment {
  const row = db.prepare(`${ENROLMENT_SELECT} WHERE e.id = ?`).get(id) as EnrolmentRow | undefined;
  if (!row) throw new TandemError('not_found', `No enrolment with id ${id}.`);
  return toEnrolment(row);
}

export interface EnrolInput {
  cohortId: number;
  role: EnrolmentRole;
  staffIds: number[];
  capacity?: number | undefined;
  intake?: MenteeIntake | undefined;
  mentorProfile?: MentorProfile | undefined;
}

/** An enrolment in the same cohort and role that was withdrawn, to be reinstated. */
interface WithdrawnRow {
  id: number;
  staff_id: number;
  capacity: number | null;
  intake_json: string | null;
  mentor_profile_json: string | null;
}

/**
 * Enrols one or many staff in one role, all-or-nothing: unknown staff or staff who have left
 * refuse the whole batch; staff already enrolled in that role are left as they are. Someone whose
 * enrolment in that role was withdrawn is reinstated (the same enrolment, so its history stays
 * with it), with the capacity, intake or mentor profile given, else the ones it had.
 *
 * A person takes one role per cohort: someone enrolled in the other role is refused when enrolled
 * alone, and skipped (with the reason in `skipped`) when enrolled with others.
 */
export function enrol(ctx: WriteContext, input: EnrolInput): EnrolResult {
  const cohort = getCohort(ctx.db, input.cohortId);
  const program = getProgram(ctx.db, cohort.programId);
  const capacity = input.role === 'mentor' ? (input.capacity ?? program.defaultCapacity) : null;
  if (input.role === 'peer' && program.format !== 'peer') {
    throw new TandemError(
      'invalid_input',
      `Nobody was enrolled: ${program.name} is not a peer-mentoring program, so its people are enrolled as mentors or mentees, not as peers.`,
      { problems: [{ field: 'role', value: 'peer', message: 'only in a peer-mentoring program' }] },
    );
  }
  let otherRole: EnrolmentRole = input.role === 'mentor' ? 'mentee' : 'mentor';
  const problems: Problem[] = [];
  const already: number[] = [];
  const skipped: SkippedEnrolment[] = [];
  const toEnrol: number[] = [];
  const toReinstate: WithdrawnRow[] = [];
  const staffIds = [...new Set(input.staffIds)];
  for (const staffId of staffIds) {
    const staff = ctx.db
      .prepare(
        'SELECT employee_number, first_name, last_name, preferred_name, status FROM staff WHERE id = ?',
      )
      .get(staffId) as
      | {
          employee_number: string;
          first_name: string | null;
          last_name: string | null;
          preferred_name: string | null;
          status: string;
        }
      | undefined;
    if (!staff) {
      problems.push({
        field: 'staffIds',
        value: String(staffId),
        message: `no staff member with id ${staffId}`,
      });
      continue;
    }
    if (staff.status === 'left') {
      problems.push({
        field: 'staffIds',
        value: staff.employee_number,
        message: `${staff.employee_number} has left the facility`,
      });
      continue;
    }
    const rows = ctx.db
      .prepare(
        `SELECT id, staff_id, role, capacity, intake_json, mentor_profile_json, withdrawn_at
         FROM enrolments WHERE cohort_id = ? AND staff_id = ?`,
      )
      .all(cohort.id, staffId) as (WithdrawnRow & {
      role: EnrolmentRole;
      withdrawn_at: string | null;
    })[];
    // One role per cohort: a peer is mentor and mentee in one enrolment, never beside either.
    const other = rows.find((r) => r.role !== input.role && r.withdrawn_at === null);
    if (other) {
      otherRole = other.role;
      const name = displayName({
        firstName: staff.first_name,
        lastName: staff.last_name,
        preferredName: staff.preferred_name,
        employeeNumber: staff.employee_number,
      });
      skipped.push({ staffId, name, reason: `already enrolled as ${otherRole}` });
      continue;
    }
    const existing = rows.find((r) => r.role === input.role);
    if (!existing) toEnrol.push(staffId);
    else if (existing.withdrawn_at === null) already.push(staffId);
    else toReinstate.push(existing);
  }
  if (problems.length > 0) {
    throw new TandemError(
      'invalid_input',
      `Nobody was enrolled: ${problems.length} of the staff cannot be (${problems[0]?.message}).`,
      { problems },
    );
  }
  const [alone] = skipped;
  if (staffIds.length === 1 && alone) {
    throw new TandemError(
      'conflict',
      `${alone.name} is already enrolled as a ${otherRole} in ${cohort.code}; a person takes one role per cohort. Withdraw that enrolment first to enrol them as a ${input.role}.`,
      { problems: [{ field: 'staffIds', value: alone.name, message: alone.reason }] },
    );
  }
  if (toEnrol.length === 0 && toReinstate.length === 0) {
    return { enrolled: 0, reinstated: 0, alreadyEnrolled: already, skipped };
  }
  const intake =
    input.role !== 'mentor' ? JSON.stringify(menteeIntake.parse(input.intake ?? {})) : null;
  const profile =
    input.role !== 'mentee' ? JSON.stringify(mentorProfile.parse(input.mentorProfile ?? {})) : null;
  write(ctx, (tx) => {
    const insert = tx.db.prepare(
      `INSERT INTO enrolments (cohort_id, staff_id, role, capacity, intake_json, mentor_profile_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const staffId of toEnrol) {
      const { lastInsertRowid } = insert.run(
        cohort.id,
        staffId,
        input.role,
        capacity,
        intake,
        profile,
        tx.at,
        tx.at,
      );
      tx.audit({
        entity: 'enrolment',
        entityId: Number(lastInsertRowid),
        action: 'create',
        before: null,
        after: {
          cohort: cohort.code,
          staffId,
          role: input.role,
          capacity,
          intake: input.intake ?? null,
          mentorProfile: input.mentorProfile ?? null,
        },
      });
    }
    for (const row of toReinstate) reinstateInTransaction(tx, cohort.code, input, row);
  });
  return {
    enrolled: toEnrol.length + toReinstate.length,
    reinstated: toReinstate.length,
    alreadyEnrolled: already,
    skipped,
  };
}

/**
 * Clears a withdrawn enrolment's withdrawal, taking the capacity, intake or mentor profile from
 * the input where given and keeping the enrolment's own otherwise. Expects the caller's transaction.
 */
function reinstateInTransaction(
  tx: WriteTx,
  cohortCode: string,
  input: EnrolInput,
  row: WithdrawnRow,
): void {
  const parse = <T>(json: string | null, schema: { parse(v: unknown): T }): T | null =>
    json === null ? null : schema.parse(JSON.parse(json));
  const beforeFields = {
    capacity: row.capacity,
    intake: parse(row.intake_json, menteeIntake),
    mentorProfile: parse(row.mentor_profile_json, mentorProfile),
  };
  const mentor = input.role === 'mentor';
  const intake = input.intake ?? beforeFields.intake ?? {};
  const profile = input.mentorProfile ?? beforeFields.mentorProfile ?? {};
  const after = {
    capacity: mentor ? (input.capacity ?? row.capacity) : null,
    intake: mentor ? null : menteeIntake.parse(intake),
    mentorProfile: mentor ? mentorProfile.parse(profile) : null,
  };
  tx.db
    .prepare(
      `UPDATE enrolments SET withdrawn_at = NULL, capacity = ?, intake_json = ?, mentor_profile_json = ?, updated_at = ?
       WHERE id = ? AND withdrawn_at IS NOT NULL`,
    )
    .run(
      after.capacity,
      after.intake === null ? null : JSON.stringify(after.intake),
      after.mentorProfile === null ? null : JSON.stringify(after.mentorProfile),
      tx.at,
      row.id,
    );
  tx.audit({
    entity: 'enrolment',
    entityId: row.id,
    action: 'reinstate',
    before: { cohort: cohortCode, staffId: row.staff_id, withdrawn: true, ...beforeFields },
    after: { cohort: cohortCode, staffId: row.staff_id, withdrawn: false, ...after },
  });
}

export interface EnrolmentChanges {
  capacity?: number | undefined;
  intake?: MenteeIntake | undefined;
  mentorProfile?: MentorProfile | undefined;
}

export function updateEnrolment(
  ctx: WriteContext,
  id: number,
  changes: EnrolmentChanges,
): Enrolment {
  const before = getEnrolment(ctx.db, id);
  if (
    before.role === 'mentee' &&
    (changes.capacity !== undefined || changes.mentorProfile !== undefined)
  ) {
    const field = changes.capacity !== undefined ? 'capacity' : 'mentorProfile';
    throw new TandemError(
      'invalid_input',
      `${field}: capacity and mentor profile belong to mentors, not mentees.`,
      { problems: [{ field, message: 'only a mentor has this; this enrolment is a mentee' }] },
    );
  }
  if (before.role === 'mentor' && changes.intake !== undefined) {
    throw new TandemError(
      'invalid_input',
      'intake: intake answers belong to mentees, not mentors.',
      {
        problems: [
          { field: 'intake', message: 'only a mentee has this; this enrolment is a mentor' },
        ],
      },
    );
  }
  if (changes.capacity !== undefined)
    assertCapacityHoldsOpenPairings(ctx.db, before, changes.capacity);
  const after = {
    capacity: changes.capacity ?? before.capacity,
    intake: changes.intake ?? before.intake,
    mentorProfile: changes.mentorProfile ?? before.mentorProfile,
  };
  const beforeFields = {
    capacity: before.capacity,
    intake: before.intake,
    mentorProfile: before.mentorProfile,
  };
  if (JSON.stringify(after) === JSON.stringify(beforeFields)) return before;
  return write(ctx, (tx) => {
    tx.db
      .prepare(
        'UPDATE enrolments SET capacity = ?, intake_json = ?, mentor_profile_json = ?, updated_at = ? WHERE id = ?',
      )
      .run(
        after.capacity,
        after.intake === null ? null : JSON.stringify(after.intake),
        after.mentorProfile === null ? null : JSON.stringify(after.mentorProfile),
        tx.at,
        id,
      );
    tx.audit({ entity: 'enrolment', entityId: id, action: 'update', before: beforeFields, after });
    return getEnrolment(tx.db, id);
  });
}

function assertCapacityHoldsOpenPairings(db: Db, mentor: Enrolment, capacity: number): void {
  const open = openPairingCount(db, mentor.id);
  if (capacity < open) {
    throw new TandemError(
      'invalid_input',
      `${mentor.person.displayName} has ${open} open pairings; the capacity cannot go below that.`,
      {
        problems: [
          {
            field: 'capacity',
            value: String(capacity),
            message: `at least ${open} (open pairings)`,
          },
        ],
      },
    );
  }
}

export function openPairingCount(db: Db, enrolmentId: number): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM pairings
         WHERE (mentor_enrolment_id = ? OR mentee_enrolment_id = ?) AND status IN ('proposed', 'active', 'paused')`,
      )
      .get(enrolmentId, enrolmentId) as { n: number }
  ).n;
}

/** Withdrawing keeps the enrolment as history; it needs no open pairing first. */
export function withdraw(ctx: WriteContext, id: number): Enrolment {
  const before = getEnrolment(ctx.db, id);
  if (before.withdrawn) return before;
  const open = openPairingCount(ctx.db, id);
  if (open > 0) {
    throw new TandemError(
      'conflict',
      `${before.person.displayName} has ${open} open pairing${open === 1 ? '' : 's'}; end or decline ${open === 1 ? 'it' : 'them'} first.`,
    );
  }
  return write(ctx, (tx) => {
    tx.db
      .prepare('UPDATE enrolments SET withdrawn_at = ?, updated_at = ? WHERE id = ?')
      .run(tx.at, tx.at, id);
    tx.audit({
      entity: 'enrolment',
      entityId: id,
      action: 'withdraw',
      before: { withdrawn: false },
      after: { withdrawn: true },
    });
    return getEnrolment(tx.db, id);
  });
}
