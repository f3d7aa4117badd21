import { dayOf } from '../../../shared/dates';
import { anchorCommit } from '../audit/anchors';
import {
  appendAuditEventInTransaction,
  readChainHead,
  type AuditEventInput,
  type ChainHead,
} from '../audit/trail';
import type { Db } from './open';

/** Who is writing and what time it is; injected so tests control both. */
export interface Actor {
  name: string;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today on the injected clock (never the machine's directly), for date rules and statuses. */
export function todayOf(ctx: { clock: Clock }): string {
  return dayOf(ctx.clock.now());
}

export interface WriteContext {
  db: Db;
  actor: Actor;
  clock: Clock;
}

/** What a write function gets: the database inside the transaction, the time, and the trail. */
export interface WriteTx {
  db: Db;
  /** The instant of this write as ISO-8601 UTC, the same for every row it touches. */
  at: string;
  audit(event: AuditEventInput): void;
}

/**
 * The one way to change a facility database: runs `change` in a transaction and appends an
 * audit event for everything it records. A change that records no audit event is refused, so
 * no write can slip past the trail; an exception rolls everything back.
 *
 * The transaction starts with BEGIN IMMEDIATE: it takes the write lock before reading the
 * chain's head. A deferred transaction reads first and then cannot upgrade when another
 * process (the CLI beside the app, a second window) has written meanwhile: SQLite fails it
 * with "database is locked" at once, busy timeout or not. Taking the lock first makes the
 * second writer wait (up to the connection's busy timeout) and then read the newest head.
 *
 * Once committed, the new head is appended to the connection's anchor log, if it has one
 * (audit/anchors.ts): the record outside the file that lets `audit verify` see truncation.
 */
export function write<T>(ctx: WriteContext, change: (tx: WriteTx) => T): T {
  const at = ctx.clock.now().toISOString();
  const committed: { head: ChainHead | null } = { head: null };
  const outcome = ctx.db
    .transaction(() => {
      let events = 0;
      let head = readChainHead(ctx.db);
      const tx: WriteTx = {
        db: ctx.db,
        at,
        audit(event) {
          head = appendAuditEventInTransaction(ctx.db, head, ctx.actor.name, at, event);
          events += 1;
        },
      };
      const result = change(tx);
      if (events === 0) throw new Error('a write must record at least one audit event');
      committed.head = head;
      return result;
    })
    .immediate();
  // Inside a caller's transaction nothing is committed yet: there is nothing to anchor.
  if (committed.head !== null && !ctx.db.inTransaction) anchorCommit(ctx.db, committed.head, at);
  return outcome;
}
