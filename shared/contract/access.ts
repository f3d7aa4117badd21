import type { Role } from '../domain/accounts';

/**
 * Who may call which API method. The core's router checks this on every call (the renderer only
 * hides what a role cannot use). Methods not listed here need an educator or an administrator,
 * so a method added later is closed to viewers until someone decides it is read-only.
 */

/** Usable signed out: first run (create or open a facility, the first administrator), sign-in. */
export const PUBLIC_METHODS: ReadonlySet<string> = new Set([
  'facility.status',
  'facility.create',
  'facility.open',
  'accounts.status',
  'accounts.createFirstAdmin',
  'accounts.signIn',
  'accounts.signOut',
  'accounts.unlock',
]);

/** What a locked session may still call: its status, the password to resume, or leave. */
export const UNLOCKED_METHODS: ReadonlySet<string> = new Set([
  'facility.status',
  'accounts.status',
  'accounts.unlock',
  'accounts.signOut',
  'accounts.signIn',
]);

/** Read-only methods a viewer may call: lists, pages, reports and previews. */
export const VIEWER_METHODS: ReadonlySet<string> = new Set([
  'people.list',
  'people.facets',
  'people.get',
  'audit.list',
  'audit.facets',
  'audit.verify',
  'programs.list',
  'programs.get',
  'cohorts.list',
  'cohorts.get',
  'enrolments.list',
  'doNotPair.list',
  'pairings.board',
  'pairings.list',
  'pairings.get',
  'pairings.forStaff',
  // The board's "Best mentors" and a circle member's page explain without changing anything.
  'pairings.circle',
  'pairings.circles',
  'matching.suggest',
  // Downloads and a preview that compute from the records and store nothing.
  'pairings.exportCsv',
  'meetings.exportIcs',
  'matching.previewWeights',
  'goals.forPairing',
  'goals.templates',
  'goals.cohort',
  'goals.celebrate',
  'competencies.list',
  'competencies.history',
  'competencies.forStaff',
  'competencies.matrix',
  'meetings.forPairing',
  'meetings.cohort',
  'training.modules',
  'training.forStaff',
  'training.due',
  'dashboard.week',
  'evaluations.forms',
  'evaluations.form',
  'evaluations.formVersion',
  'evaluations.plan',
  'evaluations.due',
  'evaluations.forPairing',
  'evaluations.response',
  'printing.settings',
  'printing.preview',
  'outcomes.dashboard',
  'outcomes.ratingHistory',
]);

/** Administrators only: accounts, workstation and facility settings, replacing the database. */
export const ADMIN_METHODS: ReadonlySet<string> = new Set([
  'accounts.list',
  'accounts.create',
  'accounts.update',
  'accounts.resetPassword',
  'accounts.deactivate',
  'accounts.reactivate',
  'accounts.unlockAccount',
  'accounts.setIdleLock',
  'printing.updateSettings',
  'facility.rename',
  'backup.restore',
]);

export type Access = 'public' | 'viewer' | 'educator' | 'admin';

/** The least role a method needs ('public': none, signed out is fine). */
export function accessOf(method: string): Access {
  if (PUBLIC_METHODS.has(method)) return 'public';
  if (ADMIN_METHODS.has(method)) return 'admin';
  if (VIEWER_METHODS.has(method)) return 'viewer';
  return 'educator';
}

const RANK: Record<Role, number> = { viewer: 0, educator: 1, admin: 2 };

/** Whether a signed-in role may call a method (admins may do everything). */
export function roleAllows(role: Role, method: string): boolean {
  const access = accessOf(method);
  if (access === 'public') return true;
  return RANK[role] >= RANK[access];
}
