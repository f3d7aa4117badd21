import {
  LOCKOUT_MINUTES,
  MAX_FAILED_ATTEMPTS,
  type AccountSummary,
  type AccountsStatus,
  type Role,
  type SignedInUser,
} from '../../../shared/domain/accounts';
import { TandemError } from '../../../shared/result';
import type { AppContext } from '../context';
import type { Db } from '../db/open';
import { write, type WriteContext } from '../db/write';
import { DUMMY_HASH, hashPassword, verifyPassword, verifyPasswordSync } from './passwords';
import {
  actorName,
  applyIdleLock,
  endSession,
  hasAccounts,
  idleLockSeconds,
  startSession,
  syncSession,
} from './session';

interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  password_changed_at: string;
  created_at: string;
}

const WRONG = 'Wrong username or password.';

function openDb(ctx: AppContext): Db {
  if (!ctx.db) {
    throw new TandemError('no_database', 'No facility database is open. Create or open one first.');
  }
  return ctx.db;
}

/** Account changes are written as whoever is acting now (the workstation user before sign-in). */
function writeContext(ctx: AppContext): WriteContext {
  return { db: openDb(ctx), actor: ctx.actor, clock: ctx.clock };
}

function rowById(db: Db, id: number): AccountRow | undefined {
  return db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
}

function rowByUsername(db: Db, username: string): AccountRow | undefined {
  return db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as
    AccountRow | undefined;
}

function requireRow(db: Db, id: number): AccountRow {
  const row = rowById(db, id);
  if (!row) throw new TandemError('not_found', `No account with id ${id}.`);
  return row;
}

function userOf(row: AccountRow): SignedInUser {
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

/** A lockout still running at `now`, or null. */
function activeLockout(row: AccountRow, now: Date): string | null {
  return row.locked_until !== null && row.locked_until > now.toISOString()
    ? row.locked_until
    : null;
}

function summaryOf(row: AccountRow, now: Date): AccountSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    active: row.active === 1,
    failedAttempts: row.failed_attempts,
    lockedUntil: activeLockout(row, now),
    createdAt: row.created_at,
    passwordChangedAt: row.password_changed_at,
  };
}

/** What the audit trail keeps of an account: never the password hash. */
function auditView(row: Pick<AccountRow, 'username' | 'display_name' | 'role' | 'active'>) {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    active: row.active === 1,
  };
}

