import type { DoNotPairAdded, DoNotPairEntry } from '../../../shared/contract/programs';
import { displayName } from '../../../shared/domain/staff';
import { TandemError } from '../../../shared/result';
import type { Db } from '../db/open';
import { todayOf, write, type WriteContext } from '../db/write';
import { reviewOpenPairingsInTransaction } from '../pairings/review';
import { getStaff } from '../people/queries';

interface Row {
  id: number;
  staff_a: number;
  staff_b: number;
  reason: string;
  created_at: string;
}

export function listDoNotPair(db: Db): DoNotPairEntry[] {
  const rows = db
    .prepare('SELECT * FROM do_not_pair WHERE removed_at IS NULL ORDER BY id')
    .all() as Row[];
  return rows.map((r) => ({
    id: r.id,
    staffA: { id: r.staff_a, name: displayName(getStaff(db, r.staff_a)) },
    staffB: { id: r.staff_b, name: displayName(getStaff(db, r.staff_b)) },
    reason: r.reason,
    createdAt: r.created_at,
  }));
}

/**
 * Two people who must never be paired, in either role, with the reason the educator gave. In the
 * same write, their proposals with each other are withdrawn and their running pairings flagged.
 */
export function addDoNotPair(
  ctx: WriteContext,
  staffA: number,
  staffB: number,
  reason: string,
): DoNotPairAdded {
  if (staffA === staffB) throw new TandemError('invalid_input', 'Choose two different people.');
  const a = getStaff(ctx.db, staffA);
  const b = getStaff(ctx.db, staffB);
  const existing = ctx.db
    .prepare(
      'SELECT id FROM do_not_pair WHERE removed_at IS NULL AND ((staff_a = ? AND staff_b = ?) OR (staff_a = ? AND staff_b = ?))',
    )
    .get(staffA, staffB, staffB, staffA);
  if (existing)
    throw new TandemError(
      'conflict',
      `${displayName(a)} and ${displayName(b)} are already on the do-not-pair list.`,
    );
  const review = write(ctx, (tx) => {
    const { lastInsertRowid } = tx.db
      .prepare('INSERT INTO do_not_pair (staff_a, staff_b, reason, created_at) VALUES (?, ?, ?, ?)')
      .run(staffA, staffB, reason, tx.at);
    tx.audit({
      entity: 'do_not_pair',
      entityId: Number(lastInsertRowid),
      action: 'create',
      before: null,
      after: { staffA, staffB, reason },
    });
    return reviewOpenPairingsInTransaction(tx, ctx.actor.name, todayOf(ctx), {
      staffIds: [staffA, staffB],
      rule: 'do_not_pair',
      cause: `do-not-pair entry added (${reason.trim()})`,
    });
  });
  return { entries: listDoNotPair(ctx.db), ...review };
}

export function removeDoNotPair(ctx: WriteContext, id: number): DoNotPairEntry[] {
  const row = ctx.db
    .prepare('SELECT * FROM do_not_pair WHERE id = ? AND removed_at IS NULL')
    .get(id) as Row | undefined;
  if (!row) throw new TandemError('not_found', `No do-not-pair entry with id ${id}.`);
  write(ctx, (tx) => {
    tx.db.prepare('UPDATE do_not_pair SET removed_at = ? WHERE id = ?').run(tx.at, id);
    tx.audit({
      entity: 'do_not_pair',
      entityId: id,
      action: 'remove',
      before: { staffA: row.staff_a, staffB: row.staff_b, reason: row.reason },
      after: null,
    });
  });
  return listDoNotPair(ctx.db);
}
