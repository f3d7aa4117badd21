import { write, type WriteContext } from '../../../electron/core/db/write';

/** Adds facility (once) and `count` staff, each with its audit event, in one write. */
export function addPeople(ctx: WriteContext, count: number, prefix = 'S'): void {
  write(ctx, (tx) => {
    const facility = tx.db.prepare('SELECT count(*) FROM facility').pluck().get() as number;
    if (facility === 0) {
      tx.db
        .prepare("INSERT INTO facility (id, name, created_at) VALUES (1, 'St Backup', ?)")
        .run(tx.at);
      tx.audit({
        entity: 'facility',
        entityId: 1,
        action: 'create',
        before: null,
        after: { name: 'St Backup' },
      });
    }
    const insert = tx.db.prepare(
      `INSERT INTO staff (employee_number, first_name, last_name, role, unit, job_level, years_experience, shift, languages_json, interests_json, status, created_at, updated_at)
       VALUES (?, 'First', 'Last', 'rn', 'Cardiology', 2, 3, 'day', '[]', '[]', 'active', ?, ?)`,
    );
    for (let i = 0; i < count; i += 1) {
      const number = `${prefix}${i}-${Math.random().toString(36).slice(2, 8)}`;
      const { lastInsertRowid } = insert.run(number, tx.at, tx.at);
      tx.audit({
        entity: 'staff',
        entityId: Number(lastInsertRowid),
        action: 'create',
        before: null,
        after: { employeeNumber: number },
      });
    }
  });
}

/** Staff rows and their audit events agree only in a consistent snapshot. */
export function staffAndEvents(db: WriteContext['db']): [number, number] {
  return [
    db.prepare('SELECT count(*) FROM staff').pluck().get() as number,
    db.prepare("SELECT count(*) FROM audit_events WHERE entity = 'staff'").pluck().get() as number,
  ];
}
