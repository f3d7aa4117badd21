import { z } from 'zod';
import {
  MAX_IDLE_LOCK_SECONDS,
  MIN_IDLE_LOCK_SECONDS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type AccountSummary,
  type AccountsStatus,
} from '../domain/accounts';
import { method } from './define';

const id = z.number().int().positive();
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'the username needs at least 2 characters')
  .max(32, 'at most 32 characters')
  .regex(/^[a-z0-9._-]+$/, 'only letters, digits, dots, hyphens and underscores');
const displayName = z
  .string()
  .trim()
  .min(1, 'the name is required')
  .max(120, 'at most 120 characters');
/** Not trimmed: a password is exactly what was typed. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `the password needs at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `at most ${PASSWORD_MAX_LENGTH} characters`);
/** A password being checked: of whatever length up to the maximum (the check says whether it is right). */
const givenPassword = z
  .string()
  .min(1, 'the password is required')
  .max(PASSWORD_MAX_LENGTH, `at most ${PASSWORD_MAX_LENGTH} characters`);
const role = z.enum(['admin', 'educator', 'viewer'], {
  error: 'expected admin, educator or viewer',
});

export const accountsMethods = {
  /** Who is signed in, whether the session is locked, whether the facility has accounts yet. */
  'accounts.status': method(z.object({})).returns<AccountsStatus>(),
  /** Only while the open facility has no accounts: the first administrator, signed in at once. */
  'accounts.createFirstAdmin': method(
    z.object({ displayName, username: usernameSchema, password: newPasswordSchema }),
  ).returns<AccountsStatus>(),
  'accounts.signIn': method(
    z.object({ username: usernameSchema, password: givenPassword }),
  ).returns<AccountsStatus>(),
  'accounts.signOut': method(z.object({})).returns<AccountsStatus>(),
  /** Resumes a locked session with the signed-in user's password. */
  'accounts.unlock': method(z.object({ password: givenPassword })).returns<AccountsStatus>(),
  'accounts.list': method(z.object({})).returns<AccountSummary[]>(),
  'accounts.create': method(
    z.object({ displayName, username: usernameSchema, role, password: newPasswordSchema }),
  ).returns<AccountSummary>(),
  'accounts.update': method(
    z.object({ id, displayName: displayName.optional(), role: role.optional() }),
  ).returns<AccountSummary>(),
  'accounts.resetPassword': method(
    z.object({ id, password: newPasswordSchema }),
  ).returns<AccountSummary>(),
  'accounts.deactivate': method(z.object({ id })).returns<AccountSummary>(),
  'accounts.reactivate': method(z.object({ id })).returns<AccountSummary>(),
  /** Lifts a lockout after failed attempts before its five minutes are over. */
  'accounts.unlockAccount': method(z.object({ id })).returns<AccountSummary>(),
  /** The workstation's idle time before the session locks. */
  'accounts.setIdleLock': method(
    z.object({
      seconds: z
        .number()
        .int('whole seconds')
        .min(MIN_IDLE_LOCK_SECONDS, `at least ${MIN_IDLE_LOCK_SECONDS} seconds`)
        .max(MAX_IDLE_LOCK_SECONDS, 'at most 24 hours'),
    }),
  ).returns<AccountsStatus>(),
};
