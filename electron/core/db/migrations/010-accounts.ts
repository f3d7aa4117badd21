import type { Migration } from '../migrations';

/** Educator accounts (placeholder until the accounts work fills it in; not landed yet). */
export const m010Accounts: Migration = {
  version: 10,
  name: 'accounts',
  up() {},
};
