import {
  DEFAULT_IDLE_LOCK_SECONDS,
  ROLE_LABELS,
  type Role,
  type SignedInUser,
} from '../../../shared/domain/accounts';
import { accessOf, roleAllows, UNLOCKED_METHODS } from '../../../shared/contract/access';
import type { ApiError } from '../../../shared/result';
import type { AppContext } from '../context';
import type { Db } from '../db/open';

/** How the audit trail names a signed-in person: readable, and unique through the username. */
export function actorName(user: { displayName: string; username: string }): string {
  return `${user.displayName} (${user.username})`;
}

export function idleLockSeconds(ctx: AppContext): number {
  return ctx.settings.get('idleLockSeconds') ?? DEFAULT_IDLE_LOCK_SECONDS;
}

export function hasAccounts(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM accounts)').pluck().get() === 1;
}

export function startSession(ctx: AppContext, user: SignedInUser): void {
  if (!ctx.dbPath) throw new Error('a session needs an open facility');
  ctx.session = { user, dbPath: ctx.dbPath, lastActivity: ctx.idleTimer.now(), locked: false };
  ctx.actor = { name: actorName(user) };
}

export function endSession(ctx: AppContext): void {
  ctx.session = null;
  ctx.actor = ctx.workstationActor;
}

interface AccountRow {
  username: string;
  display_name: string;
  role: Role;
  active: number;
}

/**
 * Keeps the session true to the database: another facility file ends it; an account that is
 * gone, renamed or deactivated (in this window or by another process) ends it; a changed role
 * or name applies at once.
 */
export function syncSession(ctx: AppContext): void {
  const session = ctx.session;
  if (!session) return;
  if (!ctx.db || ctx.dbPath !== session.dbPath) return endSession(ctx);
  const row = ctx.db
    .prepare('SELECT username, display_name, role, active FROM accounts WHERE id = ?')
    .get(session.user.id) as AccountRow | undefined;
  if (!row || row.active !== 1 || row.username !== session.user.username) return endSession(ctx);
  if (row.role !== session.user.role || row.display_name !== session.user.displayName) {
    session.user = { ...session.user, role: row.role, displayName: row.display_name };
    ctx.actor = { name: actorName(session.user) };
  }
}

/** Locks the session once the idle time has passed on the process's monotonic timer. */
export function applyIdleLock(ctx: AppContext): void {
  const session = ctx.session;
  if (!session || session.locked) return;
  if (ctx.idleTimer.now() - session.lastActivity >= idleLockSeconds(ctx) * 1000) {
    session.locked = true;
  }
}

const STATUS_METHODS = new Set(['accounts.status', 'facility.status']);

/**
 * The router's check before every handler: the refusal, or null when the caller may go on.
 * Every method is covered: those not listed in shared/contract/access.ts need an educator.
 */
export function checkAccess(ctx: AppContext, method: string): ApiError | null {
  syncSession(ctx);
  applyIdleLock(ctx);
  const session = ctx.session;
  if (session?.locked && !UNLOCKED_METHODS.has(method)) {
    return {
      code: 'locked',
      message: `The session of ${actorName(session.user)} is locked after ${describeSeconds(idleLockSeconds(ctx))} without activity. Enter the password to resume, or sign in as someone else.`,
    };
  }
  // Asking for the status is not activity: a screen polling it must not keep the session open.
  if (session && !STATUS_METHODS.has(method)) session.lastActivity = ctx.idleTimer.now();
  const access = accessOf(method);
  if (access === 'public') return null;
  if (!ctx.db) {
    return {
      code: 'no_database',
      message: 'No facility database is open. Create or open one first.',
    };
  }
  if (!session) {
    return hasAccounts(ctx.db)
      ? { code: 'unauthorized', message: 'Sign in first.' }
      : {
          code: 'unauthorized',
          message: 'This facility has no accounts yet: create the first administrator first.',
        };
  }
  if (!roleAllows(session.user.role, method)) {
    const needs = access === 'admin' ? 'an administrator' : 'an educator or an administrator';
    return {
      code: 'forbidden',
      message: `${method} needs ${needs}; ${actorName(session.user)} is signed in as ${article(ROLE_LABELS[session.user.role])}.`,
      details: { role: session.user.role, needs: access },
    };
  }
  return null;
}

function article(label: string): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label.toLowerCase()}`;
}

export function describeSeconds(seconds: number): string {
  if (seconds % 60 === 0) {
    const minutes = seconds / 60;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  return `${seconds} seconds`;
}