function clockTime(iso: string): string {
  const at = new Date(iso);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

function lockedError(row: AccountRow, until: string): TandemError {
  return new TandemError(
    'locked',
    `The account "${row.username}" is locked after ${MAX_FAILED_ATTEMPTS} failed attempts until ${clockTime(until)} (${LOCKOUT_MINUTES} minutes); an administrator can unlock it sooner.`,
    { lockedUntil: until },
  );
}

export function accountsStatus(ctx: AppContext): AccountsStatus {
  syncSession(ctx);
  applyIdleLock(ctx);
  return {
    facilityOpen: ctx.db !== null,
    hasAccounts: ctx.db ? hasAccounts(ctx.db) : false,
    user: ctx.session?.user ?? null,
    locked: ctx.session?.locked ?? false,
    idleLockSeconds: idleLockSeconds(ctx),
    actor: ctx.actor.name,
  };
}

/** Refuses a username already taken (deactivated accounts keep theirs: the trail names them). */
function assertUsernameFree(db: Db, username: string): void {
  if (rowByUsername(db, username)) {
    throw new TandemError('conflict', `The username "${username}" is already taken.`, {
      problems: [{ field: 'username', value: username, message: 'already taken' }],
    });
  }
}

function insertAccount(
  wctx: WriteContext,
  input: { displayName: string; username: string; role: Role; passwordHash: string },
  only?: () => void,
): AccountRow {
  return write(wctx, (tx) => {
    only?.();
    assertUsernameFree(tx.db, input.username);
    const { lastInsertRowid } = tx.db
      .prepare(
        `INSERT INTO accounts (username, display_name, role, password_hash, password_changed_at,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.username, input.displayName, input.role, input.passwordHash, tx.at, tx.at, tx.at);
    const row = requireRow(tx.db, Number(lastInsertRowid));
    tx.audit({
      entity: 'account',
      entityId: row.id,
      action: 'create',
      before: null,
      after: auditView(row),
    });
    return row;
  });
}

/** The first administrator of a facility without accounts, signed in at once. */
export async function createFirstAdmin(
  ctx: AppContext,
  input: { displayName: string; username: string; password: string },
): Promise<AccountsStatus> {
  const wctx = writeContext(ctx);
  const passwordHash = await hashPassword(input.password);
  const row = insertAccount(wctx, { ...input, role: 'admin', passwordHash }, () => {
    // Checked inside the transaction: two first-run windows cannot both make "the first".
    if (hasAccounts(wctx.db)) {
      throw new TandemError(
        'conflict',
        'This facility already has accounts: sign in, or ask an administrator for one.',
      );
    }
  });
  startSession(ctx, userOf(row));
  return accountsStatus(ctx);
}

/**
 * Counts a wrong password; the fifth in a row locks the account for five minutes. Counted in
 * SQL inside the write, so two attempts at once cannot both read the same count.
 */
function recordFailure(ctx: AppContext, row: AccountRow): TandemError {
  const wctx = writeContext(ctx);
  const now = ctx.clock.now();
  // After a lockout has run out, counting starts again.
  const expired = row.locked_until !== null && activeLockout(row, now) === null;
  return write(wctx, (tx) => {
    if (expired) {
      tx.db
        .prepare('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?')
        .run(row.id);
    }
    tx.db
      .prepare('UPDATE accounts SET failed_attempts = failed_attempts + 1 WHERE id = ?')
      .run(row.id);
    const after = requireRow(tx.db, row.id);
    if (after.failed_attempts >= MAX_FAILED_ATTEMPTS) {
      const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
      tx.db
        .prepare('UPDATE accounts SET locked_until = ?, updated_at = ? WHERE id = ?')
        .run(until, tx.at, row.id);
      tx.audit({
        entity: 'account',
        entityId: row.id,
        action: 'lock_out',
        before: null,
        after: {
          username: row.username,
          failedAttempts: after.failed_attempts,
          lockedUntil: until,
        },
      });
      return lockedError(row, until);
    }
    tx.audit({
      entity: 'account',
      entityId: row.id,
      action: 'sign_in_failed',
      before: null,
      after: { username: row.username, failedAttempts: after.failed_attempts },
    });
    return new TandemError('unauthorized', WRONG);
  });
}

/** A right password clears the failed attempts (recorded, so the trail shows the streak ended). */
function clearFailures(ctx: AppContext, row: AccountRow): void {
  if (row.failed_attempts === 0 && row.locked_until === null) return;
  write(writeContext(ctx), (tx) => {
    tx.db
      .prepare('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?')
      .run(row.id);
    tx.audit({
      entity: 'account',
      entityId: row.id,
      action: 'sign_in',
      before: { failedAttempts: row.failed_attempts },
      after: { failedAttempts: 0 },
    });
  });
}

/** Checks a password against an account with the lockout rules; the account when right. */
async function checkPassword(
  ctx: AppContext,
  row: AccountRow | undefined,
  password: string,
): Promise<AccountRow> {
  if (!row) {
    // Same work as a real check, so the time taken does not tell which usernames exist.
    await verifyPassword(password, DUMMY_HASH);
    throw new TandemError('unauthorized', WRONG);
  }
  const until = activeLockout(row, ctx.clock.now());
  if (until) throw lockedError(row, until);
  if (!(await verifyPassword(password, row.password_hash))) throw recordFailure(ctx, row);
  if (row.active !== 1) {
    throw new TandemError(
      'forbidden',
      `The account "${row.username}" is deactivated; an administrator can reactivate it.`,
    );
  }
  clearFailures(ctx, row);
  return row;
}

export async function signIn(
  ctx: AppContext,
  input: { username: string; password: string },
): Promise<AccountsStatus> {
  const db = openDb(ctx);
  const row = await checkPassword(ctx, rowByUsername(db, input.username), input.password);
  // Whoever was signed in (or locked) is replaced before the new session starts.
  endSession(ctx);
  startSession(ctx, userOf(row));
  return accountsStatus(ctx);
}

export function signOut(ctx: AppContext): AccountsStatus {
  endSession(ctx);
  return accountsStatus(ctx);
}

/** Resumes a locked session with the signed-in user's own password. */
export async function unlock(
  ctx: AppContext,
  input: { password: string },
): Promise<AccountsStatus> {
  const session = ctx.session;
  if (!session) throw new TandemError('unauthorized', 'Nobody is signed in: sign in instead.');
  if (!session.locked) return accountsStatus(ctx);
  const db = openDb(ctx);
  try {
    await checkPassword(ctx, rowById(db, session.user.id), input.password);
  } catch (error) {
    // Locked out (or deactivated) while the screen was locked: the session ends.
    if (error instanceof TandemError && error.code !== 'unauthorized') endSession(ctx);
    throw error;
  }
  if (ctx.session === session) {
    session.locked = false;
    session.lastActivity = ctx.idleTimer.now();
  }
  return accountsStatus(ctx);
}

export function listAccounts(ctx: AppContext): AccountSummary[] {
  const now = ctx.clock.now();
  const rows = openDb(ctx)
    .prepare('SELECT * FROM accounts ORDER BY active DESC, display_name COLLATE NOCASE, id')
    .all() as AccountRow[];
  return rows.map((row) => summaryOf(row, now));
}

export async function createAccount(
  ctx: AppContext,
  input: { displayName: string; username: string; role: Role; password: string },
): Promise<AccountSummary> {
  const wctx = writeContext(ctx);
  assertUsernameFree(wctx.db, input.username);
  const passwordHash = await hashPassword(input.password);
  return summaryOf(insertAccount(wctx, { ...input, passwordHash }), ctx.clock.now());
}

/** Refuses a change that would leave the facility without an active administrator. */
function assertAnotherAdmin(db: Db, row: AccountRow, what: string): void {
  if (row.role !== 'admin' || row.active !== 1) return;
  const others = db
    .prepare("SELECT count(*) FROM accounts WHERE role = 'admin' AND active = 1 AND id <> ?")
    .pluck()
    .get(row.id) as number;
  if (others === 0) {
    throw new TandemError(
      'conflict',
      `${row.display_name} is the last active administrator: make another administrator before you ${what}.`,
    );
  }
}

/**
 * One audited change to an account. `change` says whether there is anything to change (a
 * repeated click changes nothing and records nothing) and makes it inside the transaction.
 */
function updateRow(
  ctx: AppContext,
  id: number,
  action: string,
  change: (db: Db, row: AccountRow) => (() => void) | null,
): AccountSummary {
  const wctx = writeContext(ctx);
  const current = requireRow(wctx.db, id);
  if (change(wctx.db, current) === null) return summaryOf(current, ctx.clock.now());
  const row = write(wctx, (tx) => {
    const before = requireRow(tx.db, id);
    const apply = change(tx.db, before);
    apply?.();
    tx.db.prepare('UPDATE accounts SET updated_at = ? WHERE id = ?').run(tx.at, id);
    const after = requireRow(tx.db, id);
    tx.audit({
      entity: 'account',
      entityId: id,
      action,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
  syncSession(ctx);
  return summaryOf(row, ctx.clock.now());
}

export function updateAccount(
  ctx: AppContext,
  input: { id: number; displayName?: string | undefined; role?: Role | undefined },
): AccountSummary {
  return updateRow(ctx, input.id, 'update', (db, row) => {
    const displayName = input.displayName ?? row.display_name;
    const role = input.role ?? row.role;
    if (displayName === row.display_name && role === row.role) return null;
    if (role !== 'admin') assertAnotherAdmin(db, row, 'change the role');
    return () =>
      db
        .prepare('UPDATE accounts SET display_name = ?, role = ? WHERE id = ?')
        .run(displayName, role, row.id);
  });
}

export function deactivateAccount(ctx: AppContext, id: number): AccountSummary {
  if (ctx.session?.user.id === id) {
    throw new TandemError(
      'conflict',
      'You cannot deactivate the account you are signed in with; another administrator can.',
    );
  }
  return updateRow(ctx, id, 'deactivate', (db, row) => {
    if (row.active !== 1) return null;
    assertAnotherAdmin(db, row, 'deactivate this account');
    return () => db.prepare('UPDATE accounts SET active = 0 WHERE id = ?').run(id);
  });
}

export function reactivateAccount(ctx: AppContext, id: number): AccountSummary {
  return updateRow(ctx, id, 'reactivate', (db, row) => {
    if (row.active === 1) return null;
    return () => db.prepare('UPDATE accounts SET active = 1 WHERE id = ?').run(id);
  });
}

export async function resetPassword(
  ctx: AppContext,
  input: { id: number; password: string },
): Promise<AccountSummary> {
  requireRow(openDb(ctx), input.id);
  const hash = await hashPassword(input.password);
  const row = write(writeContext(ctx), (tx) => {
    const before = requireRow(tx.db, input.id);
    tx.db
      .prepare(
        `UPDATE accounts SET password_hash = ?, password_changed_at = ?, updated_at = ?,
           failed_attempts = 0, locked_until = NULL WHERE id = ?`,
      )
      .run(hash, tx.at, tx.at, input.id);
    // The trail records that the password changed, never the password or its hash.
    tx.audit({
      entity: 'account',
      entityId: input.id,
      action: 'reset_password',
      before: { username: before.username },
      after: { username: before.username, passwordChanged: true },
    });
    return requireRow(tx.db, input.id);
  });
  return summaryOf(row, ctx.clock.now());
}

/** Lifts a lockout (and the count of failed attempts) before its five minutes are over. */
export function unlockAccount(ctx: AppContext, id: number): AccountSummary {
  const wctx = writeContext(ctx);
  const current = requireRow(wctx.db, id);
  if (current.failed_attempts === 0 && current.locked_until === null) {
    return summaryOf(current, ctx.clock.now());
  }
  const row = write(wctx, (tx) => {
    const before = requireRow(tx.db, id);
    tx.db
      .prepare(
        'UPDATE accounts SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?',
      )
      .run(tx.at, id);
    tx.audit({
      entity: 'account',
      entityId: id,
      action: 'unlock',
      before: { failedAttempts: before.failed_attempts, lockedUntil: before.locked_until },
      after: { failedAttempts: 0, lockedUntil: null },
    });
    return requireRow(tx.db, id);
  });
  return summaryOf(row, ctx.clock.now());
}

export function setIdleLock(ctx: AppContext, seconds: number): AccountsStatus {
  ctx.settings.set('idleLockSeconds', seconds);
  return accountsStatus(ctx);
}

/**
 * The command line's sign-in (`--user`, with the password from a prompt or TANDEM_PASSWORD):
 * the same password check and lockout as the app, blocking, once, before the command uses the
 * database. A database without accounts keeps the workstation user, as before accounts existed.
 */
export function signInForCommand(
  ctx: AppContext,
  credentials: { username: string; password: string } | null,
  needs: Role,
): void {
  const db = openDb(ctx);
  if (ctx.session && ctx.session.dbPath === ctx.dbPath) return;
  if (!hasAccounts(db)) return;
  if (!credentials) {
    throw new TandemError(
      'unauthorized',
      'This database has accounts: run the command as one of them with --user NAME (the password is asked for, or read from TANDEM_PASSWORD).',
    );
  }
  const row = rowByUsername(db, credentials.username.trim().toLowerCase());
  if (!row) {
    verifyPasswordSync(credentials.password, DUMMY_HASH);
    throw new TandemError('unauthorized', WRONG);
  }
  const until = activeLockout(row, ctx.clock.now());
  if (until) throw lockedError(row, until);
  if (!verifyPasswordSync(credentials.password, row.password_hash)) throw recordFailure(ctx, row);
  if (row.active !== 1) {
    throw new TandemError('forbidden', `The account "${row.username}" is deactivated.`);
  }
  const rank: Record<Role, number> = { viewer: 0, educator: 1, admin: 2 };
  if (rank[row.role] < rank[needs]) {
    throw new TandemError(
      'forbidden',
      `This command needs ${needs === 'admin' ? 'an administrator' : 'an educator or an administrator'}; ${actorName(userOf(row))} is a ${row.role}.`,
    );
  }
  clearFailures(ctx, row);
  startSession(ctx, userOf(row));
}
