import type { Migration } from '../migrations';

/**
 * Educator accounts: who may sign in to this facility and with which role. An account is never
 * deleted (the audit trail names it for good); it is deactivated. The password is kept only as
 * an scrypt hash with its own random salt (`scrypt$N$r$p$salt$hash`, base64). Failed attempts
 * and the lockout live here, so restarting the app does not reset a lockout.
 */
export const m010Accounts: Migration = {
  version: 10,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE
          CHECK (length(username) BETWEEN 2 AND 32 AND username = lower(username)
                 AND username NOT GLOB '*[^a-z0-9._-]*'),
        display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('admin', 'educator', 'viewer')),
        password_hash TEXT NOT NULL CHECK (password_hash GLOB 'scrypt$*'),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until TEXT,
        password_changed_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
      BEGIN SELECT RAISE(ABORT, 'an account is never deleted; deactivate it'); END;
    `);
  },
};
