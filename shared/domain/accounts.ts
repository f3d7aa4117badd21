/** What each role may do; the core checks it on every API call (shared/contract/access.ts). */
export type Role = 'admin' | 'educator' | 'viewer';

export const ROLES: readonly Role[] = ['admin', 'educator', 'viewer'];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  educator: 'Educator',
  viewer: 'Viewer',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Everything, plus accounts and settings',
  educator: 'All program work',
  viewer: 'Read-only: lists, pages and reports',
};

/** Sign-in rules, in one place for the core's messages and the forms' hints. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;
export const DEFAULT_IDLE_LOCK_SECONDS = 600;
export const MIN_IDLE_LOCK_SECONDS = 5;
export const MAX_IDLE_LOCK_SECONDS = 24 * 60 * 60;

export interface SignedInUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

export interface AccountsStatus {
  /** Whether a facility database is open (accounts live in it). */
  facilityOpen: boolean;
  /** False for a new facility (or an older file): the first administrator must be created. */
  hasAccounts: boolean;
  user: SignedInUser | null;
  /** The session is locked after the idle time; only the password (or another sign-in) resumes. */
  locked: boolean;
  idleLockSeconds: number;
  /** Who the audit trail names for changes made now. */
  actor: string;
}

export interface AccountSummary {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  failedAttempts: number;
  /** ISO instant until which sign-in is refused after too many failed attempts, if in the future. */
  lockedUntil: string | null;
  createdAt: string;
  passwordChangedAt: string;
}
