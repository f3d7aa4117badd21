import type { Role } from '../../shared/domain/accounts';
import { hashPasswordSync } from '../../electron/core/accounts/passwords';
import { createAccount, createFirstAdmin, signIn } from '../../electron/core/accounts/service';
import { startSession } from '../../electron/core/accounts/session';
import { handlers } from '../../electron/core/api/handlers';
import { createRouter, type Router } from '../../electron/core/api/router';
import type { AppContext } from '../../electron/core/context';

export const ADMIN = { displayName: 'Ana Ruiz', username: 'aruiz', password: 'correct horse 1' };
export const ADMIN_ACTOR = 'Ana Ruiz (aruiz)';

/** Creates the first administrator of the open facility; the context is then signed in as her. */
export async function signInFirstAdmin(ctx: AppContext): Promise<void> {
  await createFirstAdmin(ctx, ADMIN);
}

/** Adds an account with `role` (as the signed-in admin) and signs in as it. */
export async function signInAs(ctx: AppContext, role: Role, username = role): Promise<void> {
  const password = `${username} password 1`;
  await createAccount(ctx, { displayName: `Test ${role}`, username, role, password });
  await signIn(ctx, { username, password });
}

let adminHash: string | undefined;

/**
 * Signs the context in as the facility's administrator without waiting, for tests that build a
 * router over a database they set up themselves. The account row is a fixture written straight
 * into the table, not through `write`: those tests count audit events around the calls they
 * check, and signing in is not what they are about.
 */
export function signInTestAdmin(ctx: AppContext): void {
  const db = ctx.db;
  if (!db) throw new Error('open a facility first');
  ctx.dbPath ??= db.name;
  let row = db.prepare("SELECT id FROM accounts WHERE username = 'aruiz'").get() as
    { id: number } | undefined;
  if (!row) {
    adminHash ??= hashPasswordSync(ADMIN.password);
    const at = ctx.clock.now().toISOString();
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO accounts (username, display_name, role, password_hash, password_changed_at,
           created_at, updated_at) VALUES ('aruiz', 'Ana Ruiz', 'admin', ?, ?, ?, ?)`,
      )
      .run(adminHash, at, at, at);
    row = { id: Number(lastInsertRowid) };
  }
  startSession(ctx, { id: row.id, username: 'aruiz', displayName: 'Ana Ruiz', role: 'admin' });
}

/** The API router over `ctx`, signed in as the facility's administrator. */
export function signedInRouter(ctx: AppContext): Router {
  signInTestAdmin(ctx);
  return createRouter(handlers, ctx);
}
