import type { DomainHandlers } from '../api/router';
import {
  accountsStatus,
  createAccount,
  createFirstAdmin,
  deactivateAccount,
  listAccounts,
  reactivateAccount,
  resetPassword,
  setIdleLock,
  signIn,
  signOut,
  unlock,
  unlockAccount,
  updateAccount,
} from './service';

export const accountsHandlers: DomainHandlers<'accounts'> = {
  'accounts.status': (_input, ctx) => accountsStatus(ctx),
  'accounts.createFirstAdmin': (input, ctx) => createFirstAdmin(ctx, input),
  'accounts.signIn': (input, ctx) => signIn(ctx, input),
  'accounts.signOut': (_input, ctx) => signOut(ctx),
  'accounts.unlock': (input, ctx) => unlock(ctx, input),
  'accounts.list': (_input, ctx) => listAccounts(ctx),
  'accounts.create': (input, ctx) => createAccount(ctx, input),
  'accounts.update': (input, ctx) => updateAccount(ctx, input),
  'accounts.resetPassword': (input, ctx) => resetPassword(ctx, input),
  'accounts.deactivate': ({ id }, ctx) => deactivateAccount(ctx, id),
  'accounts.reactivate': ({ id }, ctx) => reactivateAccount(ctx, id),
  'accounts.unlockAccount': ({ id }, ctx) => unlockAccount(ctx, id),
  'accounts.setIdleLock': ({ seconds }, ctx) => setIdleLock(ctx, seconds),
};
