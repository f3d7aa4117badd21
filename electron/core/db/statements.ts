import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, prepared once per connection. Hot paths (imports of 100,000 rows,
 * the audit trail) would otherwise spend much of their time compiling the same SQL.
 */
export function statement(db: Db, sql: string): Statement {
  let byConnection = cache.get(db);
  if (!byConnection) {
    byConnection = new Map();
    cache.set(db, byConnection);
  }
  let prepared = byConnection.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byConnection.set(sql, prepared);
  }
  return prepared;
}
